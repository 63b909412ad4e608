// Spaced review: how an answer becomes an FSRS rating, the card stored after it, and how likely the learner is to
// recall an item now; with fixed clocks, including one stepped back and cards FSRS would refuse.
import { describe, expect, test } from '@jest/globals';
import { Rating } from 'ts-fsrs';
import { ratingFor, retrievability, scheduleNext, type StoredCard } from '../../src/engine/schedule.js';

const t0 = new Date('2026-03-02T10:00:00.000Z');
const daysAfter = (d: number, from = t0) => new Date(from.getTime() + d * 86400000);
const minutes = (a: string, b: Date) => (new Date(a).getTime() - b.getTime()) / 60000;

describe('ratingFor', () => {
  const answer = { score: 1, hintsUsed: 0, seconds: 5, reps: 1 };
  test.each([
    ['nothing right', { score: 0 }, Rating.Again],
    ['just under half', { score: 0.49 }, Rating.Again],
    ['half right', { score: 0.5 }, Rating.Hard],
    ['almost right', { score: 0.99 }, Rating.Hard],
    ['right with a hint', { hintsUsed: 1 }, Rating.Hard],
    ['half right, slow', { score: 0.5, seconds: 60 }, Rating.Hard],
    ['right, quick, seen before', {}, Rating.Easy],
    ['right in exactly 8 s', { seconds: 8 }, Rating.Easy],
    ['right in just over 8 s', { seconds: 8.01 }, Rating.Good],
    ['right and quick, but never reviewed before', { reps: 0 }, Rating.Good],
    ['right and slow', { seconds: 30 }, Rating.Good],
    ['right in 15 s where the question takes 20 s to read', { seconds: 15, quickSeconds: 20 }, Rating.Easy],
    ['right in 20 s where the question takes 20 s to read', { seconds: 20, quickSeconds: 20 }, Rating.Easy],
    ['right in 21 s where the question takes 20 s to read', { seconds: 21, quickSeconds: 20 }, Rating.Good],
    ['right in 6 s where the question takes 5 s to read', { seconds: 6, quickSeconds: 5 }, Rating.Good],
    ['wrong, even quick and seen before', { score: 0, seconds: 1 }, Rating.Again],
  ])('%s', (_name, change, rating) => expect(ratingFor({ ...answer, ...change })).toBe(rating));
});

