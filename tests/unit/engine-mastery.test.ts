// Mastery, due reviews, streaks, weekly accuracy and the progress report, from small in-memory progress with
// fixed clocks. Calendar days are the learner's local days: the times here are built in local time, so the tests
// hold in any time zone. (Jest's process.env is a copy: setting TZ inside a test does not change the zone.)
import { describe, expect, test } from '@jest/globals';
import { Rating } from 'ts-fsrs';
import type { Content, Lesson, Question } from '../../src/content/model.js';
import {
  activityByDay,
  calendarDayBefore,
  dueQuestions,
  meanMastery,
  questionMastery,
  studyStreak,
  weakestQuestions,
  weeklyAccuracy,
} from '../../src/engine/mastery.js';
import { buildProgressReport, suggestNext, type LessonReport } from '../../src/engine/progress-report.js';
import { retrievability, scheduleNext, type StoredCard } from '../../src/engine/schedule.js';
import { emptyProgress, type Progress } from '../../src/progress/model.js';

const base = { explanation: 'because', why: {}, application: false, where: 'x' };
const question = (id: string, lesson: string, section: string): Question => ({
  ...base,
  id,
  lesson,
  section,
  kind: 'truefalse',
  prompt: `Statement ${id}`,
  answer: true,
});
const lesson = (id: string, sections: string[]): Lesson => ({
  id,
  title: `Lesson ${id}`,
  summary: '',
  order: 1,
  sources: [],
  sections: sections.map((s) => ({
    id: s,
    title: `Section ${s}`,
    body: '',
    example: '',
    keyPoints: [],
    check: question(`${id}-${s}-check`, id, s),
  })),
});
const content = (lessons: Lesson[], questions: Question[]): Content =>
  ({
    lessons,
    questions,
    concepts: [],
    glossary: [],
    lexicon: { synonyms: [], siblings: [] },
    sources: { about: '', list: [] },
    warnings: [],
  }) as Content;

/** Local time on a day of March 2026 (0 is 28 February). */
const march = (day: number, h = 0, min = 0, sec = 0, ms = 0) => new Date(2026, 2, day, h, min, sec, ms);
const NOW = march(2, 10);
const hoursAgo = (h: number, from = NOW) => new Date(from.getTime() - h * 3600000).toISOString();
const daysAgo = (d: number, from = NOW) => hoursAgo(d * 24, from);

/** Progress with these questions answered: scores oldest first, an hour apart, ending at `last`. */
function answered(
  entries: Record<string, { scores: number[]; last?: string; card?: StoredCard }>,
  p: Progress = emptyProgress(),
): Progress {
  for (const [id, { scores, last = NOW.toISOString(), card }] of Object.entries(entries)) {
    const end = new Date(last);
    p.questions[id] = {
      attempts: scores.map((score, i) => ({ at: hoursAgo(scores.length - 1 - i, end), score, hints: 0 })),
      ...(card ? { card } : {}),
    };
  }
  return p;
}
const cardDue = (due: string | Date): StoredCard => ({
  ...scheduleNext(undefined, Rating.Good, march(-20)),
  due: typeof due === 'string' ? due : due.toISOString(),
});

describe('questionMastery', () => {
  test('nothing answered is 0, also where a card survived without attempts', () => {
    expect(questionMastery(emptyProgress(), 'q', NOW)).toBe(0);
    const p = emptyProgress();
    p.questions.q = { attempts: [], card: scheduleNext(undefined, Rating.Good, NOW) };
    expect(questionMastery(p, 'q', NOW)).toBe(0);
  });

  test('without a card, it is the accuracy of the last three answers, partial credit included', () => {
    const p = answered({ good: { scores: [0, 0, 1, 1, 1] }, mixed: { scores: [1, 1, 0, 0.5, 0.25] }, once: { scores: [0.5] } });
    expect(questionMastery(p, 'good', NOW)).toBe(1);
    expect(questionMastery(p, 'mixed', NOW)).toBe(0.25);
    expect(questionMastery(p, 'once', NOW)).toBe(0.5);
  });

  test('with a card, half is accuracy and half is the chance of recalling it now', () => {
    const card = scheduleNext(undefined, Rating.Good, NOW);
    const p = answered({ q: { scores: [1, 0], card } });
    expect(questionMastery(p, 'q', NOW)).toBe(0.5 * 0.5 + 0.5 * 1);
    const later = new Date(NOW.getTime() + 5 * 86400000);
    expect(questionMastery(p, 'q', later)).toBeCloseTo(0.25 + 0.5 * retrievability(card, later), 10);
    expect(questionMastery(p, 'q', later)).toBeLessThan(0.75);
  });

  test('a card reviewed "in the future" (a clock stepped back) counts as fresh', () => {
    const p = answered({ q: { scores: [0], card: scheduleNext(undefined, Rating.Again, march(5, 10)) } });
    expect(questionMastery(p, 'q', NOW)).toBe(0.5);
  });
});

