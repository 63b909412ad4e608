// Properties over many generated inputs: grading never throws and stays in range on any text, and a neutral
// gloss or filler around a right answer never turns it wrong.
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { gradeExplanation, type Rubric } from '../../../src/grading/rubric.js';
import { gradeCloze, gradeList, gradeRecall, type AnswerKey } from '../../../src/grading/short-answer.js';
import { courseLexicon } from './course-lexicon.js';

const lexicon = courseLexicon();
const rubric = (parse(readFileSync('tests/grader-set/explain.yaml', 'utf8')) as { rubrics: (Rubric & { prompt: string })[] }).rubrics[0]!;
const O2O: AnswerKey = { text: 'O2O', accept: ['online to offline'] };
const fourCs: AnswerKey[] = [{ text: 'customer' }, { text: 'cost' }, { text: 'convenience' }, { text: 'communication' }];
const inRange = (g: { score: number; correct: boolean }) => g.score >= 0 && g.score <= 1 && g.correct === (g.score === 1);

// Text made of course words, punctuation and noise, so that matches actually happen.
const word = fc.oneof(
  fc.constantFrom(
    'O2O',
    'B2C',
    'online',
    'to',
    'offline',
    'not',
    'or',
    'and',
    'customer',
    'cost',
    'price',
    'the',
    'internet',
    'tool',
    'goals',
    'marketing',
    'whole',
    'process',
    'pyramid',
    'e-commerce',
    'C#',
    '(',
    ')',
    ',',
    ';',
    '\n',
    '—',
    "n't",
  ),
  fc.string({ maxLength: 8 }),
);
const text = fc.array(word, { maxLength: 40 }).map((ws) => ws.join(' '));

describe('any text', () => {
  test('grades without throwing, in range', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(inRange(gradeRecall(t, O2O, lexicon))).toBe(true);
        expect(inRange(gradeList(t, fourCs, lexicon))).toBe(true);
        expect(inRange(gradeCloze([t, t], [O2O, fourCs[1]!], lexicon))).toBe(true);
        expect(inRange(gradeExplanation(t, rubric, rubric.prompt, lexicon))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('glosses and filler never turn a right answer wrong', () => {
  const neutral = fc
    .array(fc.constantFrom('that', 'is', 'the', 'main', 'thing', 'I', 'think', 'really', 'here', 'simply', 'name', 'model', 'answer'), {
      minLength: 1,
      maxLength: 5,
    })
    .map((ws) => ws.join(' '));
  test.each<[string, AnswerKey]>([
    ['O2O', O2O],
    ['online to offline', O2O],
    ['website promotion', { text: 'website promotion' }],
    ['cost', { text: 'cost' }],
  ])('%s', (right, key) => {
    fc.assert(
      fc.property(neutral, neutral, fc.constantFrom('()', '[]', ' - ', ': '), (before, gloss, brackets) => {
        const wrapped = brackets.length === 2 ? `${brackets[0]}${gloss}${brackets[1]}` : `${brackets}${gloss}`;
        expect(gradeRecall(`${before} ${right} ${wrapped}`, key, lexicon).correct).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
