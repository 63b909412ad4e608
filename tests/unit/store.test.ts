import { describe, expect, test } from '@jest/globals';
import { appendFileSync, chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { UserError } from '../../src/errors.js';
import { checkProgressShape, recordAnswer, recordSection, type Progress } from '../../src/progress/model.js';
import { openProgressStore } from '../../src/progress/store.js';

function dir() {
  return mkdtempSync(path.join(tmpdir(), 'nm-store-'));
}
const attempt = (at: string) => ({ at, score: 1, hints: 0 });

describe('progress store', () => {
  test('a missing file starts fresh and the first save creates it', () => {
    const file = path.join(dir(), 'sub', 'progress.json');
    const store = openProgressStore(file, () => {});
    recordAnswer(store.progress, 'q1', attempt('2026-01-01T00:00:00Z'), undefined);
    expect(store.save()).toBe(true);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ formatVersion: 3, questions: { q1: { attempts: [{ score: 1 }] } } });
  });

  test.each([
    ['bad JSON', '{"formatVersion": 1, "questions": {'],
    ['wrong shape', '{"formatVersion": 1, "questions": [], "lessons": {}}'],
    ['not an object', '42'],
  ])('a corrupt file (%s) is set aside with a warning, never overwritten', (_name, text) => {
    const d = dir();
    const file = path.join(d, 'progress.json');
    writeFileSync(file, text);
    const warnings: string[] = [];
    const store = openProgressStore(
      file,
      (w) => warnings.push(w),
      () => new Date('2026-05-01T12:00:00Z'),
    );
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('progress.json.corrupt-2026-05-01T12-00-00-000Z');
    expect(readFileSync(path.join(d, 'progress.json.corrupt-2026-05-01T12-00-00-000Z'), 'utf8')).toBe(text);
    expect(Object.keys(store.progress.questions)).toHaveLength(0);
  });

  test('a newer format is refused and left untouched', () => {
    const file = path.join(dir(), 'progress.json');
    const text = '{"formatVersion": 99, "questions": {}, "lessons": {}}';
    writeFileSync(file, text);
    expect(() => openProgressStore(file, () => {})).toThrow(UserError);
    expect(() => openProgressStore(file, () => {})).toThrow(/format 99, newer than this nm-tutor understands \(3\)\. Upgrade nm-tutor/);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  test('a read-only folder: one warning, the session goes on in memory, the old file is intact', () => {
    if (process.getuid?.() === 0) {
      // root ignores permissions; simulate the failure with a path under a regular file instead.
      const d = dir();
      writeFileSync(path.join(d, 'blocker'), 'x');
      const warnings: string[] = [];
      const store = openProgressStore(path.join(d, 'blocker', 'progress.json'), (w) => warnings.push(w));
      recordAnswer(store.progress, 'q1', attempt('2026-01-01T00:00:00Z'), undefined);
      expect(store.save()).toBe(false);
      expect(store.save()).toBe(false);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/Could not save progress .*continues in memory and tries again/);
      expect(store.progress.questions.q1).toBeDefined();
      return;
    }
    const d = dir();
    const file = path.join(d, 'progress.json');
    writeFileSync(file, '{"formatVersion":2,"questions":{},"lessons":{}}');
    chmodSync(d, 0o500);
    const warnings: string[] = [];
    const store = openProgressStore(file, (w) => warnings.push(w));
    recordAnswer(store.progress, 'q1', attempt('2026-01-01T00:00:00Z'), undefined);
    expect(store.save()).toBe(false);
    expect(warnings).toHaveLength(1);
    chmodSync(d, 0o700);
    expect(readFileSync(file, 'utf8')).toBe('{"formatVersion":2,"questions":{},"lessons":{}}');
  });

  test('two stores on one file merge instead of overwriting each other', () => {
    const file = path.join(dir(), 'progress.json');
    const a = openProgressStore(file, () => {});
    const b = openProgressStore(file, () => {});
    recordAnswer(a.progress, 'qa', attempt('2026-01-01T00:00:01Z'), undefined);
    a.save();
    recordAnswer(b.progress, 'qb', attempt('2026-01-01T00:00:02Z'), undefined);
    b.save();
    const onDisk = JSON.parse(readFileSync(file, 'utf8'));
    expect(Object.keys(onDisk.questions).sort()).toEqual(['qa', 'qb']);
  });

  test('a lock left by a dead process does not block saving', () => {
    const d = dir();
    const file = path.join(d, 'progress.json');
    writeFileSync(`${file}.lock`, '999999');
    const store = openProgressStore(file, () => {});
    expect(store.save()).toBe(true);
    expect(readdirSync(d).sort()).toEqual(['progress.json']);
  });

  test('a lock held by a live session is waited for, never deleted; the save then fails with a warning', () => {
    const d = dir();
    const file = path.join(d, 'progress.json');
    writeFileSync(`${file}.lock`, String(process.pid));
    const warnings: string[] = [];
    const store = openProgressStore(file, (w) => warnings.push(w), { lock: { waitMs: 300 } });
    recordAnswer(store.progress, 'q', attempt('2026-01-01T00:00:01Z'), undefined);
    expect(store.save()).toBe(false);
    expect(warnings.join('')).toMatch(/another nm-tutor session is holding the progress lock/);
    expect(readFileSync(`${file}.lock`, 'utf8')).toBe(String(process.pid));
  });

  test('the shape checker never throws on arbitrary JSON (fuzz)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = checkProgressShape(value);
        expect('progress' in result || 'problem' in result).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  test('a format-1 file is migrated: answers kept, written back once as format 3', () => {
    const file = path.join(dir(), 'progress.json');
    writeFileSync(
      file,
      JSON.stringify({ formatVersion: 1, questions: { q1: { attempts: [attempt('2026-01-01T00:00:00Z')] } }, lessons: {} }),
    );
    const store = openProgressStore(file, () => {});
    expect(store.progress.questions.q1!.attempts).toHaveLength(1);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ formatVersion: 3, questions: { q1: { attempts: [{ score: 1 }] } } });
  });
});

