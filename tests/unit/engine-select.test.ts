// Which questions a quiz asks and in what order: new and weak questions weigh more, and topics are interleaved.
// A scripted generator makes every draw known, so each order below is worked out by hand.
import { describe, expect, test } from '@jest/globals';
import type { Question } from '../../src/content/model.js';
import type { Random } from '../../src/engine/random.js';
import { interleave, recentAccuracy, selectionWeight, selectQuestions } from '../../src/engine/select.js';
import { emptyProgress, type Progress } from '../../src/progress/model.js';

const base = { section: 's', explanation: 'because', why: {}, application: false, where: 'x' };
const q = (id: string, lesson = 'a'): Question => ({ ...base, id, lesson, kind: 'truefalse', prompt: id, answer: true });
const ids = (qs: readonly Question[]) => qs.map((x) => x.id);

function withScores(scores: Record<string, number[]>): Progress {
  const p = emptyProgress();
  for (const [id, list] of Object.entries(scores)) {
    p.questions[id] = { attempts: list.map((score, i) => ({ at: `2026-03-0${i + 1}T10:00:00.000Z`, score, hints: 0 })) };
  }
  return p;
}

/** Draws the given numbers in turn. */
const scripted = (...xs: number[]): Random => {
  const left = [...xs];
  return () => {
    if (left.length === 0) throw new Error('no draws left');
    return left.shift()!;
  };
};

describe('recent accuracy and weight', () => {
  const p = withScores({ seven: [0, 0, 0, 1, 1, 1, 1], two: [1, 0.5], wrong: [0], right: [1], half: [0.5] });
  p.questions.retracted = { attempts: [] };

  test('accuracy is the mean of the last five answers; a question never answered has none', () => {
    expect(recentAccuracy(p, 'seven')).toBe(0.8);
    expect(recentAccuracy(p, 'two')).toBe(0.75);
    expect(recentAccuracy(p, 'never')).toBeNull();
    expect(recentAccuracy(p, 'retracted')).toBeNull();
  });

  test.each([
    ['never', 3],
    ['retracted', 3],
    ['wrong', 3],
    ['half', 2],
    ['right', 1],
    ['seven', 1.4],
  ])('%s weighs %d', (id, weight) => expect(selectionWeight(p, id)).toBeCloseTo(weight, 10));
});

describe('selectQuestions', () => {
  // Keys are u^(1/weight), the largest first: mastered 0.8^1 = 0.8; new 0.6^(1/3) = 0.843; wrong 0.3^(1/3) = 0.669;
  // half right 0.5^(1/2) = 0.707.
  const pool = [q('mastered'), q('new'), q('wrong'), q('half')];
  const p = withScores({ mastered: [1], wrong: [0], half: [0.5] });

  test('the largest keys win, in key order', () => {
    expect(ids(selectQuestions(pool, p, 4, scripted(0.8, 0.6, 0.3, 0.5)))).toEqual(['new', 'mastered', 'half', 'wrong']);
  });

  test('at most `limit` questions, the rest left out', () => {
    expect(ids(selectQuestions(pool, p, 2, scripted(0.8, 0.6, 0.3, 0.5)))).toEqual(['new', 'mastered']);
    expect(selectQuestions(pool, p, 0, scripted(0.8, 0.6, 0.3, 0.5))).toEqual([]);
  });

  test('with equal weights the draw alone decides', () => {
    expect(ids(selectQuestions(pool, emptyProgress(), 4, scripted(0.1, 0.9, 0.5, 0.7)))).toEqual(['new', 'half', 'wrong', 'mastered']);
  });

  test('the chosen questions are interleaved by topic', () => {
    const mixed = [q('a1', 'a'), q('a2', 'a'), q('b1', 'b')];
    expect(ids(selectQuestions(mixed, emptyProgress(), 3, scripted(0.9, 0.8, 0.1)))).toEqual(['a1', 'b1', 'a2']);
  });
});

describe('interleave', () => {
  test('no two neighbours share a topic where that can be avoided, keeping the order otherwise', () => {
    const qs = [q('a1', 'a'), q('a2', 'a'), q('b1', 'b'), q('a3', 'a'), q('b2', 'b')];
    expect(ids(interleave(qs))).toEqual(['a1', 'b1', 'a2', 'b2', 'a3']);
  });

  test('one topic only: the order stays as it was', () => {
    expect(ids(interleave([q('a1'), q('a2'), q('a3')]))).toEqual(['a1', 'a2', 'a3']);
  });

  test('where it cannot be avoided, the leftovers come last in order', () => {
    const qs = [q('a1', 'a'), q('a2', 'a'), q('a3', 'a'), q('b1', 'b')];
    expect(ids(interleave(qs))).toEqual(['a1', 'b1', 'a2', 'a3']);
  });

  test('nothing in, nothing out; the input is left alone', () => {
    expect(interleave([])).toEqual([]);
    const qs = [q('a1', 'a'), q('a2', 'a'), q('b1', 'b')];
    interleave(qs);
    expect(ids(qs)).toEqual(['a1', 'a2', 'b1']);
  });
});
