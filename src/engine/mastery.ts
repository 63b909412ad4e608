// Mastery: how well a learner knows a question, a section and a topic, from recent answers and FSRS memory.
//
//   question mastery = 0                                   if never answered
//                    = 0.5 x recent accuracy (last 3 answers, partial credit counts)
//                    + 0.5 x retrievability (FSRS: the probability of recalling it now)
//   section / topic mastery = the mean over their quiz questions (unanswered ones count as 0)
//
// Accuracy alone would call a question "mastered" after one lucky answer; retrievability alone ignores
// partial credit. Together they rise with correct answers and fall as time passes without review.
import { studyItems, type Content, type Question } from '../content/model.js';
import type { Progress } from '../progress/model.js';
import { retrievability } from './schedule.js';

export function questionMastery(progress: Progress, id: string, now: Date): number {
  const entry = progress.questions[id];
  if (!entry || entry.attempts.length === 0) return 0;
  const recent = entry.attempts.slice(-3);
  const accuracy = recent.reduce((s, a) => s + a.score, 0) / recent.length;
  const memory = entry.card ? retrievability(entry.card, now) : accuracy;
  return 0.5 * accuracy + 0.5 * memory;
}

export function meanMastery(progress: Progress, questions: readonly Question[], now: Date): number {
  if (questions.length === 0) return 0;
  return questions.reduce((s, q) => s + questionMastery(progress, q.id, now), 0) / questions.length;
}

export interface DueSummary {
  dueNow: Question[];
  dueToday: number;
  dueThisWeek: number;
  nextDue: Date | null;
}

/** Questions whose review is due, most overdue first. Questions no longer in the bank are ignored. */
export function dueQuestions(content: Content, progress: Progress, now: Date): DueSummary {
  // Local calendar days, not 24-hour steps: across a change to or from summer time a week is not 7 x 24 hours.
  const endOfDay = (daysAhead: number) => new Date(now.getFullYear(), now.getMonth(), now.getDate() + daysAhead, 23, 59, 59, 999);
  const endOfToday = endOfDay(0);
  const weekAhead = endOfDay(6);
  const withDue = studyItems(content)
    .map((q) => ({ q, due: new Date(progress.questions[q.id]?.card?.due ?? NaN) }))
    .filter((x) => !Number.isNaN(x.due.getTime()))
    .sort((a, b) => a.due.getTime() - b.due.getTime());
  const later = withDue.find((x) => x.due > now);
  return {
    dueNow: withDue.filter((x) => x.due <= now).map((x) => x.q),
    dueToday: withDue.filter((x) => x.due <= endOfToday).length,
    dueThisWeek: withDue.filter((x) => x.due <= weekAhead).length,
    nextDue: later ? later.due : null,
  };
}

/** Answered questions with the lowest mastery first: material for extra practice. */
export function weakestQuestions(content: Content, progress: Progress, now: Date, limit: number): Question[] {
  return studyItems(content)
    .filter((q) => (progress.questions[q.id]?.attempts.length ?? 0) > 0)
    .map((q) => ({ q, m: questionMastery(progress, q.id, now) }))
    .sort((a, b) => a.m - b.m)
    .slice(0, limit)
    .map((x) => x.q);
}

/** A calendar day as YYYY-MM-DD (`month0` counts from 0, as Date does). */
function dayKey(year: number, month0: number, day: number): string {
  return `${year}-${String(month0 + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function localDay(d: Date): string {
  return dayKey(d.getFullYear(), d.getMonth(), d.getDate());
}

/**
 * The local calendar day `days` before the day of `d`, as YYYY-MM-DD. Counted on calendar dates (UTC arithmetic on
 * the local date's numbers), never by stepping a Date: in a zone that skips a day (Samoa, 2011-12-30) or repeats
 * one, setDate(getDate() - 1) can land on the same day again and a loop counting back never ends.
 */
export function calendarDayBefore(d: Date, days: number): string {
  const day = new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate() - days));
  return dayKey(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate());
}

/** Answers per local calendar day, from every attempt in the file. */
export function activityByDay(progress: Progress): Map<string, number> {
  const days = new Map<string, number>();
  for (const q of Object.values(progress.questions)) {
    for (const a of q.attempts) {
      const d = new Date(a.at);
      if (Number.isNaN(d.getTime())) continue;
      const key = localDay(d);
      days.set(key, (days.get(key) ?? 0) + 1);
    }
  }
  return days;
}

/** Consecutive days with study, ending today (or yesterday, so a streak is not lost before today's session). */
export function studyStreak(progress: Progress, now: Date): number {
  const days = activityByDay(progress);
  let back = days.has(calendarDayBefore(now, 0)) ? 0 : 1;
  let streak = 0;
  // A skipped calendar day (no local time has it) does not break a streak.
  while (
    days.has(calendarDayBefore(now, back)) ||
    (streak > 0 && skippedDay(calendarDayBefore(now, back)) && days.has(calendarDayBefore(now, back + 1)))
  ) {
    if (days.has(calendarDayBefore(now, back))) streak++;
    back++;
  }
  return streak;
}

/** Accuracy per week for the last `weeks` weeks, oldest first; null for a week without answers. */
export function weeklyAccuracy(progress: Progress, now: Date, weeks: number): (number | null)[] {
  const out: { sum: number; n: number }[] = Array.from({ length: weeks }, () => ({ sum: 0, n: 0 }));
  for (const q of Object.values(progress.questions)) {
    for (const a of q.attempts) {
      const age = Math.floor((now.getTime() - new Date(a.at).getTime()) / (7 * 86400000));
      if (age >= 0 && age < weeks) {
        out[weeks - 1 - age]!.sum += a.score;
        out[weeks - 1 - age]!.n += 1;
      }
    }
  }
  return out.map((w) => (w.n ? w.sum / w.n : null));
}

/** Whether no local time falls on this calendar day (a zone that jumped over it). */
function skippedDay(day: string): boolean {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const noon = new Date(y, m - 1, d, 12);
  return localDay(noon) !== day;
}

export { localDay };
