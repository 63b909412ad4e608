// The choice kinds (single, multi, truefalse, order, match, classify) and the kind registry, each through what an
// author sees (validation errors at file:line:col), what a learner is asked, how the answer is graded, and what
// the feedback, the answer line and the flashcard say.
import { describe, expect, test } from '@jest/globals';
import type { Question } from '../../src/content/model.js';
import { parseYaml } from '../../src/content/parse-yaml.js';
import { readContentFile } from '../../src/content/decode-content.js';
import { MapReader, Problems } from '../../src/content/yaml-readers.js';
import type { PNode } from '../../src/content/parse-yaml.js';
import { readChoices } from '../../src/kinds/choices.js';
import { seededRandom } from '../../src/engine/random.js';
import { DontKnow, withLearnerEscapes } from '../../src/engine/learner-prompter.js';
import { gradeOf, type GradeNote } from '../../src/kinds/kind.js';
import {
  askQuestion,
  cardFront,
  describeAnswer,
  gradeResponse,
  isQuestionKind,
  loadGradeTools,
  QUESTION_KINDS,
  reconsider,
  selfCheck,
  stemOf,
  typedResponse,
} from '../../src/kinds/registry.js';
import type { Choice } from '../../src/ui/prompter.js';
import { words } from '../../src/words.js';
import { tools } from '../support/grade-tools.js';
import { ScriptedPrompter, type Scripted } from '../support/scripted-prompter.js';

/** A ScriptedPrompter that also keeps what each question offered, in the order shown. */
class OfferingPrompter extends ScriptedPrompter {
  readonly offered: string[][] = [];
  override async choose<T>(message: string, choices: readonly Choice<T>[]): Promise<T> {
    this.offered.push(choices.map((c) => c.name));
    return super.choose(message, choices);
  }
  override async chooseMany<T>(message: string, choices: readonly Choice<T>[]): Promise<T[]> {
    this.offered.push(choices.map((c) => c.name));
    return super.chooseMany(message, choices);
  }
}

const base = { lesson: 't', section: 's', prompt: 'P?', explanation: 'E', why: {}, application: false, where: 'q.yaml:5:5' };
const single = (why: Record<string, string> = {}): Question => ({
  ...base,
  id: 's',
  kind: 'single',
  choices: ['A', 'B', 'C'],
  answer: 'A',
  why,
});
const multi = (why: Record<string, string> = {}): Question => ({
  ...base,
  id: 'm',
  kind: 'multi',
  choices: ['a', 'b', 'c', 'd'],
  answer: ['a', 'b'],
  why,
});
const tf = (answer: boolean): Question => ({ ...base, id: 'tf', kind: 'truefalse', prompt: 'Ads are content.', answer });
const order: Question = { ...base, id: 'o', kind: 'order', answer: ['one', 'two', 'three', 'four'] };
const match: Question = {
  ...base,
  id: 'x',
  kind: 'match',
  pairs: [
    { left: 'Product', right: 'Customer' },
    { left: 'Price', right: 'Cost' },
    { left: 'Place', right: 'Convenience' },
  ],
};
const classify: Question = {
  ...base,
  id: 'c',
  kind: 'classify',
  categories: ['Paid', 'Owned'],
  items: [
    { text: 'Search ads.', category: 'Paid' },
    { text: 'A blog', category: 'Owned' },
    { text: 'Banner ads', category: 'Paid' },
  ],
};

/** Reads one quiz question whose kind fields are `fields` (YAML lines, indented 4); the question starts at line 5. */
function read(fields: string) {
  const text = `formatVersion: 1\nkind: quiz\ntopic: t\nquestions:\n  - id: t-1\n    section: s\n    prompt: P\n    explanation: E\n${fields}`;
  const parsed = parseYaml(text, 'q.yaml');
  if (!parsed.root) throw new Error(parsed.errors.join('\n'));
  const problems = new Problems('q.yaml');
  const file = readContentFile(parsed.root, problems, ['quiz']);
  const question = file?.kind === 'quiz' ? file.questions[0] : undefined;
  return { problems: problems.list, question };
}

