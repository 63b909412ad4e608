// Learner-style typed answers (tests/grader-set/short-answers.yaml) graded with the shipped keys and lexicon:
// every verdict must match the fair marker's, and the shares right-accepted / wrong-rejected are printed.
import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { gradeCloze, gradeList, gradeRecall, type AnswerKey, type ShortGrade } from '../../../src/grading/short-answer.js';
import { courseLexicon } from './course-lexicon.js';

interface RawQuestion {
  id: string;
  kind: string;
  answer: unknown;
  accept?: unknown;
}
interface Case {
  id: string;
  answer: string | string[];
  right: boolean;
  score?: number;
}

const lexicon = courseLexicon();
const questions = new Map(
  readdirSync('quizzes')
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) => (parse(readFileSync(`quizzes/${f}`, 'utf8')) as { questions: RawQuestion[] }).questions ?? [])
    .map((q) => [q.id, q]),
);
const cases = (parse(readFileSync('tests/grader-set/short-answers.yaml', 'utf8')) as { answers: Case[] }).answers;

function keysOf(q: RawQuestion): AnswerKey[] {
  if (!Array.isArray(q.answer)) return [{ text: String(q.answer), accept: ((q.accept as unknown[]) ?? []).map(String) }];
  const accept = (q.accept ?? {}) as Record<string, unknown[]>;
  return q.answer.map((a) => ({ text: String(a), accept: (accept[String(a)] ?? []).map(String) }));
}

function gradeCase(c: Case): ShortGrade {
  const q = questions.get(c.id);
  if (!q) throw new Error(`no question ${c.id}`);
  const keys = keysOf(q);
  if (q.kind === 'recall') return gradeRecall(String(c.answer), keys[0]!, lexicon);
  if (q.kind === 'list') return gradeList(c.answer, keys, lexicon);
  if (q.kind === 'cloze') return gradeCloze(Array.isArray(c.answer) ? c.answer : [c.answer], keys, lexicon);
  throw new Error(`${c.id} is a ${q.kind} question`);
}

describe('grader set: short answers', () => {
  test('holds right and wrong answers', () => {
    expect(cases.filter((c) => c.right).length).toBeGreaterThanOrEqual(25);
    expect(cases.filter((c) => !c.right).length).toBeGreaterThanOrEqual(25);
  });

  test.each(cases.map((c) => [c.id, JSON.stringify(c.answer), c] as const))('%s %s', (_, __, c) => {
    const g = gradeCase(c);
    expect({ correct: g.correct, ...(c.score === undefined ? {} : { score: g.score }) }).toEqual({
      correct: c.right,
      ...(c.score === undefined ? {} : { score: c.score }),
    });
  });
});
