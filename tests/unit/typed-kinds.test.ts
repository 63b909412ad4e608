// The typed kinds (recall, list, cloze) and what they share (typed-answer.ts): how an author writes them, how a
// learner is asked (with the ? hint ladder), how a typed answer is graded and what the feedback and the cards say.
// Small in-memory quizzes and lexicon: nothing is read from disk.
import { describe, expect, test } from '@jest/globals';
import { readContentFile } from '../../src/content/decode-content.js';
import { parseYaml } from '../../src/content/parse-yaml.js';
import { Problems } from '../../src/content/yaml-readers.js';
import { seededRandom } from '../../src/engine/random.js';
import * as grading from '../../src/grading/index.js';
import { cloze } from '../../src/kinds/cloze.js';
import type { GradeTools, Hint, QuestionBase } from '../../src/kinds/kind.js';
import { list } from '../../src/kinds/list.js';
import { recall } from '../../src/kinds/recall.js';
import type { Question } from '../../src/kinds/registry.js';
import { askTyped, HINT_REQUEST, letterHints, notesOf, splitListAnswer, type AcceptedText } from '../../src/kinds/typed-answer.js';
import { words } from '../../src/words.js';
import { ScriptedPrompter, type Scripted } from '../support/scripted-prompter.js';

const tools: GradeTools = {
  grading,
  lexicon: {
    synonyms: [
      ['customer', 'consumer', 'client'],
      ['cost', 'expense'],
    ],
    siblings: [['B2B|business to business', 'B2C|business to consumer', 'O2O|online to offline']],
  },
};

const base: QuestionBase = {
  id: 'q',
  lesson: 't',
  section: 's',
  prompt: 'P?',
  explanation: 'E',
  why: {},
  application: false,
  where: 'q.yaml:5:5',
};
const key = (text: string, accept: AcceptedText['accept'] = []): AcceptedText => ({ text, accept });

/** Reads one quiz question from YAML text (its fields indented by four spaces), as `validate` does. */
function readQuestion(fields: string): { question: Question | null; problems: string[] } {
  const text = `formatVersion: 1\nkind: quiz\ntopic: t\nquestions:\n  - id: t-1\n    section: s\n    explanation: E\n${fields}`;
  const parsed = parseYaml(text, 'q.yaml');
  if (!parsed.root) throw new Error(parsed.errors.join('\n'));
  const problems = new Problems('q.yaml');
  const content = readContentFile(parsed.root, problems, ['quiz']);
  const question = content?.kind === 'quiz' ? (content.questions[0] ?? null) : null;
  return { question, problems: problems.list };
}

/** Asks with a scripted learner; returns what was asked, the hints shown and the result. */
async function askWith<R>(ask: (tools: Parameters<typeof recall.ask>[1]) => Promise<R>, script: Scripted[]) {
  const prompter = new ScriptedPrompter(script);
  const hints: Hint[] = [];
  const asked = await ask({ prompter, random: seededRandom(1), hint: (h) => hints.push(h) });
  return { asked, hints, messages: prompter.asked };
}