describe('reading the choice kinds: right content gives the fields, wrong content a problem at file:line:col', () => {
  test('single and multi read their choices and answer', () => {
    expect(read('    kind: single\n    choices: [A, B]\n    answer: B\n')).toMatchObject({
      problems: [],
      question: { kind: 'single', choices: ['A', 'B'], answer: 'B' },
    });
    expect(read('    kind: multi\n    choices: [A, B, C]\n    answer: [A, C]\n')).toMatchObject({
      problems: [],
      question: { kind: 'multi', choices: ['A', 'B', 'C'], answer: ['A', 'C'] },
    });
  });

  test.each([
    ['single', '    choices: [A]\n    answer: A\n', ['q.yaml:10:14: "choices" needs at least 2 items']],
    ['single', '    choices: [A, B]\n    answer: C\n', ['q.yaml:11:13: answer "C" is not among the choices']],
    ['single', '    choices: [A, B]\n', ['q.yaml:5:5: a question is missing "answer" (text)']],
    ['multi', '    choices: [A]\n    answer: [A]\n', ['q.yaml:10:14: "choices" needs at least 2 items']],
    ['multi', '    choices: [A, B]\n    answer: []\n', ['q.yaml:11:13: "answer" needs at least 1 item']],
    [
      'multi',
      '    choices: [A, B]\n    answer: [A, X, B, Y]\n',
      ['answer "X"', 'answer "Y"'].map((a) => `q.yaml:11:13: ${a} is not among the choices`),
    ],
    ['multi', '    choices: [A, B]\n', ['q.yaml:5:5: a question is missing "answer" (a list)']],
  ])('%s %j', (kind, fields, problems) => expect(read(`    kind: ${kind}\n${fields}`).problems).toEqual(problems));

  test('a choice with a line break is refused, quoting the choice up to the break', () => {
    expect(read('    kind: single\n    choices: [A, "B first\\nRight."]\n    answer: A\n').problems).toEqual([
      'q.yaml:10:14: each item of "choices" must be one line: "B first…" has a line break',
    ]);
  });

  // The YAML reader already strips the rarer breaks; the check does not rely on it.
  test.each([
    ['a line feed', '\n'],
    ['a carriage return', '\r'],
    ['a line separator', '\u2028'],
    ['a paragraph separator', '\u2029'],
  ])('choices that come with %s are refused too', (_name, lineBreak) => {
    const problems = new Problems('q.yaml');
    const choices: PNode = {
      value: ['A', `B first${lineBreak}Right.`].map((value, col) => ({ value, pos: { line: 10, col } })),
      pos: { line: 10, col: 14 },
    };
    const node: PNode = { value: { choices }, pos: { line: 5, col: 5 } };
    const r = MapReader.of(node, problems, 'a question')!;
    expect(readChoices({ r, problems, node, answerPos: node.pos, prompt: 'P' })).toEqual(['A', `B first${lineBreak}Right.`]);
    expect(problems.list).toEqual(['q.yaml:10:14: each item of "choices" must be one line: "B first…" has a line break']);
  });

  test('truefalse reads true and false; anything else is a problem', () => {
    expect(read('    kind: truefalse\n    answer: false\n')).toMatchObject({
      problems: [],
      question: { kind: 'truefalse', answer: false },
    });
    expect(read('    kind: truefalse\n    answer: true\n').question).toMatchObject({ answer: true });
    expect(read('    kind: truefalse\n    answer: yes please\n').problems).toEqual(['q.yaml:10:13: "answer" must be true or false']);
    expect(read('    kind: truefalse\n').problems).toEqual(['q.yaml:5:5: a question is missing "answer" (true or false)']);
  });

  test('order needs two or more distinct one-line items', () => {
    expect(read('    kind: order\n    answer: [b, a, c]\n')).toMatchObject({
      problems: [],
      question: { kind: 'order', answer: ['b', 'a', 'c'] },
    });
    expect(read('    kind: order\n    answer: [a]\n').problems).toEqual(['q.yaml:10:13: "answer" needs at least 2 items']);
    expect(read('    kind: order\n    answer: [a, b, a]\n').problems).toEqual(['q.yaml:10:13: order items must be distinct']);
    expect(read('    kind: order\n    answer: [a, "b\\nc"]\n').problems).toEqual([
      'q.yaml:10:13: each item of "answer" must be one line: "b…" has a line break',
    ]);
  });

  test('match reads pairs of left and right', () => {
    expect(read('    kind: match\n    pairs:\n      - { left: L1, right: R1 }\n      - { left: L2, right: R2 }\n')).toMatchObject({
      problems: [],
      question: {
        kind: 'match',
        pairs: [
          { left: 'L1', right: 'R1' },
          { left: 'L2', right: 'R2' },
        ],
      },
    });
  });

  test.each([
    ['one pair', '      - { left: L1, right: R1 }\n', ['q.yaml:11:7: "pairs" needs at least 2 items']],
    [
      'a pair that is text',
      '      - L1 R1\n      - { left: L2, right: R2 }\n',
      ['q.yaml:11:9: a pair must be a mapping of keys to values'],
    ],
    ['a pair with no right', '      - { left: L1 }\n      - { left: L2, right: R2 }\n', ['q.yaml:11:9: a pair is missing "right" (text)']],
    [
      'a pair with an unknown key',
      '      - { left: L1, right: R1, note: n }\n      - { left: L2, right: R2 }\n',
      ['q.yaml:11:32: unknown key "note" in a pair'],
    ],
    [
      'two equal lefts',
      '      - { left: L, right: R1 }\n      - { left: L, right: R2 }\n',
      ['q.yaml:5:5: match pairs need distinct "left" values'],
    ],
    [
      'two equal rights',
      '      - { left: L1, right: R }\n      - { left: L2, right: R }\n',
      ['q.yaml:5:5: match pairs need distinct "right" values'],
    ],
  ])('match: %s', (_name, pairs, problems) => expect(read(`    kind: match\n    pairs:\n${pairs}`).problems).toEqual(problems));

  test('classify reads categories and items', () => {
    expect(
      read(
        '    kind: classify\n    categories: [Paid, Owned]\n    items:\n      - { text: Ads, category: Paid }\n      - { text: Blog, category: Owned }\n',
      ),
    ).toMatchObject({
      problems: [],
      question: {
        kind: 'classify',
        categories: ['Paid', 'Owned'],
        items: [
          { text: 'Ads', category: 'Paid' },
          { text: 'Blog', category: 'Owned' },
        ],
      },
    });
  });

  const items = '    items:\n      - { text: Ads, category: Paid }\n      - { text: Blog, category: Owned }\n';
  test.each([
    ['one category', '    categories: [Paid]\n' + items.replace('Owned', 'Paid'), ['q.yaml:10:17: "categories" needs at least 2 items']],
    [
      'a category with a line break',
      '    categories: [Paid, "Ow\\nned"]\n' + items.replace('Owned', 'Paid'),
      ['q.yaml:10:17: each item of "categories" must be one line: "Ow…" has a line break'],
    ],
    [
      'one item',
      '    categories: [Paid, Owned]\n    items:\n      - { text: Ads, category: Paid }\n',
      ['q.yaml:12:7: "items" needs at least 2 items'],
    ],
    [
      'an item in no category',
      '    categories: [Paid, Owned]\n    items:\n      - { text: Ads, category: Earned }\n      - { text: Blog, category: Owned }\n',
      ['q.yaml:12:9: category "Earned" is not one of the categories'],
    ],
    [
      'an item with no category',
      '    categories: [Paid, Owned]\n    items:\n      - { text: Ads }\n      - { text: Blog, category: Owned }\n',
      ['q.yaml:12:9: a classify item is missing "category" (text)'],
    ],
    [
      'an item that is text',
      '    categories: [Paid, Owned]\n    items:\n      - Ads\n      - { text: Blog, category: Owned }\n',
      ['q.yaml:12:9: a classify item must be a mapping of keys to values'],
    ],
    [
      'an item with an unknown key',
      '    categories: [Paid, Owned]\n    items:\n      - { text: Ads, category: Paid, why: w }\n      - { text: Blog, category: Owned }\n',
      ['q.yaml:12:38: unknown key "why" in a classify item'],
    ],
  ])('classify: %s', (_name, fields, problems) => expect(read(`    kind: classify\n${fields}`).problems).toEqual(problems));

  test('single and multi take why-notes for their own choices only', () => {
    expect(read('    kind: single\n    choices: [A, B]\n    answer: A\n    why: { B: B is later. }\n')).toMatchObject({
      problems: [],
      question: { why: { B: 'B is later.' } },
    });
    expect(read('    kind: single\n    choices: [A, B]\n    answer: A\n    why: { C: nope }\n').problems).toEqual([
      'q.yaml:12:10: "why" names "C", which is not a choice',
    ]);
    expect(read('    kind: multi\n    choices: [A, B]\n    answer: [A]\n    why: { B: fine, D: nope }\n').problems).toEqual([
      'q.yaml:12:10: "why" names "D", which is not a choice',
    ]);
  });

  test.each([
    ['truefalse', '    answer: true\n'],
    ['order', '    answer: [a, b]\n'],
    ['match', '    pairs: [{ left: a, right: b }, { left: c, right: d }]\n'],
    ['classify', '    categories: [A, B]\n    items: [{ text: a, category: A }, { text: b, category: B }]\n'],
  ])('%s takes no why-notes', (kind, fields) => {
    expect(read(`    kind: ${kind}\n${fields}    why: { a: no }\n`).problems).toEqual([
      `q.yaml:${10 + fields.split('\n').length - 1}:10: "why" is only for questions with choices, not for ${kind} questions`,
    ]);
  });
});

