import { describe, expect, test } from '@jest/globals';
import { english, typoDistance } from '../../../src/grading/language.js';

const words = (text: string) => english.tokenize(text).map((t) => t.norm);
const stems = (text: string) => english.tokenize(text).map((t) => t.stem);

describe('english.tokenize', () => {
  test.each([
    ['Customer Relations!', ['customer', 'relations']],
    ['e-commerce', ['e', 'commerce']],
    ['online–to—offline', ['online', 'to', 'offline']],
    ['C# and C++', ['c#', 'and', 'c++']],
    ['B2B2C, O2O; 4Ps', ['b2b2c', 'o2o', '4ps']],
    ["the customer's cost", ['the', 'customer', 'cost']],
    ["it isn't sales", ['it', 'is', 'not', 'sales']],
    ["doesn't", ['does', 'not']],
    ['Café', ['cafe']],
    ['30% of visitors', ['30%', 'of', 'visitors']],
  ])('%s', (text, expected) => expect(words(text)).toEqual(expected));

  test('offsets quote the learner exactly', () => {
    const text = '  Its strong  interactivity (two-way)';
    for (const t of english.tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  test('clauses break at punctuation and brackets, not at spaces', () => {
    expect(english.tokenize('not sales, but marketing (online)').map((t) => t.clause)).toEqual([0, 0, 1, 1, 2]);
  });

  test('symbols and digits are literal; words are not', () => {
    expect(english.tokenize('C# B2C 4P sales').map((t) => t.literal)).toEqual([true, true, true, false]);
  });
});

describe('english stems', () => {
  test.each([
    ['markets marketing marketed', ['market', 'market', 'market']],
    ['organising organizing organisation', ['organ', 'organ', 'organ']],
    ['promotions promoting', ['promot', 'promot']],
    ['4Ps 4P B2Cs', ['4p', '4p', 'b2c']],
    ['C++ C#', ['c++', 'c#']],
  ])('%s', (text, expected) => expect(stems(text)).toEqual(expected));

  test('different words keep different stems', () => {
    expect(new Set(stems('price place product promotion cost customer')).size).toBe(6);
  });
});

describe('english.normalize and english.stem, one word at a time', () => {
  test.each([
    ['Café', 'cafe', 'cafe'],
    ["Customer's", 'customers', 'custom'],
    ['Organising', 'organising', 'organ'],
    ['C++', 'c++', 'c++'],
    ['4Ps', '4ps', '4p'],
  ])('%s -> %s -> %s', (word, norm, stem) => {
    expect(english.normalize(word)).toBe(norm);
    expect(english.stem(english.normalize(word))).toBe(stem);
  });
});

describe('english lists, filler, negation', () => {
  test.each([
    ['product, price; place\npromotion', ['product', 'price', 'place', 'promotion']],
    [' a ,, b ', ['a', 'b']],
  ])('splitList %j', (text, expected) => expect(english.splitList(text)).toEqual(expected));
  test.each([
    ['product and price', ['product', 'price']],
    ['R & D', ['R', 'D']],
    ['brand', ['brand']],
    ['candid', ['candid']],
  ])('splitConjunction %j', (text, expected) => expect(english.splitConjunction(text)).toEqual(expected));
  test.each([
    ['the', true],
    ['of', true],
    ['a', true],
    ['promotion', false],
    ['to', false],
    ['not', false],
  ])('isFiller(%s) = %s', (w, expected) => expect(english.isFiller(w)).toBe(expected));
  test.each([
    ['is', true],
    ['it', true],
    ['with', true],
    ['marketing', false],
    ['internet', false],
  ])('isFunctionWord(%s) = %s', (w, expected) => expect(english.isFunctionWord(w)).toBe(expected));
  test.each([
    ['not', undefined, true],
    ['rather', 'than', true],
    ['rather', 'good', false],
    ['unlike', undefined, true],
    ['now', undefined, false],
  ])('isNegator(%s, %s) = %s', (w, next, expected) => expect(english.isNegator(w, next)).toBe(expected));
});

describe('typos', () => {
  test.each([
    ['customer', 'custmoer', 1],
    ['customer', 'costumer', 2],
    ['promotion', 'promtion', 1],
    ['sales', 'site', 3],
    ['b2b', 'b2c', 1],
  ])('distance(%s, %s) = %i', (a, b, d) => expect(typoDistance(a, b)).toBe(d));
  test.each([
    ['cost', 0],
    ['b2b2c', 1],
    ['product', 1],
    ['customer', 2],
    ['communication', 2],
  ])('typoBudget(%s) = %i', (w, n) => expect(english.typoBudget(w)).toBe(n));
  test.each([
    ['directly', 'indirectly', true],
    ['indirectly', 'directly', true],
    ['important', 'unimportant', true],
    ['profit', 'non-profit', true],
    ['possible', 'impossible', true],
    ['like', 'dislike', true],
    ['direct', 'directly', false],
    ['indirectly', 'indirecly', false],
    ['active', 'interactive', false],
    ['on', 'un', false],
  ])('isNegatedForm(%s, %s) = %s', (a, b, yes) => expect(english.isNegatedForm(a, b)).toBe(yes));
});