describe('shared typed-answer parts', () => {
  test('splitListAnswer splits on commas, semicolons and new lines, trims, and drops empty items', () => {
    expect(splitListAnswer(' price ,, cost;\n\n place ;')).toEqual(['price', 'cost', 'place']);
    expect(splitListAnswer('')).toEqual([]);
    expect(splitListAnswer('one item and another')).toEqual(['one item and another']);
  });

  test('letterHints: the first letter with the length, then the first half (rounded up)', () => {
    expect(letterHints('promotion')).toEqual([
      { kind: 'first-letters', shown: 'p', length: 9 },
      { kind: 'first-letters', shown: 'promo' },
    ]);
    expect(letterHints('cost')).toEqual([
      { kind: 'first-letters', shown: 'c', length: 4 },
      { kind: 'first-letters', shown: 'co' },
    ]);
  });

  test('askTyped: an answer at once uses no hint, and is trimmed', async () => {
    const { asked, hints, messages } = await askWith((t) => askTyped((left) => `ask ${left}`, letterHints('cost'), t), ['  expense  ']);
    expect(asked).toEqual({ text: 'expense', hintsUsed: 0, revealed: false });
    expect(hints).toEqual([]);
    expect(messages).toEqual(['ask 2']);
  });

  test('askTyped: each ? shows the next hint and the prompt counts down; past the last hint ? reveals the answer', async () => {
    const ladder = letterHints('cost');
    const { asked, hints, messages } = await askWith(
      (t) => askTyped((left) => `ask ${left}`, ladder, t),
      [HINT_REQUEST, ` ${HINT_REQUEST} `, HINT_REQUEST],
    );
    expect(asked).toEqual({ text: '', hintsUsed: 2, revealed: true });
    expect(hints).toEqual(ladder);
    expect(messages).toEqual(['ask 2', 'ask 1', 'ask 0']);
  });

  test('askTyped: an answer after one hint counts that hint and is not revealed', async () => {
    const { asked, hints } = await askWith((t) => askTyped(() => 'ask', letterHints('cost'), t), ['?', 'cost']);
    expect(asked).toEqual({ text: 'cost', hintsUsed: 1, revealed: false });
    expect(hints).toEqual([letterHints('cost')[0]]);
  });

  test('askTyped: "long" asks for several lines, "line" (the default) for one', async () => {
    const calls: string[] = [];
    const prompter = new ScriptedPrompter([]);
    prompter.text = async () => (calls.push('text'), 'a');
    prompter.longText = async () => (calls.push('long'), 'b');
    const t = { prompter, random: seededRandom(1), hint: () => {} };
    expect((await askTyped(() => 'm', [], t)).text).toBe('a');
    expect((await askTyped(() => 'm', [], t, 'long')).text).toBe('b');
    expect((await askTyped(() => 'm', [], t, 'line')).text).toBe('a');
    expect(calls).toEqual(['text', 'long', 'text']);
  });

  test('askTyped with no hints: ? reveals the answer at once', async () => {
    const { asked, hints } = await askWith((t) => askTyped(() => 'm', [], t), ['?']);
    expect(asked).toEqual({ text: '', hintsUsed: 0, revealed: true });
    expect(hints).toEqual([]);
  });

  test('notesOf turns the engine notes into feedback notes, per gap (numbered from 1) or for the whole answer', () => {
    const keys = [key('price'), key('cost')];
    const short = {
      score: 0,
      correct: false,
      found: [],
      notes: [
        { kind: 'typo', given: 'cots', matched: 'cost', gap: 1 },
        { kind: 'missing', items: ['price'], gaps: [0] },
        { kind: 'extra', items: ['place'] },
        { kind: 'contradiction', given: 'B2C', sibling: 'B2C', gap: 1 },
      ],
    } as const;
    expect(notesOf(short, keys, true)).toEqual([
      { kind: 'gap-typo', gap: 2, matched: 'cost' },
      { kind: 'gap-wrong', gap: 1, answer: 'price' },
      { kind: 'extra', items: ['place'] },
      { kind: 'contradiction', given: 'B2C', sibling: 'B2C', gap: 2 },
    ]);
    expect(notesOf(short, keys, false)).toEqual([
      { kind: 'typo', given: 'cots', matched: 'cost' },
      { kind: 'missing', items: ['price'] },
      { kind: 'extra', items: ['place'] },
      { kind: 'contradiction', given: 'B2C', sibling: 'B2C' },
    ]);
    // Per gap, but a note the engine gave for no gap stays whole.
    const whole = {
      score: 0,
      correct: false,
      found: [],
      notes: [
        { kind: 'typo', given: 'x', matched: 'y' },
        { kind: 'missing', items: ['z'] },
        { kind: 'contradiction', given: 'B2C', sibling: 'B2C' },
      ],
    } as const;
    expect(notesOf(whole, keys, true)).toStrictEqual([
      { kind: 'typo', given: 'x', matched: 'y' },
      { kind: 'missing', items: ['z'] },
      { kind: 'contradiction', given: 'B2C', sibling: 'B2C' },
    ]);
  });
});