describe('asking: what the learner is offered and the response their picks make', () => {
  const ask = (q: Question, script: Scripted[], seed = 1) => {
    const prompter = new OfferingPrompter(script);
    return askQuestion(q, { prompter, random: seededRandom(seed), hint: () => {} }).then((asked) => ({ asked, prompter }));
  };

  test('single offers every choice, shuffled by the seed, and answers with the one picked', async () => {
    const { asked, prompter } = await ask(single(), ['B']);
    expect(asked).toEqual({ response: { choice: 'B' }, hintsUsed: 0, revealed: false });
    expect(prompter.asked).toEqual([words.ask.single]);
    const orders = await Promise.all([1, 2, 3, 4, 5].map(async (seed) => (await ask(single(), ['A'], seed)).prompter.offered[0]!.join('')));
    for (const o of orders) expect([...o].sort().join('')).toBe('ABC');
    expect(new Set(orders).size).toBeGreaterThan(1);
    expect((await ask(single(), ['A'], 3)).prompter.offered).toEqual((await ask(single(), ['A'], 3)).prompter.offered);
  });

  test('multi offers every choice, shuffled, and answers with all picked', async () => {
    const { asked, prompter } = await ask(multi(), [['d', 'a']]);
    expect(asked).toEqual({ response: { choices: expect.arrayContaining(['a', 'd']) }, hintsUsed: 0, revealed: false });
    expect((asked.response as { choices: string[] }).choices).toHaveLength(2);
    expect(prompter.asked).toEqual([words.ask.multi]);
    expect([...prompter.offered[0]!].sort()).toEqual(['a', 'b', 'c', 'd']);
    const orders = await Promise.all(
      [1, 2, 3, 4, 5].map(async (seed) => (await ask(multi(), [['a']], seed)).prompter.offered[0]!.join('')),
    );
    expect(new Set(orders).size).toBeGreaterThan(1);
  });

  test.each([
    ['True', true],
    ['False', false],
  ])('truefalse offers True and False; %s answers %s', async (pick, value) => {
    const { asked, prompter } = await ask(tf(true), [pick]);
    expect(asked).toEqual({ response: { value }, hintsUsed: 0, revealed: false });
    expect(prompter.asked).toEqual(['True or false?']);
    expect(prompter.offered).toEqual([['True', 'False']]);
  });

  test('order asks for the first item, then the next from what is left, and places the last one itself', async () => {
    const { asked, prompter } = await ask(order, ['two', 'one', 'four']);
    expect(asked).toEqual({ response: { items: ['two', 'one', 'four', 'three'] }, hintsUsed: 0, revealed: false });
    expect(prompter.asked).toEqual(['Which comes first?', 'Which comes next?', 'Which comes next?']);
    expect(prompter.offered.map((o) => [...o].sort())).toEqual([
      ['four', 'one', 'three', 'two'],
      ['four', 'one', 'three'],
      ['four', 'three'],
    ]);
    const firsts = await Promise.all(
      [1, 2, 3, 4, 5].map(async (seed) => (await ask(order, ['one', 'two', 'three'], seed)).prompter.offered[0]!.join()),
    );
    expect(new Set(firsts).size).toBeGreaterThan(1);
  });

  test('match asks for each left in turn and offers each right only until it is used', async () => {
    const prompter = new ScriptedPrompter([]);
    const wanted: Record<string, string> = {
      'Product goes with:': 'Cost',
      'Price goes with:': 'Customer',
      'Place goes with:': 'Convenience',
    };
    const steps: { left: string; offered: string[]; picked: string }[] = [];
    prompter.choose = async <T>(message: string, choices: readonly Choice<T>[]) => {
      const pick = choices.find((c) => c.name === wanted[message]) ?? choices[0]!;
      steps.push({ left: message.replace(' goes with:', ''), offered: choices.map((c) => c.name).sort(), picked: pick.name });
      return pick.value;
    };
    const asked = await askQuestion(match, { prompter, random: seededRandom(2), hint: () => {} });
    expect(steps.map((s) => s.left).sort()).toEqual(['Place', 'Price', 'Product']);
    const rights = ['Convenience', 'Cost', 'Customer'];
    for (const [i, step] of steps.entries())
      expect(step.offered).toEqual(rights.filter((r) => !steps.slice(0, i).some((s) => s.picked === r)));
    expect(asked).toEqual({
      response: { rights: Object.fromEntries(steps.map((s) => [s.left, s.picked])) },
      hintsUsed: 0,
      revealed: false,
    });
    expect(new Set(steps.map((s) => s.picked)).size).toBe(3);
  });

  test('match and classify ask their lefts and items in an order set by the seed', async () => {
    const firstAsked = async (q: Question, seed: number) => {
      const prompter = new ScriptedPrompter([]);
      prompter.choose = async <T>(message: string, choices: readonly Choice<T>[]) => (prompter.asked.push(message), choices[0]!.value);
      await askQuestion(q, { prompter, random: seededRandom(seed), hint: () => {} });
      return prompter.asked.join('|');
    };
    for (const q of [match, classify]) {
      const orders = await Promise.all([1, 2, 3, 4, 5, 6].map((seed) => firstAsked(q, seed)));
      expect(new Set(orders).size).toBeGreaterThan(1);
    }
  });

  test('classify asks about each item, offering every category in the authored order each time', async () => {
    const prompter = new OfferingPrompter([]);
    const picks: Record<string, string> = { '"Search ads."': 'Paid', '"A blog"': 'Paid', '"Banner ads"': 'Owned' };
    prompter.choose = async <T>(message: string, choices: readonly Choice<T>[]) => {
      prompter.asked.push(message);
      prompter.offered.push(choices.map((c) => c.name));
      return choices.find((c) => c.name === picks[message])!.value;
    };
    const asked = await askQuestion(classify, { prompter, random: seededRandom(1), hint: () => {} });
    expect([...prompter.asked].sort()).toEqual(['"A blog"', '"Banner ads"', '"Search ads."']);
    expect(prompter.offered).toEqual([
      ['Paid', 'Owned'],
      ['Paid', 'Owned'],
      ['Paid', 'Owned'],
    ]);
    expect(asked).toEqual({
      response: { categories: { 'Search ads.': 'Paid', 'A blog': 'Paid', 'Banner ads': 'Owned' } },
      hintsUsed: 0,
      revealed: false,
    });
    expect(gradeResponse(classify, asked.response, tools)).toEqual({
      score: 0.333,
      correct: false,
      notes: [
        { kind: 'belongs', item: 'A blog', category: 'Owned' },
        { kind: 'belongs', item: 'Banner ads', category: 'Paid' },
      ],
    });
  });

  test.each<[string, Question, Scripted[]]>([
    ['single', single(), []],
    ['multi', multi(), []],
    ['truefalse', tf(false), []],
    ['order, after one pick', order, ['one']],
    ['match', match, []],
    ['classify, after one item', classify, ['Paid']],
  ])('%s: "I don\'t know" stops the question with no response to grade', async (_name, q, before) => {
    const prompter = new OfferingPrompter([...before, words.ask.dontKnowChoice, [words.ask.dontKnowChoice]]);
    const escaping = withLearnerEscapes(prompter, () => {});
    await expect(askQuestion(q, { prompter: escaping, random: seededRandom(1), hint: () => {} })).rejects.toBeInstanceOf(DontKnow);
    expect(prompter.asked).toHaveLength(before.length + 1);
  });
});

