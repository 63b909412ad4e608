// Streaks and the activity calendar count calendar days, also where a time zone skips or repeats one.
// The old code stepped a Date back with setDate(getDate() - 1), which in Samoa (no 2011-12-30) landed on
// 2011-12-31 again: `nm-tutor progress` spun forever at 100% CPU (issue 12, item 22).
import { afterEach, describe, expect, test } from '@jest/globals';
import { calendarDayBefore, studyStreak } from '../../src/engine/mastery.js';
import { buildProgressReport } from '../../src/engine/progress-report.js';
import { emptyProgress, recordAnswer } from '../../src/progress/model.js';

const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

function studiedOn(...times: string[]) {
  const p = emptyProgress();
  times.forEach((at, i) => recordAnswer(p, `q${i}`, { at, score: 1, hints: 0 }, undefined));
  return p;
}

describe('calendar days (item 22)', () => {
  test.each([
    // Samoa skipped 2011-12-30 (midnight of the 29th became midnight of the 31st).
    ['Pacific/Apia', '2011-12-31T00:00:00Z', ['2011-12-29T20:00:00Z', '2011-12-30T22:00:00Z'], 2],
    // A DST change (one day of 23 hours, one of 25) neither breaks a streak nor counts a day twice.
    ['Europe/Berlin', '2026-03-30T10:00:00Z', ['2026-03-28T10:00:00Z', '2026-03-29T10:00:00Z', '2026-03-30T09:00:00Z'], 3],
    ['America/Sao_Paulo', '2018-11-05T15:00:00Z', ['2018-11-03T15:00:00Z', '2018-11-04T15:00:00Z', '2018-11-05T15:00:00Z'], 3],
  ])('in %s the streak ending %s is counted on calendar days', (tz, now, days, streak) => {
    process.env.TZ = tz;
    expect(studyStreak(studiedOn(...days), new Date(now))).toBe(streak);
  });

  test('the 84-day activity calendar has 84 distinct, consecutive days across a skipped day', () => {
    process.env.TZ = 'Pacific/Apia';
    const report = buildProgressReport(
      { lessons: [], questions: [], concepts: [], glossary: [], warnings: [] } as never,
      studiedOn('2011-12-31T08:00:00Z'),
      new Date('2012-01-15T10:00:00Z'),
    );
    const days = report.activity.map((a) => a.day);
    expect(new Set(days).size).toBe(84);
    expect(days.at(-1)).toBe('2012-01-15');
    expect(days.at(0)).toBe('2011-10-24');
    expect(report.activity.find((a) => a.day === '2011-12-31')!.answers).toBe(1);
  });

  test.each([
    ['2026-03-01T12:00:00', 1, '2026-02-28'],
    ['2024-03-01T12:00:00', 1, '2024-02-29'],
    ['2026-01-01T00:30:00', 1, '2025-12-31'],
    ['2026-05-10T12:00:00', 0, '2026-05-10'],
  ])('%s minus %d day(s) is %s', (local, days, expected) => {
    process.env.TZ = 'UTC';
    expect(calendarDayBefore(new Date(local), days)).toBe(expected);
  });
});