describe('meanMastery', () => {
  test('averages over the questions given, unanswered ones counting 0; no questions is 0', () => {
    const p = answered({ a: { scores: [1] }, b: { scores: [0.5] } });
    const qs = ['a', 'b', 'c'].map((id) => question(id, 't', 's'));
    expect(meanMastery(p, qs, NOW)).toBe(0.5);
    expect(meanMastery(p, qs.slice(0, 1), NOW)).toBe(1);
    expect(meanMastery(p, [], NOW)).toBe(0);
  });
});

describe('dueQuestions', () => {
  const bank = ['late-1h', 'unscheduled', 'never', 'now', 'late-1d', 'next-week'].map((id) => question(id, 'a', 's'));
  const c = content([lesson('a', ['s1', 's2'])], bank);
  const p = () => {
    const progress = answered({
      'late-1h': { scores: [0], card: cardDue(hoursAgo(1)) },
      now: { scores: [0], card: cardDue(NOW.toISOString()) },
      'late-1d': { scores: [0], card: cardDue(daysAgo(1)) },
      'next-week': { scores: [1], card: cardDue(march(9)) },
      'a-s1-check': { scores: [1], card: cardDue(march(2, 23, 59, 59, 999)) },
      'a-s2-check': { scores: [1], card: cardDue(march(8, 23, 59, 59, 999)) },
      gone: { scores: [0], card: cardDue(daysAgo(3)) },
      unscheduled: { scores: [0] },
    });
    return progress;
  };

  test('due now: most overdue first, section checks included, questions no longer in the bank ignored', () => {
    const due = dueQuestions(c, p(), NOW);
    expect(due.dueNow.map((q) => q.id)).toEqual(['late-1d', 'late-1h', 'now']);
  });

  test('today ends at local midnight, the week six days after that; the next review is the first one after now', () => {
    const due = dueQuestions(c, p(), NOW);
    expect(due.dueToday).toBe(4);
    expect(due.dueThisWeek).toBe(5);
    expect(due.nextDue).toEqual(march(2, 23, 59, 59, 999));
  });

  test('a review due a millisecond after now is not due yet, and midnight starts tomorrow', () => {
    const progress = answered({
      'late-1h': { scores: [0], card: cardDue(new Date(NOW.getTime() + 1)) },
      now: { scores: [0], card: cardDue(march(3)) },
    });
    const due = dueQuestions(c, progress, NOW);
    expect(due.dueNow).toEqual([]);
    expect(due.dueToday).toBe(1);
    expect(due.dueThisWeek).toBe(2);
    expect(due.nextDue).toEqual(new Date(NOW.getTime() + 1));
  });

  test('nothing scheduled, or a due date that cannot be read, is nothing due and no next review', () => {
    expect(dueQuestions(c, emptyProgress(), NOW)).toEqual({ dueNow: [], dueToday: 0, dueThisWeek: 0, nextDue: null });
    const broken = answered({ now: { scores: [0], card: cardDue('not a date') } });
    expect(dueQuestions(c, broken, NOW)).toEqual({ dueNow: [], dueToday: 0, dueThisWeek: 0, nextDue: null });
    const allPast = answered({ now: { scores: [0], card: cardDue(hoursAgo(2)) } });
    expect(dueQuestions(c, allPast, NOW).nextDue).toBeNull();
  });
});