describe('grading right and wrong answers', () => {
  const grade = (q: Question, response: unknown) => gradeResponse(q, response, tools);

  test('single: the right choice; a wrong one with its why-note; a right one never shows a why-note', () => {
    expect(grade(single({ A: 'A is right.', B: 'B is the other one.' }), { choice: 'A' })).toEqual({ score: 1, correct: true, notes: [] });
    expect(grade(single({ B: 'B is the other one.' }), { choice: 'B' })).toEqual({
      score: 0,
      correct: false,
      notes: [{ kind: 'why', choice: 'B', note: 'B is the other one.' }],
    });
    expect(grade(single({ B: 'B is the other one.' }), { choice: 'C' })).toEqual({ score: 0, correct: false, notes: [] });
  });

  test.each<[string[], number, GradeNote[]]>([
    [['a', 'b'], 1, []],
    [['b', 'a', 'a'], 1, []],
    [['a'], 0.5, [{ kind: 'missed', items: ['b'] }]],
    [[], 0, [{ kind: 'missed', items: ['a', 'b'] }]],
    [['a', 'b', 'c'], 0.5, [{ kind: 'not-right', items: ['c'] }]],
    [
      ['a', 'c'],
      0,
      [
        { kind: 'missed', items: ['b'] },
        { kind: 'not-right', items: ['c'] },
      ],
    ],
    [
      ['c', 'd'],
      0,
      [
        { kind: 'missed', items: ['a', 'b'] },
        { kind: 'not-right', items: ['c', 'd'] },
      ],
    ],
  ])('multi %j scores %d with notes %j', (choices, score, notes) => {
    expect(grade(multi(), { choices })).toEqual({ score, correct: score === 1, notes });
  });

  test('multi: every wrong pick with a why-note gets it; missed and right picks get none', () => {
    const q = multi({ a: 'a is right', b: 'b is right too', c: 'c is paid', d: 'd is owned' });
    expect(grade(q, { choices: ['a', 'c', 'd'] }).notes).toEqual([
      { kind: 'missed', items: ['b'] },
      { kind: 'not-right', items: ['c', 'd'] },
      { kind: 'why', choice: 'c', note: 'c is paid' },
      { kind: 'why', choice: 'd', note: 'd is owned' },
    ]);
    expect(grade(multi({ c: 'c is paid' }), { choices: ['a', 'b', 'd'] }).notes).toEqual([{ kind: 'not-right', items: ['d'] }]);
  });

  test('truefalse: only the keyed value is right, with no notes either way', () => {
    expect(grade(tf(false), { value: false })).toEqual({ score: 1, correct: true, notes: [] });
    expect(grade(tf(false), { value: true })).toEqual({ score: 0, correct: false, notes: [] });
    expect(grade(tf(true), { value: false })).toEqual({ score: 0, correct: false, notes: [] });
  });

  test('order: credit per item in its place, and how many were placed right', () => {
    expect(grade(order, { items: ['one', 'two', 'three', 'four'] })).toEqual({ score: 1, correct: true, notes: [] });
    expect(grade(order, { items: ['one', 'three', 'two', 'four'] })).toEqual({
      score: 0.5,
      correct: false,
      notes: [{ kind: 'placed', right: 2, total: 4 }],
    });
    expect(grade(order, { items: ['four', 'three', 'two', 'one'] })).toEqual({
      score: 0,
      correct: false,
      notes: [{ kind: 'placed', right: 0, total: 4 }],
    });
  });

  test('match: credit per pair; each wrong pair says where its left belongs', () => {
    expect(grade(match, { rights: { Product: 'Customer', Price: 'Cost', Place: 'Convenience' } })).toEqual({
      score: 1,
      correct: true,
      notes: [],
    });
    expect(grade(match, { rights: { Product: 'Customer', Price: 'Convenience', Place: 'Cost' } })).toEqual({
      score: 0.333,
      correct: false,
      notes: [
        { kind: 'pair', left: 'Price', right: 'Cost' },
        { kind: 'pair', left: 'Place', right: 'Convenience' },
      ],
    });
    expect(grade(match, { rights: { Product: 'Customer' } }).score).toBe(0.333);
  });

  test('classify: credit per item; each wrong item says where it belongs', () => {
    expect(grade(classify, { categories: { 'Search ads.': 'Paid', 'A blog': 'Owned', 'Banner ads': 'Paid' } })).toEqual({
      score: 1,
      correct: true,
      notes: [],
    });
    expect(grade(classify, { categories: { 'Search ads.': 'Paid', 'A blog': 'Paid', 'Banner ads': 'Paid' } })).toEqual({
      score: 0.667,
      correct: false,
      notes: [{ kind: 'belongs', item: 'A blog', category: 'Owned' }],
    });
  });

  test('a grade is rounded to three places and correct only when it rounds to full marks', () => {
    expect(gradeOf(2 / 3)).toEqual({ score: 0.667, correct: false, notes: [] });
    expect(gradeOf(0.9996)).toEqual({ score: 1, correct: true, notes: [] });
    expect(gradeOf(0.9994)).toEqual({ score: 0.999, correct: false, notes: [] });
    expect(gradeOf(0, [{ kind: 'shown' }])).toEqual({ score: 0, correct: false, notes: [{ kind: 'shown' }] });
  });
});