describe('recall', () => {
  const q = { ...base, kind: 'recall', prompt: 'What does a company pay?', answer: key('cost', [['money', 'spent'], 'outlay']) } as const;

  test('reads the answer and the accepted phrasings (phrases and lists of key terms)', () => {
    const { question, problems } = readQuestion(
      '    kind: recall\n    prompt: P\n    answer: cost\n    accept: [outlay, [money, spent]]\n',
    );
    expect(problems).toEqual([]);
    expect(question).toMatchObject({ kind: 'recall', answer: { text: 'cost', accept: ['outlay', ['money', 'spent']] } });
  });

  test('reads an answer with no "accept" as accepting only itself; a missing answer is a problem at file:line:col', () => {
    expect(readQuestion('    kind: recall\n    prompt: P\n    answer: cost\n')).toMatchObject({
      problems: [],
      question: { answer: { text: 'cost', accept: [] } },
    });
    expect(readQuestion('    kind: recall\n    prompt: P\n').problems).toEqual(['q.yaml:5:5: a question is missing "answer" (text)']);
  });

  test('drops empty phrasings and empty key terms, and says where they are', () => {
    const { question, problems } = readQuestion('    kind: recall\n    prompt: P\n    answer: cost\n    accept: ["", [""], [money, ""]]\n');
    expect(question).toMatchObject({ answer: { text: 'cost', accept: [['money']] } });
    expect(problems).toEqual([
      'q.yaml:11:14: each item of "accept" must be non-empty text',
      'q.yaml:11:19: each key term in "accept" must be non-empty text',
      'q.yaml:11:32: each key term in "accept" must be non-empty text',
    ]);
  });

  test('asks with the letter hints of the answer; ? twice then ? again reveals it', async () => {
    const { asked, hints, messages } = await askWith((t) => recall.ask(q, t), ['?', '?', '?']);
    expect(asked).toEqual({ response: { text: '' }, hintsUsed: 2, revealed: true });
    expect(hints).toEqual(letterHints('cost'));
    expect(messages).toEqual([words.ask.recall(2), words.ask.recall(1), words.ask.recall(0)]);
  });

  test('asks and returns the typed text', async () => {
    const { asked } = await askWith((t) => recall.ask(q, t), ['  the cost ']);
    expect(asked).toEqual({ response: { text: 'the cost' }, hintsUsed: 0, revealed: false });
  });

  test.each([
    ['right', 'cost', 1, []],
    ['a synonym of the course', 'the expense', 1, []],
    ['an accepted phrase', 'outlay', 1, []],
    ['right in other words (key terms)', 'the money that was spent', 1, []],
    ['a small typo in the accepted phrase, named', 'outlaay', 1, [{ kind: 'typo', given: 'outlaay', matched: 'outlay' }]],
    ['wrong', 'price', 0, []],
    ['empty', '', 0, []],
    ["I don't know", "I don't know", 0, []],
  ])('grades %s: %j scores %d', (_what, text, score, notes) => {
    expect(recall.grade(q, { text }, tools)).toEqual({ score, correct: score === 1, notes });
  });

  test('a sibling concept next to the right answer contradicts it', () => {
    const b2c = { ...q, answer: key('B2C') };
    expect(recall.grade(b2c, { text: 'B2C' }, tools).correct).toBe(true);
    expect(recall.grade(b2c, { text: 'O2O or B2C' }, tools)).toEqual({
      score: 0,
      correct: false,
      notes: [{ kind: 'contradiction', given: 'O2O', sibling: 'O2O' }],
    });
  });

  test('fromTyped joins the lines into one answer; stem, card front and answer', () => {
    expect(recall.fromTyped!(q, ['the', 'cost'])).toEqual({ text: 'the cost' });
    expect(recall.stem(q)).toBe('What does a company pay?');
    expect(recall.cardFront(q)).toBe('What does a company pay?');
    expect(recall.describe(q)).toBe('cost');
    expect(recall.whyTargets(q)).toBeNull();
  });
});

