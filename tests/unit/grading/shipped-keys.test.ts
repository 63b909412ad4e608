// Every accepted spelling in the shipped quiz banks must grade as right, with no note, through the new grader:
// a sibling or a synonym added to lessons/synonyms.yaml must never turn an answer the authors accept into a wrong one.
// Reads the banks' YAML directly (answer / accept), independent of the content loader.
import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { gradeCloze, gradeList, gradeRecall, type AnswerKey } from '../../../src/grading/short-answer.js';
import { courseLexicon } from './course-lexicon.js';

interface RawQuestion {
  id: string;
  kind: string;
  answer: unknown;
  accept?: unknown;
}

const lexicon = courseLexicon();
const questions: RawQuestion[] = readdirSync('quizzes')
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => (parse(readFileSync(`quizzes/${f}`, 'utf8')) as { questions?: RawQuestion[] }).questions ?? []);

function keysOf(q: RawQuestion): AnswerKey[] {
  const answers = (Array.isArray(q.answer) ? q.answer : [q.answer]).map(String);
  if (!Array.isArray(q.answer)) return [{ text: answers[0]!, accept: ((q.accept as unknown[]) ?? []).map(String) }];
  const accept = (q.accept ?? {}) as Record<string, unknown[]>;
  return answers.map((text) => ({ text, accept: (accept[text] ?? []).map(String) }));
}

const recall = questions.filter((q) => q.kind === 'recall');
const lists = questions.filter((q) => q.kind === 'list');
const cloze = questions.filter((q) => q.kind === 'cloze');

describe('shipped typed answers', () => {
  test('the banks hold typed questions of every kind', () => {
    expect(recall.length).toBeGreaterThan(5);
    expect(lists.length).toBeGreaterThan(3);
    expect(cloze.length).toBeGreaterThan(3);
  });

  test.each(recall.map((q) => [q.id, q] as const))('recall %s: every accepted spelling is right', (_, q) => {
    const [key] = keysOf(q);
    for (const spelling of [key!.text, ...(key!.accept as string[])]) {
      expect({ spelling, ...gradeRecall(spelling, key!, lexicon) }).toMatchObject({ spelling, correct: true, notes: [] });
    }
  });

  test.each(lists.map((q) => [q.id, q] as const))('list %s: the answer is right, and each accepted spelling is its item', (_, q) => {
    const keys = keysOf(q);
    expect(gradeList(keys.map((k) => k.text).join(', '), keys, lexicon)).toMatchObject({ correct: true, notes: [] });
    for (const key of keys) {
      for (const spelling of key.accept as string[]) {
        const g = gradeList([spelling], keys, lexicon);
        expect({ spelling, found: g.found.map((f) => f.key), extra: g.notes.filter((n) => n.kind !== 'missing') }).toEqual({
          spelling,
          found: [key.text],
          extra: [],
        });
      }
    }
  });

  test.each(cloze.map((q) => [q.id, q] as const))('cloze %s: every accepted spelling fills its gap', (_, q) => {
    const keys = keysOf(q);
    expect(
      gradeCloze(
        keys.map((k) => k.text),
        keys,
        lexicon,
      ).correct,
    ).toBe(true);
    keys.forEach((key, i) => {
      for (const spelling of key.accept as string[]) {
        const gaps = keys.map((k, j) => (j === i ? spelling : k.text));
        expect({ spelling, ...gradeCloze(gaps, keys, lexicon) }).toMatchObject({ spelling, correct: true, notes: [] });
      }
    });
  });
});