describe('feedback: the answer line, the notes the learner reads, and the flashcard', () => {
  test('the why-notes of single and multi reach the feedback words', () => {
    const s = gradeResponse(single({ B: 'B is the other one.' }), { choice: 'B' }, tools);
    expect(s.notes.map(words.note)).toEqual(['Why not "B": B is the other one.']);
    const m = gradeResponse(multi({ c: 'c is paid' }), { choices: ['a', 'c'] }, tools);
    expect(m.notes.map(words.note)).toEqual(['Missed: b', 'Not right: c', 'Why not "c": c is paid']);
  });

  test.each<[Question, string]>([
    [single(), 'A'],
    [multi(), 'a; b'],
    [tf(true), 'True'],
    [tf(false), 'False'],
    [order, '1. one  2. two  3. three  4. four'],
    [match, 'Product → Customer; Price → Cost; Place → Convenience'],
    [classify, 'Paid: Search ads; Banner ads | Owned: A blog'],
    [{ ...classify, items: [{ text: 'Ads. Again.', category: 'Owned' }] } as Question, 'Paid:  | Owned: Ads. Again'],
  ])('%#: the right answer of %j reads %s', (q, answer) => expect(describeAnswer(q)).toBe(answer));

  test.each<[Question, string]>([
    [single(), 'P? (choose one: A / B / C)'],
    [multi(), 'P? (choose all that apply: a / b / c / d)'],
    [
      { ...multi(), prompt: 'Select all that apply: which are paid?' } as Question,
      'Select all that apply: which are paid? (a / b / c / d)',
    ],
    [tf(false), 'True or false: Ads are content.'],
    [{ ...order, answer: ['one', 'two', 'three'] } as Question, 'P? (one / three / two)'],
    [match, 'P? (Product / Price / Place | Convenience / Cost / Customer)'],
    [classify, 'P? (Paid or Owned: Search ads. / A blog / Banner ads)'],
  ])('%#: the card front of %j reads %s', (q, front) => expect(cardFront(q)).toBe(front));

  test('each kind shows its prompt as it is', () => {
    for (const q of [single(), multi(), tf(true), order, match, classify]) expect(stemOf(q)).toBe(q.prompt);
  });
});

