// Streaks and the activity calendar count calendar days, also where a time zone skips or repeats one.
// The old code stepped a Date back with setDate(getDate() - 1), which in Samoa (no 2011-12-30) landed on
// 2011-12-31 again: `nm-tutor progress` spun forever at 100% CPU (issue 12, item 22).
// The zones are real: the cases run in a child process (tests/support/zone-cases.ts), where TZ takes effect.
import { beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { repoRoot } from '../support/run-cli.js';
import type { ZoneCase } from '../support/zone-cases.js';

let script = '';
beforeAll(() => {
  script = path.join(mkdtempSync(path.join(tmpdir(), 'nm-tutor-zones-')), 'zone-cases.mjs');
  buildSync({
    entryPoints: [path.join(repoRoot, 'tests/support/zone-cases.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: script,
    logLevel: 'error',
  });
});

function inZones(cases: ZoneCase[]): { offset: number; value: unknown }[] {
  return JSON.parse(execFileSync(process.execPath, [script, JSON.stringify(cases)], { encoding: 'utf8' }));
}

describe('calendar days in real time zones (item 22)', () => {
  test('streaks count calendar days where a day is skipped or has 23 or 25 hours', () => {
    const cases: ZoneCase[] = [
      // Samoa skipped 2011-12-30 (midnight of the 29th became midnight of the 31st).
      { tz: 'Pacific/Apia', run: 'streak', now: '2011-12-31T00:00:00Z', days: ['2011-12-29T20:00:00Z', '2011-12-30T22:00:00Z'] },
      // Summer time starts: one day of 23 hours neither breaks a streak nor counts a day twice.
      {
        tz: 'Europe/Berlin',
        run: 'streak',
        now: '2026-03-30T10:00:00Z',
        days: ['2026-03-28T10:00:00Z', '2026-03-29T10:00:00Z', '2026-03-30T09:00:00Z'],
      },
      {
        tz: 'America/Sao_Paulo',
        run: 'streak',
        now: '2018-11-05T15:00:00Z',
        days: ['2018-11-03T15:00:00Z', '2018-11-04T15:00:00Z', '2018-11-05T15:00:00Z'],
      },
      // Three days of study around the skipped day: the day that does not exist does not break the streak.
      {
        tz: 'Pacific/Apia',
        run: 'streak',
        now: '2011-12-31T00:00:00Z',
        days: ['2011-12-28T20:00:00Z', '2011-12-29T20:00:00Z', '2011-12-30T22:00:00Z'],
      },
      // The same answers in UTC: Samoa's two local days are one UTC day apart, so the streak is still two.
      { tz: 'UTC', run: 'streak', now: '2011-12-31T00:00:00Z', days: ['2011-12-29T20:00:00Z', '2011-12-30T22:00:00Z'] },
    ];
    const results = inZones(cases);
    // Each zone really was in force (offsets on 2011-12-29): Apia UTC-10 before the skip, Berlin +1, Sao Paulo -2.
    expect(results.map((r) => r.offset)).toEqual([600, -60, 120, 600, 0]);
    expect(results.map((r) => r.value)).toEqual([2, 3, 3, 3, 2]);
  });

  test('the 84-day activity calendar has 84 distinct, consecutive days across a skipped day', () => {
    const [result] = inZones([{ tz: 'Pacific/Apia', run: 'activity', now: '2012-01-15T08:00:00Z', days: ['2011-12-31T08:00:00Z'] }]);
    const activity = result!.value as { day: string; answers: number }[];
    const days = activity.map((a) => a.day);
    expect(new Set(days).size).toBe(84);
    expect(days.at(-1)).toBe('2012-01-15');
    expect(days.at(0)).toBe('2011-10-24');
    // 08:00 UTC is 22:00 the same day in Samoa (UTC+14 that summer), for the answer and for 'now' alike.
    expect(activity.find((a) => a.day === '2011-12-31')!.answers).toBe(1);
  });

  test('a day before a local time is the calendar day before, also over a skipped day', () => {
    const results = inZones([
      { tz: 'UTC', run: 'dayBefore', local: '2026-03-01T12:00:00', days: 1 },
      { tz: 'UTC', run: 'dayBefore', local: '2024-03-01T12:00:00', days: 1 },
      { tz: 'UTC', run: 'dayBefore', local: '2026-01-01T00:30:00', days: 1 },
      { tz: 'UTC', run: 'dayBefore', local: '2026-05-10T12:00:00', days: 0 },
      { tz: 'Pacific/Apia', run: 'dayBefore', local: '2011-12-31T12:00:00', days: 1 },
      { tz: 'Pacific/Apia', run: 'dayBefore', local: '2011-12-31T12:00:00', days: 2 },
    ]);
    expect(results.map((r) => r.value)).toEqual(['2026-02-28', '2024-02-29', '2025-12-31', '2026-05-10', '2011-12-30', '2011-12-29']);
  });
});
