import { describe, expect, test } from '@jest/globals';
import type { Question } from '../../src/content/model.js';
import { cardFront, describeAnswer, gradeResponse } from '../../src/kinds/registry.js';
import { splitListAnswer } from '../../src/kinds/typed-answer.js';
import { words } from '../../src/words.js';
import { tools } from '../support/grade-tools.js';

const base = { lesson: 't', section: 's', prompt: 'p', explanation: 'e', why: {}, application: false, where: 'x' };

test('splitListAnswer splits on commas, semicolons and new lines; "and" is the grading engine\'s to split', () => {
  expect(splitListAnswer('customer, cost; convenience and communication\nrest')).toEqual([
    'customer',
    'cost',
    'convenience and communication',
    'rest',
  ]);
});

/** Shared by the partial-credit and the wrong-item tests. */
const classifyAB: Question = {
  ...base,
  id: 'c',
  kind: 'classify',
  categories: ['A', 'B'],
  items: [
    { text: '1', category: 'A' },
    { text: '2', category: 'B' },
  ],
};
const matchPC: Question = {
  ...base,
  id: 'x',
  kind: 'match',
  pairs: [
    { left: 'Product', right: 'Customer' },
    { left: 'Price', right: 'Cost' },
  ],
};

describe('gradeResponse', () => {
  const list: Question = {
    ...base,
    id: 'l',
    kind: 'list',
    answer: ['customer', 'cost', 'convenience', 'communication'].map((text) => ({ text, accept: text === 'customer' ? ['consumer'] : [] })),
  };
  test.each([
    [['communication', 'cost', 'consumer', 'convenience'], 1],
    [['customer', 'cost'], 0.5],
    [['convenence', 'cost', 'customer', 'communication'], 1],
    [['cost', 'cost', 'cost'], 0.25],
    [['customer', 'cost', 'convenience and communication'], 1],
    [['customer', 'cost', 'convenience and price'], 0.5],
    [[], 0],
  ])('list %j scores %d', (items, score) => expect(gradeResponse(list, { items }, tools).score).toBe(score));

  test('list tells what is missing', () => {
    expect(gradeResponse(list, { items: ['customer'] }, tools).notes.map(words.note)).toContain(
      'Missing: cost, convenience, communication',
    );
  });

  const multi: Question = { ...base, id: 'm', kind: 'multi', choices: ['a', 'b', 'c', 'd'], answer: ['a', 'b'] };
  test.each([
    [['a', 'b'], 1, true],
    [['a'], 0.5, false],
    [['a', 'c'], 0, false],
    [['a', 'b', 'c'], 0.5, false],
  ])('multi %j -> %d', (choices, score, correct) => {
    const g = gradeResponse(multi, { choices }, tools);
    expect([g.score, g.correct]).toEqual([score, correct]);
  });

  test('recall accepts synonyms and small typos and names the spelling', () => {
    const q: Question = { ...base, id: 'r', kind: 'recall', answer: { text: 'conversion rate', accept: ['CVR'] } };
    expect(gradeResponse(q, { text: 'cvr' }, tools).correct).toBe(true);
    const typo = gradeResponse(q, { text: 'convertion rate' }, tools);
    expect(typo.correct).toBe(true);
    expect(typo.notes).toEqual([{ kind: 'typo', given: 'convertion rate', matched: 'conversion rate' }]);
    expect(gradeResponse(q, { text: 'click rate' }, tools).correct).toBe(false);
  });

  test('order, match and classify give partial credit', () => {
    const order: Question = { ...base, id: 'o', kind: 'order', answer: ['a', 'b', 'c', 'd'] };
    expect(gradeResponse(order, { items: ['a', 'b', 'd', 'c'] }, tools).score).toBe(0.5);
    const match = matchPC;
    expect(gradeResponse(match, { rights: { Product: 'Customer', Price: 'Customer' } }, tools).score).toBe(0.5);
    const cls = classifyAB;
    expect(gradeResponse(cls, { categories: { 1: 'A', 2: 'B' } }, tools).correct).toBe(true);
  });

  test('cloze grades each gap', () => {
    const q: Question = {
      ...base,
      id: 'z',
      kind: 'cloze',
      answer: [
        { text: 'network', accept: [] },
        { text: 'marketing', accept: [] },
      ],
    };
    expect(gradeResponse(q, { gaps: ['Network', 'marketing'] }, tools).score).toBe(1);
    expect(gradeResponse(q, { gaps: ['network', 'sales'] }, tools).score).toBe(0.5);
  });

  test('a typo of an accepted synonym names that synonym, not the canonical answer', () => {
    const q: Question = { ...base, id: 'r2', kind: 'recall', answer: { text: 'customer service', accept: ['customer support'] } };
    expect(gradeResponse(q, { text: 'customer suport' }, tools).notes).toEqual([
      { kind: 'typo', given: 'customer suport', matched: 'customer support' },
    ]);
  });

  const tf = (answer: boolean): Question => ({ ...base, id: 'tf', kind: 'truefalse', answer });
  test.each([
    [true, true, 1],
    [true, false, 0],
    [false, false, 1],
    [false, true, 0],
  ])('truefalse keyed %s, answered %s -> %d', (answer, value, score) => {
    const g = gradeResponse(tf(answer), { value }, tools);
    expect([g.score, g.correct]).toEqual([score, score === 1]);
  });

  test('single: right, wrong, and the why-note of the wrong choice', () => {
    const q: Question = { ...base, id: 's', kind: 'single', choices: ['A', 'B', 'C'], answer: 'A', why: { B: 'B is the other one.' } };
    expect(gradeResponse(q, { choice: 'A' }, tools)).toEqual({ score: 1, correct: true, notes: [] });
    expect(gradeResponse(q, { choice: 'B' }, tools)).toEqual({
      score: 0,
      correct: false,
      notes: [{ kind: 'why', choice: 'B', note: 'B is the other one.' }],
    });
    expect(gradeResponse(q, { choice: 'C' }, tools)).toEqual({ score: 0, correct: false, notes: [] });
  });

  test('multi: a why-note for every wrong pick that has one', () => {
    const q: Question = { ...base, id: 'm2', kind: 'multi', choices: ['a', 'b', 'c', 'd'], answer: ['a'], why: { c: 'not c', d: 'not d' } };
    expect(gradeResponse(q, { choices: ['a', 'c', 'd'] }, tools).notes).toEqual([
      { kind: 'not-right', items: ['c', 'd'] },
      { kind: 'why', choice: 'c', note: 'not c' },
      { kind: 'why', choice: 'd', note: 'not d' },
    ]);
  });

  test('match and classify mark each wrong item and say where it belongs', () => {
    const match = matchPC;
    expect(gradeResponse(match, { rights: { Product: 'Cost', Price: 'Customer' } }, tools)).toEqual({
      score: 0,
      correct: false,
      notes: [
        { kind: 'pair', left: 'Product', right: 'Customer' },
        { kind: 'pair', left: 'Price', right: 'Cost' },
      ],
    });
    const cls = classifyAB;
    expect(gradeResponse(cls, { categories: { 1: 'B', 2: 'B' } }, tools)).toEqual({
      score: 0.5,
      correct: false,
      notes: [{ kind: 'belongs', item: '1', category: 'A' }],
    });
    expect(gradeResponse(cls, { categories: { 1: 'B', 2: 'A' } }, tools).score).toBe(0);
    expect(gradeResponse(cls, { categories: {} }, tools).score).toBe(0);
  });

  test('order: wrong places counted', () => {
    const order: Question = { ...base, id: 'o', kind: 'order', answer: ['a', 'b', 'c'] };
    expect(gradeResponse(order, { items: ['c', 'b', 'a'] }, tools)).toEqual({
      score: 0.333,
      correct: false,
      notes: [{ kind: 'placed', right: 1, total: 3 }],
    });
  });
});