describe('scheduleNext', () => {
  test('a new question answered right is stored as a learning card, reviewed now, due again in 10 minutes', () => {
    const card = scheduleNext(undefined, Rating.Good, t0);
    expect(card).toEqual({
      due: '2026-03-02T10:10:00.000Z',
      stability: expect.any(Number),
      difficulty: expect.any(Number),
      elapsed_days: 0,
      scheduled_days: 0,
      learning_steps: 1,
      reps: 1,
      lapses: 0,
      state: 1,
      last_review: '2026-03-02T10:00:00.000Z',
    });
    expect(card.stability).toBeGreaterThan(1);
    expect(card.difficulty).toBeGreaterThanOrEqual(1);
    expect(card.difficulty).toBeLessThanOrEqual(10);
  });

  test('the rating sets how soon a new question comes back: Again in a minute, Easy in days', () => {
    const again = scheduleNext(undefined, Rating.Again, t0);
    const easy = scheduleNext(undefined, Rating.Easy, t0);
    expect(minutes(again.due, t0)).toBe(1);
    expect(easy.state).toBe(2);
    // No random fuzz: the same answers give the same days, so a learner's schedule can be reproduced.
    expect(easy.scheduled_days).toBe(8);
    expect(minutes(easy.due, t0)).toBe(easy.scheduled_days * 24 * 60);
    expect(easy.stability).toBeGreaterThan(again.stability);
  });

  test('a card reviewed again days later counts the days elapsed and grows; a lapse is counted', () => {
    const first = scheduleNext(undefined, Rating.Good, t0);
    const second = scheduleNext(first, Rating.Good, daysAfter(1));
    expect(second).toMatchObject({ reps: 2, elapsed_days: 1, state: 2, lapses: 0, last_review: daysAfter(1).toISOString() });
    expect(second.scheduled_days).toBe(7);
    expect(minutes(second.due, daysAfter(1))).toBe(second.scheduled_days * 24 * 60);
    const third = scheduleNext(second, Rating.Good, daysAfter(3));
    expect(third.reps).toBe(3);
    expect(third.elapsed_days).toBe(2);
    expect(third.scheduled_days).toBe(16);
    const lapse = scheduleNext(third, Rating.Again, daysAfter(20));
    expect(lapse).toMatchObject({ reps: 4, lapses: 1, state: 3, elapsed_days: 17 });
    expect(minutes(lapse.due, daysAfter(20))).toBe(10);
  });

  test('a clock stepped back (the last review lies ahead) counts as no time elapsed: the answer is kept, not lost', () => {
    const ahead = scheduleNext(scheduleNext(undefined, Rating.Good, daysAfter(5)), Rating.Good, daysAfter(6));
    const card = scheduleNext(ahead, Rating.Good, t0);
    expect(card.reps).toBe(3);
    expect(card.lapses).toBe(0);
    expect(card.elapsed_days).toBe(0);
    expect(card.last_review).toBe(t0.toISOString());
    expect(new Date(card.due).getTime()).toBeGreaterThan(t0.getTime());
    // The memory state carries over: it is the same review as one given at the time of the last one.
    const sameTime = scheduleNext({ ...ahead, last_review: t0.toISOString() }, Rating.Good, t0);
    expect(card).toEqual(sameTime);
  });

  test('a card FSRS rejects (a memory state out of range) starts over as a new card instead of failing the answer', () => {
    const reviewed = scheduleNext(scheduleNext(undefined, Rating.Good, t0), Rating.Good, daysAfter(1));
    const broken: StoredCard = { ...reviewed, stability: -1 };
    expect(scheduleNext(broken, Rating.Good, daysAfter(3))).toEqual(scheduleNext(undefined, Rating.Good, daysAfter(3)));
    const badDate: StoredCard = { ...reviewed, last_review: 'not a date' };
    expect(scheduleNext(badDate, Rating.Again, daysAfter(3))).toEqual(scheduleNext(undefined, Rating.Again, daysAfter(3)));
  });

  test('a card with no last review is scheduled from its state, not reset', () => {
    const reviewed = scheduleNext(scheduleNext(undefined, Rating.Good, t0), Rating.Good, daysAfter(1));
    const card = scheduleNext({ ...reviewed, last_review: null }, Rating.Good, daysAfter(3));
    expect(card.reps).toBe(3);
    expect(card.last_review).toBe(daysAfter(3).toISOString());
  });
});

describe('retrievability', () => {
  const reviewed = scheduleNext(scheduleNext(undefined, Rating.Good, t0), Rating.Good, daysAfter(1));

  test('is 1 right after a review and falls as days pass, to about 90% when the review falls due', () => {
    expect(retrievability(reviewed, daysAfter(1))).toBe(1);
    const soon = retrievability(reviewed, daysAfter(2));
    const atDue = retrievability(reviewed, new Date(reviewed.due));
    const late = retrievability(reviewed, daysAfter(60));
    expect(soon).toBeLessThan(1);
    expect(atDue).toBeLessThan(soon);
    expect(atDue).toBeCloseTo(0.9, 1);
    expect(late).toBeLessThan(atDue);
    expect(late).toBeGreaterThan(0);
  });

  test('a review dated after now (a clock stepped back) reads as fresh, not as an error', () => {
    expect(retrievability(reviewed, t0)).toBe(1);
    expect(retrievability(reviewed, new Date(new Date(reviewed.last_review!).getTime() - 1))).toBe(1);
  });

  test('a card that cannot be read, or whose numbers make no sense, is treated as forgotten or capped at 1', () => {
    expect(retrievability({ ...reviewed, last_review: 'garbage' }, daysAfter(3))).toBe(0);
    expect(retrievability({ ...reviewed, stability: 0 }, daysAfter(3))).toBe(0); // FSRS gives NaN
    expect(retrievability({ ...reviewed, stability: -5 }, daysAfter(4))).toBe(1); // FSRS gives more than 1
    expect(retrievability({ ...reviewed, stability: 1e-9 }, daysAfter(4))).toBe(0);
  });

  test('a card never reviewed has nothing to recall', () => {
    const fresh = { ...scheduleNext(undefined, Rating.Good, t0), state: 0, last_review: null };
    expect(retrievability(fresh, daysAfter(1))).toBe(0);
  });
});
