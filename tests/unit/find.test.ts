// Forgiving lookup: exact names in any case or spacing, forgivable typos taken as meant, the rest suggested.
import { describe, expect, test } from '@jest/globals';
import { boundedDistance, findConcept, findLesson, findTerm, lookupKey } from '../../src/content/find.js';
import type { Content } from '../../src/content/model.js';

const content = {
  lessons: [
    { id: 'functions', title: 'The eight functions' },
    { id: 'basics', title: 'What network marketing is' },
  ],
  concepts: [
    { id: '4p', name: '4P', aliases: ['four ps'] },
    { id: '4c', name: '4C', aliases: ['four cs'] },
    { id: 'e-commerce', name: 'E-commerce', aliases: ['ecommerce'] },
  ],
  glossary: [{ id: 'conversion-rate', term: 'Conversion rate', aliases: ['conversion'] }],
} as unknown as Content;

describe('lookup', () => {
  test('case, spaces and hyphens do not matter', () => {
    expect(findConcept(content, 'E Commerce').id).toBe('e-commerce');
    expect(findTerm(content, 'CONVERSION-RATE').id).toBe('conversion-rate');
  });
  test('a typo the grader would forgive is taken as meant, and the learner is told', () => {
    const notes: string[] = [];
    expect(findTerm(content, 'Convertion Rate', { note: (n) => notes.push(n) }).id).toBe('conversion-rate');
    expect(findLesson(content, 'funtions', { note: (n) => notes.push(n) }).id).toBe('functions');
    expect(findLesson(content, 'Functions', { note: (n) => notes.push(n) }).id).toBe('functions');
    expect(notes).toEqual(["Taking 'Convertion Rate' to mean 'Conversion rate'.", "Taking 'funtions' to mean 'functions'."]);
  });
  test('short names must be exact: 4d is neither 4p nor 4c', () => {
    expect(() => findConcept(content, '4d')).toThrow("Unknown concept '4d'.");
  });
  test('a further slip is only suggested', () => {
    expect(() => findLesson(content, 'baasiks')).toThrow("Unknown lesson 'baasiks'. Did you mean 'basics'?");
  });
});

const world = {
  lessons: [
    { id: 'functions', title: 'The eight functions' },
    { id: 'promotion-ecommerce', title: 'Network promotion and e-commerce' },
    { id: 'basics', title: 'What network marketing is' },
  ],
  concepts: [
    { id: 'colour', name: '颜色', aliases: [] },
    { id: 'number', name: '数字', aliases: ['Zahl'] },
    { id: 'street', name: 'Straße', aliases: [] },
  ],
  glossary: [
    { id: 'network-brand', term: 'Network brand', aliases: [] },
    { id: 'online-research', term: 'Online research', aliases: [] },
    { id: 'online-sales', term: 'Online sales', aliases: [] },
    { id: 'seo', term: 'SEO (search engine optimization)', aliases: [] },
    { id: 'b2b', term: 'B2B (business to business)', aliases: [] },
    { id: 'b2c', term: 'B2C (business to consumer)', aliases: [] },
    { id: 'wangluo-pinpai', term: '网络品牌', aliases: [] },
    { id: 'wangluo-yingxiao', term: '网络营销', aliases: [] },
  ],
} as unknown as Content;

describe('names in any script', () => {
  test.each([
    ['E-Commerce', 'ecommerce'],
    ['ＥＣＯＭＭＥＲＣＥ', 'ecommerce'], // full-width forms (NFKC)
    ['Straße', 'strasse'],
    ['STRASSE', 'strasse'],
    ['网络 品牌', '网络品牌'],
    ['Ελληνικά!', 'ελληνικά'],
    ['e\u0301clair', 'éclair'], // composed (NFKC)
  ])('lookupKey(%j) is %j', (name, key) => expect(lookupKey(name)).toBe(key));

  test('non-Latin terms and concepts resolve to themselves, not to the first non-Latin entry', () => {
    expect(findTerm(world, '网络营销').id).toBe('wangluo-yingxiao');
    expect(findTerm(world, '网络品牌').id).toBe('wangluo-pinpai');
    expect(findConcept(world, '数字').id).toBe('number');
    expect(findConcept(world, '颜色').id).toBe('colour');
    expect(findConcept(world, 'STRASSE').id).toBe('street');
    expect(() => findConcept(world, '红色')).toThrow("Unknown concept '红色'.");
  });
});

describe('closest matches', () => {
  test.each([
    ['brand', 'network-brand'],
    ['research', 'online-research'],
    ['seo', 'seo'],
    ['search engine optimisation', 'seo'],
  ])('define %j finds %j and says so', (typed, id) => {
    const notes: string[] = [];
    expect(findTerm(world, typed, { note: (n) => notes.push(n) }).id).toBe(id);
    if (typed !== 'seo') expect(notes).toHaveLength(1);
  });

  test('an unambiguous start of a lesson id or title is taken as meant', () => {
    const notes: string[] = [];
    expect(findLesson(world, 'func', { note: (n) => notes.push(n) }).id).toBe('functions');
    expect(findLesson(world, 'promo', { note: (n) => notes.push(n) }).id).toBe('promotion-ecommerce');
    expect(notes).toEqual(["Taking 'func' to mean 'functions'.", "Taking 'promo' to mean 'promotion-ecommerce'."]);
  });

  test('an ambiguous name offers every close match instead of guessing', () => {
    expect(() => findTerm(world, 'online shop')).toThrow(/^Unknown term 'online shop'\. Did you mean .*'Online research'.*'Online sales'/);
    expect(() => findTerm(world, 'online shop')).not.toThrow(/Network brand/);
    expect(() => findTerm(world, 'b2')).toThrow("Did you mean 'B2B (business to business)' or 'B2C (business to consumer)'?");
    expect(() => findLesson(world, 'xyzzy')).toThrow("Unknown lesson 'xyzzy'. Run `nm-tutor topics` to list them.");
  });

  test('a 100,000-character name is answered at once, and the message quotes only its start', () => {
    const started = Date.now();
    for (const typed of ['a'.repeat(100_000), 'ab '.repeat(33_000), '网'.repeat(100_000)]) {
      expect(() => findTerm(world, typed)).toThrow(/^Unknown term '.{60}…'\./u);
    }
    expect(Date.now() - started).toBeLessThan(1000);
  });

  test('boundedDistance stops at its limit', () => {
    expect(boundedDistance('kitten', 'sitting', 5)).toBe(3);
    expect(boundedDistance('kitten', 'sitting', 2)).toBe(3);
    expect(boundedDistance('a'.repeat(1000), 'b', 3)).toBe(4);
    expect(boundedDistance('网络', '网路', 1)).toBe(1);
  });
});

test('the list command in a lookup error is spelt as the learner runs the tutor (with --content, npx)', () => {
  const command = (args: string) => `npx nm-tutor --content pack ${args}`;
  expect(() => findLesson(content, 'xyzzy', { command })).toThrow('Run `npx nm-tutor --content pack topics` to list them.');
  expect(() => findTerm(content, 'xyzzy', { command })).toThrow('Run `npx nm-tutor --content pack define --list` to list them.');
});