describe("card fronts show what the learner chooses from, never the answer's order", () => {
  test.each<[Question, string]>([
    [{ ...base, id: 's', kind: 'single', prompt: 'P?', choices: ['A', 'B'], answer: 'A' }, 'P? (choose one: A / B)'],
    [{ ...base, id: 'm', kind: 'multi', prompt: 'P?', choices: ['A', 'B'], answer: ['A'] }, 'P? (choose all that apply: A / B)'],
    [{ ...base, id: 't', kind: 'truefalse', prompt: 'It is.', answer: true }, 'True or false: It is.'],
    [{ ...base, id: 'r', kind: 'recall', prompt: 'Name it.', answer: { text: 'x', accept: [] } }, 'Name it.'],
    [{ ...base, id: 'l', kind: 'list', prompt: 'List them.', answer: [{ text: 'x', accept: [] }] }, 'List them.'],
    [{ ...base, id: 'z', kind: 'cloze', prompt: 'A ___ b.', answer: [{ text: 'x', accept: [] }] }, 'A ___ b.'],
    [{ ...base, id: 'o', kind: 'order', prompt: 'Order.', answer: ['c', 'a', 'b'] }, 'Order. (a / b / c)'],
    [
      {
        ...base,
        id: 'x',
        kind: 'match',
        prompt: 'Match.',
        pairs: [
          { left: 'L1', right: 'R2' },
          { left: 'L2', right: 'R1' },
        ],
      },
      'Match. (L1 / L2 | R1 / R2)',
    ],
    [
      {
        ...base,
        id: 'c',
        kind: 'classify',
        prompt: 'Sort.',
        categories: ['A', 'B'],
        items: [
          { text: '1', category: 'A' },
          { text: '2', category: 'B' },
        ],
      },
      'Sort. (A or B: 1 / 2)',
    ],
  ])('%#: %s', (q, front) => expect(cardFront(q)).toBe(front));

  test("describeAnswer gives every kind's right answer", () => {
    expect(describeAnswer({ ...base, id: 'o', kind: 'order', answer: ['a', 'b'] })).toBe('1. a  2. b');
    expect(describeAnswer({ ...base, id: 't', kind: 'truefalse', answer: false })).toBe('False');
  });
});

