// Calendar code run under real time zones, in a process of its own: jest's process.env is a copy, so setting
// TZ inside a test changes nothing, while here (plain Node) each assignment switches the zone at once.
// tests/unit/calendar.test.ts bundles this file with esbuild and runs it with the cases as JSON.
import { calendarDayBefore, studyStreak } from '../../src/engine/mastery.js';
import { buildProgressReport } from '../../src/engine/progress-report.js';
import { emptyProgress, recordAnswer } from '../../src/progress/model.js';

export type ZoneCase =
  | { tz: string; run: 'streak'; now: string; days: string[] }
  | { tz: string; run: 'activity'; now: string; days: string[] }
  | { tz: string; run: 'dayBefore'; local: string; days: number };

function studiedOn(...times: string[]) {
  const p = emptyProgress();
  times.forEach((at, i) => recordAnswer(p, `q${i}`, { at, score: 1, hints: 0 }, undefined));
  return p;
}

function run(c: ZoneCase): unknown {
  switch (c.run) {
    case 'streak':
      return studyStreak(studiedOn(...c.days), new Date(c.now));
    case 'activity': {
      const content = { lessons: [], questions: [], concepts: [], glossary: [], warnings: [] } as never;
      return buildProgressReport(content, studiedOn(...c.days), new Date(c.now)).activity;
    }
    case 'dayBefore':
      return calendarDayBefore(new Date(c.local), c.days);
  }
}

const cases = JSON.parse(process.argv[2] ?? '[]') as ZoneCase[];
const results = cases.map((c) => {
  process.env.TZ = c.tz;
  // The offset proves the zone took effect (the UTC offset on 2011-12-29 differs in every zone used).
  return { offset: new Date('2011-12-29T12:00:00Z').getTimezoneOffset(), value: run(c) };
});
process.stdout.write(JSON.stringify(results));