describe('weakestQuestions', () => {
  const bank = ['strong', 'weak', 'never', 'middling', 'weakest'].map((id) => question(id, 't', 's'));
  const c = content([], bank);
  const p = answered({ strong: { scores: [1] }, weak: { scores: [0.25] }, middling: { scores: [0.5] }, weakest: { scores: [0] } });

  test('answered questions only, lowest mastery first, at most `limit`', () => {
    expect(weakestQuestions(c, p, NOW, 10).map((q) => q.id)).toEqual(['weakest', 'weak', 'middling', 'strong']);
    expect(weakestQuestions(c, p, NOW, 2).map((q) => q.id)).toEqual(['weakest', 'weak']);
    expect(weakestQuestions(c, p, NOW, 0)).toEqual([]);
  });

  test('an entry whose attempts were all taken back is not "answered"', () => {
    const q = answered({ strong: { scores: [1] } });
    q.questions.weak = { attempts: [], card: scheduleNext(undefined, Rating.Again, NOW) };
    expect(weakestQuestions(c, q, NOW, 10).map((x) => x.id)).toEqual(['strong']);
  });
});

describe('activity, streaks and weekly accuracy', () => {
  const studied = (...times: string[]) => {
    const p = emptyProgress();
    p.questions.q = { attempts: times.map((at) => ({ at, score: 1, hints: 0 })) };
    return p;
  };

  test('answers are counted per local calendar day; an attempt with an unreadable time is left out', () => {
    const p = studied(march(1, 23, 30).toISOString(), march(2, 0, 30).toISOString(), march(2, 9).toISOString(), 'garbage');
    p.questions.other = { attempts: [{ at: march(-20, 12).toISOString(), score: 0, hints: 0 }] };
    expect([...activityByDay(p)]).toEqual([
      ['2026-03-01', 1],
      ['2026-03-02', 2],
      ['2026-02-08', 1],
    ]);
  });

  test.each([
    ['nothing studied', [], 0],
    ['today only', [hoursAgo(1)], 1],
    ['today and the two days before', [hoursAgo(1), daysAgo(1), daysAgo(2)], 3],
    ['the last two days but not yet today: the streak still stands', [daysAgo(1), daysAgo(2)], 2],
    ['today, then a day off, then study', [hoursAgo(1), daysAgo(2), daysAgo(3)], 1],
    ['last studied two days ago', [daysAgo(2), daysAgo(3)], 0],
    ['many answers on one day count one day', [hoursAgo(1), hoursAgo(2), hoursAgo(3)], 1],
  ])('streak: %s', (_name, times, days) => expect(studyStreak(studied(...times), NOW)).toBe(days));

  test('weekly accuracy: oldest week first, a week without answers is null, future and older answers are left out', () => {
    const p = emptyProgress();
    const attempt = (at: string, score: number) => ({ at, score, hints: 0 });
    p.questions.a = {
      attempts: [
        attempt(hoursAgo(1), 1),
        attempt(daysAgo(6.9), 0),
        attempt(daysAgo(7), 0.5),
        attempt(daysAgo(27.9), 0.25),
        attempt(daysAgo(28), 1),
        attempt(hoursAgo(-1), 0), // ahead of the clock
        attempt('garbage', 0),
      ],
    };
    p.questions.b = { attempts: [attempt(daysAgo(8), 1)] };
    expect(weeklyAccuracy(p, NOW, 4)).toEqual([0.25, null, 0.75, 0.5]);
    expect(weeklyAccuracy(p, NOW, 1)).toEqual([0.5]);
    expect(weeklyAccuracy(emptyProgress(), NOW, 2)).toEqual([null, null]);
  });

  test('calendar days count back over month and year ends', () => {
    expect(calendarDayBefore(new Date(2026, 0, 1, 10), 1)).toBe('2025-12-31');
    expect(calendarDayBefore(NOW, 2)).toBe('2026-02-28');
    expect(calendarDayBefore(new Date(2026, 9, 5, 10), 0)).toBe('2026-10-05');
    expect(calendarDayBefore(new Date(2026, 10, 25, 23, 59), 24)).toBe('2026-11-01');
  });
});