describe('small slips', () => {
  test('a multi card does not say "choose all that apply" twice; a classify answer does not read ".;"', () => {
    const m: Question = {
      ...base,
      id: 'm',
      kind: 'multi',
      prompt: 'Which are colours? Choose all that apply.',
      choices: ['A', 'B'],
      answer: ['A'],
    };
    expect(cardFront(m)).toBe('Which are colours? Choose all that apply. (A / B)');
    const c: Question = {
      ...base,
      id: 'c',
      kind: 'classify',
      categories: ['A', 'B'],
      items: [
        { text: 'One.', category: 'A' },
        { text: 'Two.', category: 'A' },
      ],
    };
    expect(describeAnswer(c)).toBe('A: One; Two | B: ');
  });

  test('matching offers each right once', async () => {
    const { ScriptedPrompter } = await import('../support/scripted-prompter.js');
    const { askQuestion } = await import('../../src/kinds/registry.js');
    const { seededRandom } = await import('../../src/engine/random.js');
    const q: Question = {
      ...base,
      id: 'x',
      kind: 'match',
      prompt: 'Match.',
      pairs: [
        { left: 'L1', right: 'R1' },
        { left: 'L2', right: 'R2' },
        { left: 'L3', right: 'R3' },
      ],
    };
    const offered: string[][] = [];
    const prompter = new ScriptedPrompter([]);
    prompter.choose = async <T>(_m: string, choices: readonly { name: string; value: T }[]) => {
      offered.push(choices.map((c) => c.name));
      return choices[0]!.value;
    };
    await askQuestion(q, { prompter, random: seededRandom(1), hint: () => {} });
    expect(offered.map((o) => o.length)).toEqual([3, 2, 1]);
  });
});