describe('the journal of a long history', () => {
  const journalAlways = { journalAboveBytes: 0 };
  const at = (n: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, n)).toISOString();
  const attemptsOf = (p: Progress) => Object.fromEntries(Object.entries(p.questions).map(([id, q]) => [id, q.attempts.map((a) => a.at)]));

  function seeded(questions: number) {
    const file = path.join(dir(), 'progress.json');
    const store = openProgressStore(file, () => {}, journalAlways);
    for (let i = 0; i < questions; i++) recordAnswer(store.progress, `q${i}`, attempt(at(i)), undefined);
    store.save(); // no file yet: written whole
    return { file, store };
  }

  test('a save appends only the changed questions; reopening replays them; the file itself is untouched', () => {
    const { file, store } = seeded(50);
    const before = readFileSync(file, 'utf8');
    recordAnswer(store.progress, 'q7', attempt(at(100)), undefined);
    recordSection(store.progress, 'functions', 'overview', true, new Date(at(101)));
    expect(store.save()).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(before);
    const lines = readFileSync(`${file}.journal`, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => Object.keys(l)[0])).toEqual(['q', 'l']);
    expect(lines[0].q).toBe('q7');
    const again = openProgressStore(file, () => {}, journalAlways);
    expect(again.progress.questions.q7!.attempts.map((a) => a.at)).toEqual([at(7), at(100)]);
    expect(again.progress.lessons.functions!.completed).toEqual(['overview']);
    expect(attemptsOf(again.progress)).toEqual(attemptsOf(store.progress));
  });

  test("the journal is folded back into the file once it reaches half the file's size", () => {
    const file = path.join(dir(), 'progress.json');
    const store = openProgressStore(file, () => {}, { journalAboveBytes: 200 });
    for (let i = 0; i < 10; i++) recordAnswer(store.progress, `q${i}`, attempt(at(i)), undefined);
    store.save();
    let folded = false;
    for (let i = 0; i < 40 && !folded; i++) {
      recordAnswer(store.progress, `q${i % 10}`, attempt(at(100 + i)), undefined);
      store.save();
      folded = !existsSync(`${file}.journal`);
      if (!folded) expect(statSync(`${file}.journal`).size).toBeLessThanOrEqual(Math.max(200, statSync(file).size / 2) + 2000);
    }
    expect(folded).toBe(true);
    expect(attemptsOf(openProgressStore(file, () => {}).progress)).toEqual(attemptsOf(store.progress));
  });

  test('two lines that do not parse are counted in one warning, in the plural', () => {
    const { file, store } = seeded(5);
    recordAnswer(store.progress, 'q1', attempt(at(50)), undefined);
    store.save();
    appendFileSync(`${file}.journal`, 'not json\n{"q":"q2","s":{"attem');
    const warnings: string[] = [];
    openProgressStore(file, (w) => warnings.push(w), journalAlways);
    expect(warnings).toEqual([expect.stringContaining(`Skipped 2 unfinished lines in ${file}.journal,`)]);
  });

  test('an append cut short by a kill is skipped with a warning, and the next append starts on a new line', () => {
    const { file, store } = seeded(5);
    recordAnswer(store.progress, 'q1', attempt(at(50)), undefined);
    store.save();
    appendFileSync(`${file}.journal`, '{"q":"q2","s":{"attem');
    const warnings: string[] = [];
    const reopened = openProgressStore(file, (w) => warnings.push(w), journalAlways);
    expect(warnings).toEqual([expect.stringContaining(`Skipped 1 unfinished line in ${file}.journal,`)]);
    expect(reopened.progress.questions.q1!.attempts).toHaveLength(2);
    recordAnswer(reopened.progress, 'q3', attempt(at(60)), undefined);
    reopened.save();
    const last = openProgressStore(file, () => {}, journalAlways);
    expect(last.progress.questions.q3!.attempts.map((a) => a.at)).toEqual([at(3), at(60)]);
    expect(last.progress.questions.q1!.attempts).toHaveLength(2);
  });

  test('an undone answer stays undone after the journal is replayed', () => {
    const { file, store } = seeded(5);
    recordAnswer(store.progress, 'q2', attempt(at(70)), undefined);
    store.save();
    store.retract('q2', { at: at(70) }, undefined);
    expect(openProgressStore(file, () => {}, journalAlways).progress.questions.q2!.attempts.map((a) => a.at)).toEqual([at(2)]);
  });

  test('two sessions appending to one journal lose no answers', () => {
    const { file } = seeded(3);
    const a = openProgressStore(file, () => {}, journalAlways);
    const b = openProgressStore(file, () => {}, journalAlways);
    recordAnswer(a.progress, 'qa', attempt(at(80)), undefined);
    a.save();
    recordAnswer(b.progress, 'qb', attempt(at(81)), undefined);
    b.save();
    recordAnswer(a.progress, 'q0', attempt(at(82)), undefined);
    a.save();
    const p = openProgressStore(file, () => {}, journalAlways).progress;
    expect(Object.keys(p.questions).sort()).toEqual(['q0', 'q1', 'q2', 'qa', 'qb']);
    expect(p.questions.q0!.attempts).toHaveLength(2);
  });

  test('a corrupt file is set aside together with its journal', () => {
    const { file, store } = seeded(20);
    recordAnswer(store.progress, 'q1', attempt(at(90)), undefined);
    store.save();
    writeFileSync(file, '{"formatVersion":2,');
    openProgressStore(
      file,
      () => {},
      () => new Date('2026-05-01T12:00:00Z'),
    );
    expect(readdirSync(path.dirname(file)).sort()).toEqual([
      'progress.json.corrupt-2026-05-01T12-00-00-000Z',
      'progress.json.journal.corrupt-2026-05-01T12-00-00-000Z',
    ]);
  });

  test('whatever the sequence of answers, undos, saves and reopenings, the journal keeps what whole writes keep (property)', () => {
    type Op = { kind: 'answer'; q: number } | { kind: 'undo' } | { kind: 'save' } | { kind: 'reopen' };
    const op = fc.oneof(
      fc.record({ kind: fc.constant('answer' as const), q: fc.integer({ min: 0, max: 6 }) }),
      fc.record({ kind: fc.constant('undo' as const) }),
      fc.record({ kind: fc.constant('save' as const) }),
      fc.record({ kind: fc.constant('reopen' as const) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops: Op[]) => {
        const run = (journalAboveBytes: number) => {
          const file = path.join(dir(), 'progress.json');
          let store = openProgressStore(file, () => {}, { journalAboveBytes });
          let clock = 0;
          let last: { q: string; at: string } | undefined;
          for (const o of ops) {
            if (o.kind === 'answer') {
              last = { q: `q${o.q}`, at: at(++clock) };
              recordAnswer(store.progress, last.q, attempt(last.at), undefined);
              store.save();
            }
            if (o.kind === 'undo' && last) {
              store.retract(last.q, { at: last.at }, undefined);
              last = undefined;
            }
            if (o.kind === 'save') store.save();
            if (o.kind === 'reopen') {
              store = openProgressStore(file, () => {}, { journalAboveBytes });
              last = undefined;
            }
          }
          return attemptsOf(openProgressStore(file, () => {}, { journalAboveBytes }).progress);
        };
        expect(run(0)).toEqual(run(Number.MAX_SAFE_INTEGER));
      }),
      { numRuns: 60 },
    );
  });
});