describe('the progress report', () => {
  const lessons = [lesson('basics', ['b1', 'b2']), lesson('funcs', ['f1'])];
  const bank = [question('basics-1', 'basics', 'b1'), question('basics-2', 'basics', 'b2'), question('funcs-1', 'funcs', 'f1')];
  const c = content(lessons, bank);

  function progress() {
    const p = answered({
      'basics-1': { scores: [0, 1], last: daysAgo(1) },
      'basics-b1-check': { scores: [0.5], last: hoursAgo(2) },
      'funcs-1': { scores: [1], card: cardDue(daysAgo(1)) },
      gone: { scores: [1] },
    });
    p.lessons.basics = { lastSection: 'b2', completed: ['b1', 'b2', 'old-section'], updatedAt: NOW.toISOString() };
    p.lessons.funcs = { lastSection: 'f1', completed: [], updatedAt: NOW.toISOString() };
    return p;
  }

  test('per lesson: quiz questions and section checks alike, sections read, answers and accuracy', () => {
    const report = buildProgressReport(c, progress(), NOW);
    const [basics, funcs] = report.lessons;
    expect(basics).toEqual({
      id: 'basics',
      title: 'Lesson basics',
      mastery: (1 / 2 + 0.5) / 4,
      sectionsRead: 2,
      sections: 2,
      questions: 4,
      answered: 2,
      attempts: 3,
      accuracy: 0.5,
      sectionMastery: [
        { id: 'b1', title: 'Section b1', mastery: (1 / 2 + 0.5) / 2 },
        { id: 'b2', title: 'Section b2', mastery: 0 },
      ],
    });
    expect(funcs).toMatchObject({ id: 'funcs', sectionsRead: 0, sections: 1, questions: 2, answered: 1, attempts: 1, accuracy: 1 });
    expect(funcs!.mastery).toBeGreaterThan(0);
    expect(funcs!.mastery).toBeLessThan(0.5);
  });

  test('a topic with nothing answered has no accuracy (not 0%) and no mastery', () => {
    const report = buildProgressReport(c, emptyProgress(), NOW);
    expect(report.lessons.map((t) => [t.accuracy, t.mastery, t.answered, t.attempts, t.sectionsRead])).toEqual([
      [null, 0, 0, 0, 0],
      [null, 0, 0, 0, 0],
    ]);
  });

  test('due reviews, streak, weekly accuracy and the 84-day activity calendar', () => {
    const report = buildProgressReport(c, progress(), NOW);
    expect(report.due).toEqual({ now: 1, today: 1, thisWeek: 1, next: null });
    expect(report.streakDays).toBe(2);
    // Every answer in the file counts, also those to questions no longer in the bank.
    expect(report.weeklyAccuracy).toEqual([null, null, null, 3.5 / 5]);
    expect(report.activity).toHaveLength(84);
    expect(report.activity[0]).toEqual({ day: '2025-12-09', answers: 0 });
    expect(report.activity.slice(-2)).toEqual([
      { day: '2026-03-01', answers: 2 },
      { day: '2026-03-02', answers: 3 },
    ]);
    expect(report.next).toEqual({ action: 'review', due: 1 });
  });

  test('the next review is given as a time', () => {
    const p = answered({ 'funcs-1': { scores: [1], card: cardDue(march(4, 8)) } });
    expect(buildProgressReport(c, p, NOW).due).toEqual({ now: 0, today: 0, thisWeek: 1, next: march(4, 8).toISOString() });
  });

  test('with nothing due, the next step is the first lesson with sections left to read', () => {
    const p = progress();
    p.questions['funcs-1']!.card = cardDue(march(20));
    expect(buildProgressReport(c, p, NOW).next).toEqual({ action: 'learn', lesson: 'funcs', read: 0, sections: 1 });
  });
});

describe('suggestNext', () => {
  const topic = (id: string, sectionsRead: number, sections: number, mastery: number): LessonReport => ({
    id,
    title: id,
    mastery,
    sectionsRead,
    sections,
    questions: 4,
    answered: 1,
    attempts: 1,
    accuracy: null,
    sectionMastery: [],
  });

  test('all read: practise the weakest topic, wherever it stands in the course', () => {
    const topics = [topic('a', 2, 2, 0.6), topic('b', 1, 1, 0.2), topic('c', 3, 3, 0.9), topic('d', 1, 1, 0.4)];
    expect(suggestNext(topics, 0)).toEqual({ action: 'quiz', lesson: 'b', mastery: 0.2 });
    expect(topics.map((t) => t.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  test('one review due comes before any reading', () => {
    expect(suggestNext([topic('a', 0, 2, 0)], 1)).toEqual({ action: 'review', due: 1 });
  });

  test('a topic read to the last section is not suggested for reading', () => {
    expect(suggestNext([topic('a', 2, 2, 0.1), topic('b', 1, 3, 0.9)], 0)).toEqual({ action: 'learn', lesson: 'b', read: 1, sections: 3 });
  });
});