describe('list', () => {
  const q = {
    ...base,
    kind: 'list',
    prompt: 'Name the 4C.',
    answer: [key('customer'), key('cost', ['price to the buyer']), key('convenience'), key('communication')],
  } as const;

  test('reads the answers and the accept map', () => {
    const { question, problems } = readQuestion(
      '    kind: list\n    prompt: P\n    answer: [customer, cost]\n    accept:\n      cost: [expense, [money, spent]]\n',
    );
    expect(problems).toEqual([]);
    expect(question).toMatchObject({
      kind: 'list',
      answer: [
        { text: 'customer', accept: [] },
        { text: 'cost', accept: ['expense', ['money', 'spent']] },
      ],
    });
  });

  test('an "accept" key that is not an answer is a problem at the answer; an empty answer is dropped', () => {
    const { question, problems } = readQuestion(
      '    kind: list\n    prompt: P\n    answer: [customer, ""]\n    accept:\n      price: [fee]\n',
    );
    expect(question).toMatchObject({ answer: [{ text: 'customer', accept: [] }] });
    expect(problems).toContain('q.yaml:10:13: "accept" names "price", which is not one of the answers');
    expect(problems.some((p) => p.startsWith('q.yaml:10:'))).toBe(true);
  });

  test('"accept" must be a mapping; "answer" needs at least one item', () => {
    expect(readQuestion('    kind: list\n    prompt: P\n    answer: [a]\n    accept: [b]\n').problems).toEqual([
      'q.yaml:11:13: "accept" must be a mapping of keys to values',
    ]);
    expect(readQuestion('    kind: list\n    prompt: P\n    answer: []\n').problems).toEqual([
      'q.yaml:10:13: "answer" needs at least 1 item',
    ]);
  });

  test('asks for the number of items, hints their initials, and splits the typed line into items', async () => {
    const { asked, hints, messages } = await askWith((t) => list.ask(q, t), ['?', 'customer, cost; convenience']);
    expect(asked).toEqual({ response: { items: ['customer', 'cost', 'convenience'] }, hintsUsed: 1, revealed: false });
    expect(hints).toEqual([{ kind: 'initials', initials: ['c', 'c', 'c', 'c'] }]);
    expect(messages).toEqual([words.ask.list(4, 1), words.ask.list(4, 0)]);
  });

  test('? past the initials reveals the answer: no items', async () => {
    const { asked } = await askWith((t) => list.ask(q, t), ['?', '?']);
    expect(asked).toEqual({ response: { items: [] }, hintsUsed: 1, revealed: true });
  });

  test.each([
    ['all, any order, in other words', ['communication', 'price to the buyer', 'consumer', 'convenience'], 1, []],
    ['half', ['customer', 'cost'], 0.5, [{ kind: 'missing', items: ['convenience', 'communication'] }]],
    [
      'a wrong extra item costs one',
      ['customer', 'cost', 'convenience', 'communication', 'product'],
      0.75,
      [{ kind: 'extra', items: ['product'] }],
    ],
    [
      'a typo is named',
      ['custommer', 'cost', 'convenience', 'communication'],
      1,
      [{ kind: 'typo', given: 'custommer', matched: 'customer' }],
    ],
    ['empty', [], 0, [{ kind: 'missing', items: ['customer', 'cost', 'convenience', 'communication'] }]],
  ])('grades %s', (_what, items, score, notes) => {
    expect(list.grade(q, { items }, tools)).toEqual({ score, correct: score === 1, notes });
  });

  test('a hedge between sibling concepts earns nothing for that item', () => {
    const models = { ...q, answer: [key('B2B'), key('B2C')] };
    const g = list.grade(models, { items: ['B2B', 'B2C or O2O'] }, tools);
    expect(g.score).toBe(0.5);
    expect(g.notes).toContainEqual({ kind: 'contradiction', given: 'O2O', sibling: 'O2O' });
    expect(g.notes).toContainEqual({ kind: 'missing', items: ['B2C'] });
  });

  test('fromTyped splits every line into items; stem, card front and answer', () => {
    expect(list.fromTyped!(q, ['customer, cost', 'convenience'])).toEqual({ items: ['customer', 'cost', 'convenience'] });
    expect(list.stem(q)).toBe('Name the 4C.');
    expect(list.cardFront(q)).toBe('Name the 4C.');
    expect(list.describe(q)).toBe('customer, cost, convenience, communication');
    expect(list.whyTargets(q)).toBeNull();
  });
});