describe('the registry', () => {
  test('knows each kind by its own name only', () => {
    expect(QUESTION_KINDS).toEqual(['single', 'multi', 'truefalse', 'recall', 'list', 'cloze', 'order', 'match', 'classify', 'explain']);
    for (const k of QUESTION_KINDS) expect(isQuestionKind(k)).toBe(true);
    for (const k of ['essay', 'Single', '', 'toString', 'constructor', '__proto__']) expect(isQuestionKind(k)).toBe(false);
  });

  test('only typed kinds make a response from typed lines', () => {
    for (const q of [single(), multi(), tf(true), order, match, classify]) expect(typedResponse(q, ['A'])).toBeNull();
    expect(typedResponse({ ...base, id: 'r', kind: 'recall', answer: { text: 'CTR', accept: [] } }, ['ctr'])).toEqual({ text: 'ctr' });
  });

  test('the choice kinds have no self-check and nothing to reconsider', async () => {
    const prompter = new ScriptedPrompter([]);
    for (const q of [single(), multi(), tf(true), order, match, classify]) {
      expect(selfCheck(q, tools)).toEqual([]);
      await expect(reconsider(q, gradeOf(0), prompter)).resolves.toBeNull();
    }
    expect(prompter.asked).toEqual([]);
  });

  test('loadGradeTools hands over the lexicon and a working grading engine', async () => {
    const loaded = await loadGradeTools({ lexicon: tools.lexicon });
    expect(loaded.lexicon).toBe(tools.lexicon);
    expect(loaded.grading).toBe(tools.grading);
  });
});

describe('a malformed entry is reported and left out; the well-formed ones are kept', () => {
  test('match: a pair that is text', () => {
    const { question } = read('    kind: match\n    pairs:\n      - L1 R1\n      - { left: L2, right: R2 }\n');
    expect(question).toMatchObject({ kind: 'match', pairs: [{ left: 'L2', right: 'R2' }] });
  });

  test('classify: an item that is text', () => {
    const { question } = read(
      '    kind: classify\n    categories: [Paid, Owned]\n    items:\n      - Ads\n      - { text: Blog, category: Owned }\n',
    );
    expect(question).toMatchObject({ kind: 'classify', items: [{ text: 'Blog', category: 'Owned' }] });
  });
});
