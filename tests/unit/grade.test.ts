import { describe, expect, test } from '@jest/globals';
import type { Question } from '../../src/content/model.js';
import { gradeResponse, splitListAnswer } from '../../src/engine/grade.js';
import { matchText, normalizeAnswer } from '../../src/engine/normalize.js';

const base = { topic: 't', section: 's', prompt: 'p', explanation: 'e', why: {}, application: false, where: 'x' };

describe('normalizeAnswer', () => {
  test.each([
    ['Customer Relations', 'customer relations'],
    ['  the   Network  Brand! ', 'network brand'],
    ['B2B2C', 'b2b2c'],
    ['Search-engine optimisation', 'search engine optimisation'],
    ['R&D', 'r and d'],
  ])('%s -> %s', (input, expected) => expect(normalizeAnswer(input)).toBe(expected));
});

describe('matchText', () => {
  test.each([
    ['Customer Relations', 'customer relations', 'exact'],
    ['customer relatons', 'customer relations', 'typo'],
    ['costumer', 'customer', 'typo'],
    ['B2C', 'B2B', 'none'],
    ['4C', '4P', 'none'],
    ['price', 'place', 'none'],
    ['consumer', 'customer', 'none'],
    ['production', 'promotion', 'none'],
    ['cost', 'costs', 'typo'],
    ['price', 'prize', 'typo'],
    ['SEO', 'SEM', 'none'],
    ['online research', 'online-research', 'exact'],
    ['', 'anything', 'none'],
    ['website', 'web site', 'exact'],
    ['sales promotion', 'site promotion', 'none'],
    ['IP promotion', 'IM promotion', 'none'],
    ['blog promotion', 'BBS promotion', 'none'],
    ['costumer servce', 'customer service', 'typo'],
  ] as const)('%s vs %s -> %s', (given, expected, result) => expect(matchText(given, expected)).toBe(result));
});

test('splitListAnswer splits on commas, semicolons and "and"', () => {
  expect(splitListAnswer('customer, cost; convenience and communication')).toEqual(['customer', 'cost', 'convenience', 'communication']);
});

describe('gradeResponse', () => {
  const list: Question = { ...base, id: 'l', kind: 'list', answer: ['customer', 'cost', 'convenience', 'communication'].map((text) => ({ text, accept: text === 'customer' ? ['consumer'] : [] })) };
  test.each([
    [['communication', 'cost', 'consumer', 'convenience'], 1],
    [['customer', 'cost'], 0.5],
    [['convenence', 'cost', 'customer', 'communication'], 1],
    [['cost', 'cost', 'cost'], 0.25],
    [[], 0],
  ])('list %j scores %d', (items, score) => expect(gradeResponse(list, { kind: 'list', items }).score).toBe(score));

  test('list tells what is missing', () => {
    expect(gradeResponse(list, { kind: 'list', items: ['customer'] }).notes).toContain('Missing: cost, convenience, communication');
  });

  const multi: Question = { ...base, id: 'm', kind: 'multi', choices: ['a', 'b', 'c', 'd'], answer: ['a', 'b'] };
  test.each([
    [['a', 'b'], 1, true],
    [['a'], 0.5, false],
    [['a', 'c'], 0, false],
    [['a', 'b', 'c'], 0.5, false],
  ])('multi %j -> %d', (choices, score, correct) => {
    const g = gradeResponse(multi, { kind: 'multi', choices });
    expect([g.score, g.correct]).toEqual([score, correct]);
  });

  test('recall accepts synonyms and small typos and names the spelling', () => {
    const q: Question = { ...base, id: 'r', kind: 'recall', answer: { text: 'conversion rate', accept: ['CVR'] } };
    expect(gradeResponse(q, { kind: 'recall', text: 'cvr' }).correct).toBe(true);
    const typo = gradeResponse(q, { kind: 'recall', text: 'convertion rate' });
    expect(typo.correct).toBe(true);
    expect(typo.notes.join()).toContain('conversion rate');
    expect(gradeResponse(q, { kind: 'recall', text: 'click rate' }).correct).toBe(false);
  });

  test('order, match and classify give partial credit', () => {
    const order: Question = { ...base, id: 'o', kind: 'order', answer: ['a', 'b', 'c', 'd'] };
    expect(gradeResponse(order, { kind: 'order', items: ['a', 'b', 'd', 'c'] }).score).toBe(0.5);
    const match: Question = { ...base, id: 'x', kind: 'match', pairs: [{ left: 'Product', right: 'Customer' }, { left: 'Price', right: 'Cost' }] };
    expect(gradeResponse(match, { kind: 'match', rights: { Product: 'Customer', Price: 'Customer' } }).score).toBe(0.5);
    const cls: Question = { ...base, id: 'c', kind: 'classify', categories: ['A', 'B'], items: [{ text: '1', category: 'A' }, { text: '2', category: 'B' }] };
    expect(gradeResponse(cls, { kind: 'classify', categories: { 1: 'A', 2: 'B' } }).correct).toBe(true);
  });

  test('cloze grades each gap', () => {
    const q: Question = { ...base, id: 'z', kind: 'cloze', answer: [{ text: 'network', accept: [] }, { text: 'marketing', accept: [] }] };
    expect(gradeResponse(q, { kind: 'cloze', gaps: ['Network', 'marketing'] }).score).toBe(1);
    expect(gradeResponse(q, { kind: 'cloze', gaps: ['network', 'sales'] }).score).toBe(0.5);
  });
});