describe('cloze', () => {
  const q = { ...base, kind: 'cloze', prompt: 'The ___ P became the ___ C.', answer: [key('price'), key('cost', ['fee'])] } as const;
  const one = { ...base, kind: 'cloze', prompt: 'A ___ buys.', answer: [key('customer')] } as const;

  test('reads one answer per gap; a gap count that differs from the answers is a problem at the question', () => {
    const ok = readQuestion('    kind: cloze\n    prompt: "a ___ b ___"\n    answer: [x, y]\n    accept:\n      y: [z]\n');
    expect(ok.problems).toEqual([]);
    expect(ok.question).toMatchObject({ kind: 'cloze', answer: [key('x'), key('y', ['z'])] });
    expect(readQuestion('    kind: cloze\n    prompt: "a ___ b"\n    answer: [x, y]\n').problems).toEqual([
      'q.yaml:5:5: cloze prompt has 1 gap (___) but 2 answers',
    ]);
    expect(readQuestion('    kind: cloze\n    prompt: "no gap"\n    answer: [x]\n').problems).toEqual([
      'q.yaml:5:5: cloze prompt has 0 gaps (___) but 1 answer',
    ]);
  });

  test('asks gap by gap, each with its own letter hints; hints add up and one reveal marks the answer revealed', async () => {
    const { asked, hints, messages } = await askWith((t) => cloze.ask(q, t), ['?', 'price', '?', '?', '?']);
    expect(asked).toEqual({ response: { gaps: ['price', ''] }, hintsUsed: 3, revealed: true });
    expect(hints).toEqual([letterHints('price')[0], ...letterHints('cost')]);
    expect(messages).toEqual([
      words.ask.gap(0, 2, 2),
      words.ask.gap(0, 2, 1),
      words.ask.gap(1, 2, 2),
      words.ask.gap(1, 2, 1),
      words.ask.gap(1, 2, 0),
    ]);
    expect(messages[2]).toMatch(/^Gap 2 /);
  });

  test('a revealed gap followed by an answered one still counts as revealed', async () => {
    const { asked } = await askWith((t) => cloze.ask(q, t), ['?', '?', '?', 'cost']);
    expect(asked).toEqual({ response: { gaps: ['', 'cost'] }, hintsUsed: 2, revealed: true });
  });

  test('a one-gap cloze asks to fill the gap, with no hint used', async () => {
    const { asked, messages } = await askWith((t) => cloze.ask(one, t), ['client']);
    expect(asked).toEqual({ response: { gaps: ['client'] }, hintsUsed: 0, revealed: false });
    expect(messages).toEqual([words.ask.gap(0, 1, 2)]);
  });

  test.each([
    ['right', ['Price', 'cost'], 1, []],
    ['right in other words', ['price', 'fee'], 1, []],
    ['one gap wrong, named by its number and answer', ['price', 'value'], 0.5, [{ kind: 'gap-wrong', gap: 2, answer: 'cost' }]],
    ['the first gap wrong', ['value', 'cost'], 0.5, [{ kind: 'gap-wrong', gap: 1, answer: 'price' }]],
    ['a typo in a gap, named by its number', ['prise', 'cost'], 1, [{ kind: 'gap-typo', gap: 1, matched: 'price' }]],
    [
      'empty',
      [],
      0,
      [
        { kind: 'gap-wrong', gap: 1, answer: 'price' },
        { kind: 'gap-wrong', gap: 2, answer: 'cost' },
      ],
    ],
  ])('grades %s', (_what, gaps, score, notes) => {
    expect(cloze.grade(q, { gaps }, tools)).toEqual({ score, correct: score === 1, notes });
  });

  test('feedback words name the right gap', () => {
    const notes = cloze.grade(q, { gaps: ['prise', 'value'] }, tools).notes.map(words.note);
    expect(notes).toEqual(['Gap 1: accepted with a small typo, read as "price".', 'Gap 2: "cost"']);
  });

  test('a sibling concept in a gap contradicts it, and the note names the gap', () => {
    const models = { ...base, kind: 'cloze', prompt: '___ sells to firms, ___ to shoppers.', answer: [key('B2B'), key('B2C')] } as const;
    const g = cloze.grade(models, { gaps: ['B2B', 'B2C or O2O'] }, tools);
    expect(g.score).toBe(0.5);
    expect(g.notes).toEqual([{ kind: 'contradiction', given: 'O2O', sibling: 'O2O', gap: 2 }]);
    expect(g.notes.map(words.note)).toEqual(['Gap 2: "O2O" also names O2O, a different concept, so the answer does not stand.']);
  });

  test('fromTyped takes one line per gap; the stem numbers the gaps only when there are several', () => {
    expect(cloze.fromTyped!(q, ['price', 'cost'])).toEqual({ gaps: ['price', 'cost'] });
    expect(cloze.stem(q)).toBe('The (1) ___ P became the (2) ___ C.');
    expect(cloze.stem(one)).toBe('A ___ buys.');
    expect(cloze.cardFront(q)).toBe('The ___ P became the ___ C.');
    expect(cloze.describe(q)).toBe('price / cost');
    expect(cloze.describe(one)).toBe('customer');
    expect(cloze.whyTargets(q)).toBeNull();
  });
});
