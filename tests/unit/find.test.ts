// Forgiving lookup: exact names in any case or spacing, forgivable typos taken as meant, the rest suggested.
import { describe, expect, test } from '@jest/globals';
import { findConcept, findLesson, findTerm } from '../../src/content/find.js';
import type { Content } from '../../src/content/model.js';

const content = {
  lessons: [{ id: 'functions', title: 'The eight functions' }, { id: 'basics', title: 'What network marketing is' }],
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
    expect(findTerm(content, 'Convertion Rate', (n) => notes.push(n)).id).toBe('conversion-rate');
    expect(findLesson(content, 'funtions', (n) => notes.push(n)).id).toBe('functions');
    expect(findLesson(content, 'Functions', (n) => notes.push(n)).id).toBe('functions');
    expect(notes).toEqual(["Taking 'Convertion Rate' to mean 'Conversion rate'.", "Taking 'funtions' to mean 'functions'."]);
  });
  test('short names must be exact: 4d is neither 4p nor 4c', () => {
    expect(() => findConcept(content, '4d')).toThrow("Unknown concept '4d'.");
  });
  test('a further slip is only suggested', () => {
    expect(() => findLesson(content, 'baasiks')).toThrow("Unknown topic 'baasiks'. Did you mean 'basics'?");
  });
});
