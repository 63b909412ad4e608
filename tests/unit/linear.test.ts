// validate and define must stay linear in the size of a pack or a term (issue 12, item 23): each question was
// checked against its lesson's sections one by one (a 3.2 MB pack took 70 s), and a 100,000-character term was
// edit-distance compared with every name (20 s).
import { expect, test } from '@jest/globals';
import { assembleContent, coverageProblems } from '../../src/content/assemble.js';
import { findTerm } from '../../src/content/find.js';
import type { Content, Lesson, Question } from '../../src/content/model.js';

const SECTIONS = 6000;
const QUESTIONS = 48000;

function bigPack() {
  const check = (i: number) =>
    ({
      id: `big.s${i}.check`,
      lesson: 'big',
      section: `s${i}`,
      prompt: `Check ${i}?`,
      explanation: 'E',
      why: {},
      application: false,
      where: `l:${i}:1`,
      kind: 'truefalse',
      answer: true,
    }) as Question;
  const lesson: Lesson = {
    id: 'big',
    title: 'Big',
    summary: 'S',
    order: 1,
    sources: [],
    sections: Array.from({ length: SECTIONS }, (_, i) => ({
      id: `s${i}`,
      title: `S${i}`,
      body: 'B',
      example: 'E',
      keyPoints: [],
      check: check(i),
    })),
  };
  // Questions name the last sections first: a linear scan per question would walk almost every section.
  const questions = Array.from(
    { length: QUESTIONS },
    (_, i) =>
      ({
        ...check(SECTIONS - 1 - (i % SECTIONS)),
        id: `big-${i}`,
        kind: Math.floor(i / SECTIONS) % 2 ? 'truefalse' : 'single',
        prompt: `Q${i}`,
      }) as Question,
  );
  return { lesson, questions };
}

test(`assembling and checking coverage of ${SECTIONS} sections x ${QUESTIONS} questions takes well under a second`, () => {
  const { lesson, questions } = bigPack();
  const started = performance.now();
  const { content, problems } = assembleContent([
    { file: 'l', content: { kind: 'lesson', lesson } },
    { file: 'q', content: { kind: 'quiz', lesson: 'big', questions, lessonWhere: 'q:1:1' } },
  ]);
  expect(problems).toEqual([]);
  expect(coverageProblems(content)).toEqual([]);
  expect(performance.now() - started).toBeLessThan(1500);
});

test('define with a 100,000-character term answers at once', () => {
  const content = {
    lessons: [],
    questions: [],
    concepts: [],
    warnings: [],
    glossary: Array.from({ length: 200 }, (_, i) => ({
      id: `term-${i}`,
      term: `Term number ${i}`,
      aliases: [`alias ${i}`],
      definition: 'D',
      section: { lesson: 'x', section: 'y' },
    })),
  } as unknown as Content;
  const started = performance.now();
  expect(() => findTerm(content, 'a'.repeat(100_000))).toThrow(/^Unknown term/);
  expect(performance.now() - started).toBeLessThan(500);
  // Close misspellings are still found.
  expect(findTerm(content, 'term numbr 7').id).toBe('term-7');
});