describe('attempt dates read from the file', () => {
  const read = (at: string) => {
    const data = { formatVersion: 1, questions: { q: { attempts: [{ at, score: 1, hints: 0 }] } }, lessons: {} };
    const checked = checkProgressShape(data, new Date('2030-01-01T00:00:00.000Z'));
    return 'progress' in checked ? checked.progress.questions.q?.attempts[0]?.at : checked.problem;
  };

  test.each([
    ['canonical, kept as it is', '2026-01-28T23:59:59.999Z', '2026-01-28T23:59:59.999Z'],
    ['a 29th in a year with no 29 February, moved on as Date does', '2026-02-29T10:00:00.000Z', '2026-03-01T10:00:00.000Z'],
    ['the 31st of a month that has one', '2026-01-31T10:00:00.000Z', '2026-01-31T10:00:00.000Z'],
    ['24:00, the end of the day', '2026-01-05T24:00:00.000Z', '2026-01-06T00:00:00.000Z'],
    ['without milliseconds', '2026-01-05T10:00:00Z', '2026-01-05T10:00:00.000Z'],
    ['with an offset', '2026-01-05T10:00:00+02:00', '2026-01-05T08:00:00.000Z'],
  ])('%s', (_name, at, stored) => expect(read(at)).toBe(stored));

  test('a date that is no date drops the attempt', () => {
    expect(read('2026-13-01T00:00:00.000Z')).toBeUndefined();
    expect(read('yesterday')).toBeUndefined();
  });
});
