// Fault injection against the store, in process: full disks, races, stalled lock holders, clocks, bad numbers,
// planted links and special files. Each case counts the answers given against the answers on disk.
// The full-disk cases mount a 64 KiB tmpfs and need root (CI runs as root); elsewhere they are skipped, saying so.
import { afterAll, describe, expect, jest, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { cacheFileFor, readCachedContent } from '../../src/content/content-cache.js';
import { loadContent } from '../../src/content/load-content.js';
import type { Context } from '../../src/context.js';
import { run as runReset } from '../../src/commands/reset.js';
import { runImport } from '../../src/commands/progress-transfer.js';
import { retrievability, scheduleNext, type StoredCard } from '../../src/engine/schedule.js';
import { UserError } from '../../src/errors.js';
import { checkProgressShape, emptyProgress, recordAnswer, recordSection } from '../../src/progress/model.js';
import { flushStores } from '../../src/progress/pending.js';
import { openProgressStore, type ProgressStore } from '../../src/progress/store.js';
import { createTheme } from '../../src/ui/theme.js';
import { ScriptedPrompter } from '../support/scripted-prompter.js';

const dir = () => mkdtempSync(path.join(tmpdir(), 'nm-faults-'));
const at = (n: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, n)).toISOString();
const attempt = (when: string, by = 'test') => ({ at: when, score: 1, hints: 0, by });
const attemptsOnDisk = (file: string) =>
  Object.values(openProgressStore(file, () => {}).progress.questions).reduce((n, q) => n + q.attempts.length, 0);
const mini = path.resolve('tests/fixtures/mini');

function answer(store: ProgressStore, q: string, when: string): boolean {
  recordAnswer(store.progress, q, attempt(when, store.sessionTag), undefined);
  return store.save();
}

function testContext(store: () => ProgressStore, script: (boolean | string)[] = []): Context & { said: string[]; warned: string[] } {
  const said: string[] = [];
  const warned: string[] = [];
  const prompter = new ScriptedPrompter(script);
  return {
    said,
    warned,
    out: (t) => said.push(t),
    write: (t) => said.push(t),
    say: (t) => said.push(t),
    warn: (t) => warned.push(t),
    note: () => {},
    env: {},
    command: (args) => `nm-tutor ${args}`,
    clearScreen: () => {},
    seed: () => 1,
    theme: createTheme(undefined, {}, 80),
    prompter: async () => prompter,
    content: () => loadContent(mini),
    store: async () => store(),
    now: () => new Date(),
  };
}

describe('every byte or nothing: a full disk (tmpfs, needs root)', () => {
  const mountPoint = mkdtempSync(path.join(tmpdir(), 'nm-tmpfs-'));
  let mounted = false;
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mountPoint], { stdio: 'ignore' });
    mounted = true;
  } catch {
    console.warn(`SKIPPED: the full-disk cases need root to mount a 64 KiB tmpfs (mount -t tmpfs -o size=64k); run them as root or in CI.`);
  }
  afterAll(() => {
    if (mounted) execFileSync('umount', [mountPoint]);
  });
  const tmpfsTest = mounted ? test : test.skip;

  /** Fills the tmpfs until `free` bytes are left. */
  function fill(folder: string, free: number): void {
    const size = Number(
      execFileSync('stat', ['-f', '-c', '%a*%S', mountPoint])
        .toString()
        .trim()
        .split('*')
        .reduce((a, b) => String(Number(a) * Number(b))),
    );
    writeFileSync(path.join(folder, 'filler'), Buffer.alloc(Math.max(0, size - free)));
  }

  // tmpfs allocates whole 4 KiB pages, and each save's lock file takes one: the free space is chosen so that
  // the write itself runs out part-way, where a single writeSync returns a short count instead of failing.
  tmpfsTest.each([
    ['a whole-file write', Number.MAX_SAFE_INTEGER, 12288],
    ['a journal append', 0, 4096],
  ])(
    '%s that does not fit keeps the old file whole, warns once, and saves everything once there is room (item 1)',
    (_name, journalAboveBytes, free) => {
      const home = path.join(mountPoint, `home-${journalAboveBytes}`);
      mkdirSync(home);
      const file = path.join(home, 'progress.json');
      const store = openProgressStore(file, () => {}, { journalAboveBytes });
      for (let i = 0; i < 100; i++) recordAnswer(store.progress, `question-${i}`, attempt(at(i), store.sessionTag), undefined);
      expect(store.save()).toBe(true);
      recordAnswer(store.progress, 'question-0', attempt(at(500), store.sessionTag), undefined);
      expect(store.save()).toBe(true);
      const before = readFileSync(file, 'utf8');
      expect(before.length).toBeGreaterThan(9000);
      fill(home, free);
      const warnings: string[] = [];
      const session = openProgressStore(file, (w) => warnings.push(w), { journalAboveBytes });
      let given = 101;
      let reportedSaved = 0;
      for (let i = 0; i < 40; i++) {
        recordAnswer(session.progress, `question-${i}`, attempt(at(1000 + i), session.sessionTag), undefined);
        given++;
        if (session.save()) reportedSaved++;
      }
      expect(readFileSync(file, 'utf8')).toBe(before);
      expect(warnings.filter((w) => /Could not save progress/.test(w))).toHaveLength(1);
      expect(reportedSaved).toBeLessThan(40);
      // Every answer reported saved is on disk, even before there is room again.
      expect(attemptsOnDisk(file)).toBe(101 + reportedSaved);
      expect(session.flush()).toBe(false);
      expect(readdirSync(home).filter((f) => f.includes('nm-tutor-tmp'))).toEqual([]);
      rmSync(path.join(home, 'filler'));
      expect(session.flush()).toBe(true);
      expect(attemptsOnDisk(file)).toBe(given);
      rmSync(home, { recursive: true });
    },
  );
});

describe('one owner for every change: import and reset re-read under the lock', () => {
  test('an import keeps the answers another terminal saved while it ran (item 2)', async () => {
    const file = path.join(dir(), 'progress.json');
    const other = openProgressStore(file, () => {});
    answer(other, 'mini-001', at(1));
    const exported = path.join(dir(), 'export.json');
    const incoming = emptyProgress();
    recordAnswer(incoming, 'mini-002', attempt(at(2), 'elsewhere'), undefined);
    writeFileSync(exported, JSON.stringify(incoming));
    const ctx = testContext(() => {
      const mine = openProgressStore(file, () => {});
      // The other terminal answers after the import has read the file.
      answer(other, 'mini-003', at(3));
      return mine;
    });
    await runImport({ file: exported }, ctx);
    const onDisk = openProgressStore(file, () => {}).progress;
    expect(Object.keys(onDisk.questions).sort()).toEqual(['mini-001', 'mini-002', 'mini-003']);
  });

  test('a reset keeps answers given in another terminal while it asked, and an open session does not bring the reset ones back (item 3)', async () => {
    const file = path.join(dir(), 'progress.json');
    const before = openProgressStore(file, () => {});
    answer(before, 'mini-001', at(1));
    answer(before, 'other-topic-q', at(2));
    const session = openProgressStore(file, () => {}); // opened before the reset, holds mini-001
    const ctx = testContext(() => openProgressStore(file, () => {}), [true]);
    const prompterOf = ctx.prompter;
    // While the learner reads the confirmation, another terminal answers.
    const ctxWithRace: Context = {
      ...ctx,
      prompter: async () => {
        answer(before, 'other-topic-q2', at(3));
        return prompterOf();
      },
    };
    await runReset({ lesson: 'mini' }, ctxWithRace);
    let onDisk = openProgressStore(file, () => {}).progress;
    expect(Object.keys(onDisk.questions).sort()).toEqual(['other-topic-q', 'other-topic-q2']);
    // The session opened before the reset saves a new answer: the reset's answers stay cleared, the new one is kept.
    answer(session, 'mini-002', new Date().toISOString());
    onDisk = openProgressStore(file, () => {}).progress;
    expect(Object.keys(onDisk.questions).sort()).toEqual(['mini-002', 'other-topic-q', 'other-topic-q2']);
  });

  test("a reset of all progress is recorded too, and survives an old session's journal appends", () => {
    const file = path.join(dir(), 'progress.json');
    const old = openProgressStore(file, () => {}, { journalAboveBytes: 0 });
    answer(old, 'q1', at(1));
    answer(old, 'q2', at(2));
    const resetter = openProgressStore(file, () => {});
    expect(resetter.reset(null)).toBe(true);
    recordAnswer(old.progress, 'q1', attempt(new Date().toISOString(), old.sessionTag), undefined);
    old.save();
    const p = openProgressStore(file, () => {}).progress;
    expect(Object.keys(p.questions)).toEqual(['q1']);
    expect(p.questions.q1!.attempts).toHaveLength(1);
  });
});

describe('locks', () => {
  test('a stalled writer whose lock was taken over does not rename its stale copy over newer data (item 4)', () => {
    const file = path.join(dir(), 'progress.json');
    const lockFile = `${file}.lock`;
    const other = openProgressStore(file, () => {}, { journalAboveBytes: 0 });
    answer(other, 'seed', at(0)); // a whole write: the file exists, so later saves append to the journal
    let stalled = false;
    const slow = openProgressStore(file, () => {}, {
      beforeRename: () => {
        if (stalled) return;
        stalled = true;
        // The holder stalls past the lock's age; another terminal takes the lock over and saves 12 answers.
        const old = (Date.now() - 60_000) / 1000;
        utimesSync(lockFile, old, old);
        for (let i = 0; i < 12; i++) answer(other, `other-${i}`, at(100 + i));
      },
    });
    recordAnswer(slow.progress, 'slow-1', attempt(at(50), slow.sessionTag), undefined);
    expect(slow.save()).toBe(true);
    expect(stalled).toBe(true);
    expect(attemptsOnDisk(file)).toBe(1 + 12 + 1);
  });

  test('a clock running 60 s ahead does not take over a live lock (item 5)', () => {
    const file = path.join(dir(), 'progress.json');
    writeFileSync(`${file}.lock`, JSON.stringify({ pid: process.pid, host: hostname() }));
    const spy = jest.spyOn(Date, 'now').mockImplementation(() => new Date().getTime() + 60_000);
    try {
      const store = openProgressStore(file, () => {}, { lock: { waitMs: 300 } });
      expect(answer(store, 'q', at(1))).toBe(false);
    } finally {
      spy.mockRestore();
    }
    expect(existsSync(`${file}.lock`)).toBe(true);
    rmSync(`${file}.lock`);
  });

  test('a lock from another pid namespace is not judged by its pid (item 5)', () => {
    const file = path.join(dir(), 'progress.json');
    writeFileSync(`${file}.lock`, JSON.stringify({ pid: 999_999, host: hostname(), ns: 'pid:[1]' }));
    const store = openProgressStore(file, () => {}, { lock: { waitMs: 300 } });
    expect(answer(store, 'q', at(1))).toBe(false);
    // Once old by the file system's clock it is taken over.
    const old = (Date.now() - 60_000) / 1000;
    utimesSync(`${file}.lock`, old, old);
    expect(store.save()).toBe(true);
  });

  test('a save that failed on a busy lock is retried, and flushing reports whether anything is left unsaved (item 12)', () => {
    const file = path.join(dir(), 'progress.json');
    writeFileSync(`${file}.lock`, JSON.stringify({ pid: process.pid, host: hostname() }));
    const warnings: string[] = [];
    const store = openProgressStore(file, (w) => warnings.push(w), { lock: { waitMs: 200 } });
    expect(answer(store, 'q1', at(1))).toBe(false);
    expect(answer(store, 'q2', at(2))).toBe(false);
    expect(flushStores()).toBe(false);
    expect(warnings).toHaveLength(1);
    rmSync(`${file}.lock`);
    expect(flushStores()).toBe(true);
    expect(attemptsOnDisk(file)).toBe(2);
    expect(warnings[1]).toMatch(/after all; nothing from this session is lost/);
  });
});

describe('numbers, dates and clocks', () => {
  test('one non-finite number drops one attempt with a warning, never the whole history (item 6)', () => {
    const file = path.join(dir(), 'progress.json');
    const good = `{"at":"${at(1)}","score":1,"hints":0}`;
    writeFileSync(
      file,
      `{"formatVersion":3,"questions":{"a":{"attempts":[${good},{"at":"${at(2)}","score":1e999,"hints":0}]},"b":{"attempts":[${good}],"card":{"due":"${at(9)}","stability":1e999,"difficulty":5,"elapsed_days":0,"scheduled_days":1,"learning_steps":0,"reps":1,"lapses":0,"state":2}}},"lessons":{},"resets":[]}`,
    );
    writeFileSync(`${file}.journal`, `{"q":"c","s":{"attempts":[{"at":"${at(3)}","score":-1e999,"hints":0}, ${good}]}}\n`);
    const warnings: string[] = [];
    const store = openProgressStore(file, (w) => warnings.push(w));
    expect(warnings).toEqual([
      expect.stringMatching(/^Dropped 3 unusable items \(an attempt of "a", the review card of "b", an attempt of "c"\)/),
    ]);
    expect(Object.fromEntries(Object.entries(store.progress.questions).map(([id, q]) => [id, q.attempts.length]))).toEqual({
      a: 1,
      b: 1,
      c: 1,
    });
    // Written back repaired, so the next start is clean and readable.
    const again: string[] = [];
    openProgressStore(file, (w) => again.push(w));
    expect(again).toEqual([]);
  });

  test('an import with two unusable items says so in the plural', async () => {
    const file = path.join(dir(), 'progress.json');
    const exported = path.join(dir(), 'in.json');
    writeFileSync(
      exported,
      `{"formatVersion":2,"questions":{"a":{"attempts":[{"at":"${at(1)}","score":1e999}]},"b":{"attempts":[{"at":"${at(1)}","score":"x"}]}},"lessons":{}}`,
    );
    const ctx = testContext(() => openProgressStore(file, () => {}));
    await runImport({ file: exported }, ctx);
    expect(ctx.warned.join('')).toContain(`Skipped 2 unusable items in ${exported} (e.g. an attempt of "a"); the rest is imported.`);
  });

  test('an import with 1e999 imports the rest (item 6)', async () => {
    const file = path.join(dir(), 'progress.json');
    const exported = path.join(dir(), 'in.json');
    writeFileSync(
      exported,
      `{"formatVersion":2,"questions":{"a":{"attempts":[{"at":"${at(1)}","score":1e999}]},"b":{"attempts":[{"at":"${at(1)}","score":0.5}]}},"lessons":{}}`,
    );
    const ctx = testContext(() => openProgressStore(file, () => {}));
    await runImport({ file: exported }, ctx);
    expect(ctx.warned.join('')).toContain(`Skipped 1 unusable item in ${exported} (e.g. an attempt of "a"); the rest is imported.`);
    const p = openProgressStore(file, () => {}).progress;
    expect(p.questions.a!.attempts).toHaveLength(0);
    expect(p.questions.b!.attempts[0]!.score).toBe(0.5);
  });

  test("future-dated attempts cannot push today's answers out, and a lesson position from a fast clock still moves (item 8)", async () => {
    const file = path.join(dir(), 'progress.json');
    const exported = path.join(dir(), 'in.json');
    const future = emptyProgress();
    for (let i = 0; i < 30; i++)
      recordAnswer(future, 'q', attempt(`2099-01-01T00:00:${String(i).padStart(2, '0')}.000Z`, 'future'), undefined);
    recordSection(future, 'mini', 'second', true, new Date('2099-01-01T00:00:00Z'));
    writeFileSync(exported, JSON.stringify(future));
    await runImport(
      { file: exported },
      testContext(() => openProgressStore(file, () => {})),
    );
    const store = openProgressStore(file, () => {});
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
    const today = new Date().toISOString();
    answer(store, 'q', today);
    recordSection(store.progress, 'mini', 'first', false, new Date());
    store.save();
    const p = openProgressStore(file, () => {}).progress;
    expect(p.questions.q!.attempts.map((a) => a.at)).toContain(today);
    expect(p.lessons.mini!.lastSection).toBe('first');
    // Reading the file again does not duplicate the re-dated attempts.
    expect(p.questions.q!.attempts).toHaveLength(30);
  });

  test('a clock stepped back never crashes scheduling (item 7)', () => {
    const later = scheduleNext(undefined, 3, new Date('2026-03-10T00:10:00Z'));
    const again = scheduleNext(later, 3, new Date('2026-03-09T23:50:00Z'));
    expect(again.reps).toBe(2);
    const ahead = scheduleNext(scheduleNext(undefined, 3, new Date('2026-04-20T00:00:00Z')), 4, new Date('2026-04-25T00:00:00Z'));
    expect(() => scheduleNext(ahead, 1, new Date('2026-03-10T00:00:00Z'))).not.toThrow();
    expect(retrievability(ahead, new Date('2026-03-10T00:00:00Z'))).toBe(1);
  });

  test.each([
    ['an impossible state', { state: 7 }],
    ['an invalid due date', { due: 'soon' }],
    ['a memory state FSRS rejects', { stability: 0, state: 2 }],
    ['a negative count', { reps: -3 }],
  ])('a card with %s is dropped on read, so progress, review and quiz cannot crash (item 19)', (_name, patch) => {
    const card = { ...scheduleNext(undefined, 3, new Date(at(1))), ...patch } as StoredCard;
    const checked = checkProgressShape({ formatVersion: 3, questions: { q: { attempts: [attempt(at(1))], card } }, lessons: {} });
    expect('progress' in checked && checked.progress.questions.q!.card).toBe(undefined);
    expect('progress' in checked && checked.repaired).toEqual(['the review card of "q"']);
    // Even a card that slipped through schedules instead of throwing.
    expect(() => scheduleNext(card, 3, new Date(at(100)))).not.toThrow();
  });
});

describe('undo and clean-up', () => {
  test('undo after another terminal answered the same question keeps its review card (item 11)', () => {
    const file = path.join(dir(), 'progress.json');
    const a = openProgressStore(file, () => {});
    const b = openProgressStore(file, () => {});
    const cardA = scheduleNext(undefined, 1, new Date(at(10)));
    recordAnswer(a.progress, 'q', { at: at(10), score: 0, hints: 0, by: a.sessionTag }, cardA);
    a.save();
    const cardB = scheduleNext(undefined, 3, new Date(at(20)));
    recordAnswer(b.progress, 'q', { at: at(20), score: 1, hints: 0, by: b.sessionTag }, cardB);
    b.save();
    a.retract('q', { at: at(10), by: a.sessionTag }, undefined);
    const q = openProgressStore(file, () => {}).progress.questions.q!;
    expect(q.attempts.map((x) => x.at)).toEqual([at(20)]);
    expect(q.card).toEqual(cardB);
  });

  test("the learner's own backups next to the file are never deleted (item 10)", () => {
    const d = dir();
    const file = path.join(d, 'progress.json');
    for (const name of ['progress.json.1', 'progress.json.20250101', 'progress.json.bak']) writeFileSync(path.join(d, name), 'mine');
    writeFileSync(path.join(d, 'progress.json.nm-tutor-tmp.999999.0123456789ab'), 'orphan');
    const store = openProgressStore(file, () => {});
    answer(store, 'q', at(1));
    expect(readdirSync(d).sort()).toEqual(['progress.json', 'progress.json.1', 'progress.json.20250101', 'progress.json.bak']);
  });
});

describe('planted links and special files', () => {
  test('a journal planted as a symlink is never written through (item 17)', () => {
    const d = dir();
    const file = path.join(d, 'progress.json');
    const victim = path.join(dir(), 'victim');
    writeFileSync(victim, 'precious');
    const store = openProgressStore(file, () => {}, { journalAboveBytes: 0 });
    answer(store, 'q0', at(0));
    symlinkSync(victim, `${file}.journal`);
    const warnings: string[] = [];
    const again = openProgressStore.bind(null, file, (w: string) => warnings.push(w), { journalAboveBytes: 0 });
    expect(again).toThrow(/progress journal .*is a symbolic link; refused/);
    recordAnswer(store.progress, 'q1', attempt(at(1), store.sessionTag), undefined);
    store.save();
    expect(readFileSync(victim, 'utf8')).toBe('precious');
  });

  test("symlinks planted at the lock's names are never followed (item 17)", () => {
    const d = dir();
    const file = path.join(d, 'progress.json');
    const victim = path.join(dir(), 'victim');
    writeFileSync(victim, 'precious');
    symlinkSync(victim, `${file}.lock`);
    for (const name of [`${file}.lock.${process.pid}`, `${file}.lock.stale.${process.pid}`]) symlinkSync(victim, name);
    const store = openProgressStore(file, () => {});
    expect(answer(store, 'q', at(1))).toBe(true);
    expect(readFileSync(victim, 'utf8')).toBe('precious');
  });

  const special: [string, (target: string) => void][] = [
    ['a FIFO', (target) => execFileSync('mkfifo', [target])],
    ['a link to /dev/zero', (target) => symlinkSync('/dev/zero', target)],
  ];

  test.each(special)('progress.json as %s is refused at once with one clear line (item 21)', (_name, make) => {
    const file = path.join(dir(), 'progress.json');
    make(file);
    expect(() => openProgressStore(file, () => {})).toThrow(UserError);
    expect(() => openProgressStore(file, () => {})).toThrow(
      /^Cannot read progress file .*progress\.json: is not a regular file .*; refused\. It was left untouched\.$/,
    );
  });

  test.each(special)('the journal as %s is refused (item 21)', (_name, make) => {
    const file = path.join(dir(), 'progress.json');
    writeFileSync(file, JSON.stringify(emptyProgress()));
    make(`${file}.journal`);
    expect(() => openProgressStore(file, () => {})).toThrow(/^Cannot read progress journal .*: (is not a regular file|is a symbolic link)/);
  });

  test.each(special)('progress import of %s is refused (item 21)', async (_name, make) => {
    const source = path.join(dir(), 'in.json');
    make(source);
    const file = path.join(dir(), 'progress.json');
    await expect(
      runImport(
        { file: source },
        testContext(() => openProgressStore(file, () => {})),
      ),
    ).rejects.toThrow(/^Cannot import .*in\.json: is not a regular file/);
  });

  test('progress import of an over-size file is refused before it is read (item 21)', async () => {
    const source = path.join(dir(), 'in.json');
    writeFileSync(source, '');
    execFileSync('truncate', ['-s', '100M', source]);
    const file = path.join(dir(), 'progress.json');
    await expect(
      runImport(
        { file: source },
        testContext(() => openProgressStore(file, () => {})),
      ),
    ).rejects.toThrow(/is 104857600 bytes, over the limit/);
  });

  test.each(special)('a content cache file as %s is ignored, not read (item 21)', (_name, make) => {
    const cache = dir();
    const pack = dir();
    make(cacheFileFor(cache, pack));
    const started = Date.now();
    expect(readCachedContent(cache, pack, 'x')).toBeNull();
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('a reset clears only what its pack defines', () => {
  test('history under the same lesson id that this pack does not define survives a topic reset (item 13)', async () => {
    const file = path.join(dir(), 'progress.json');
    const store = openProgressStore(file, () => {});
    for (const id of ['mini-001', 'mini.first.check', 'mini.shipped-only.check', 'mini.shipped-only-q']) answer(store, id, at(1));
    await runReset(
      { lesson: 'mini', yes: true },
      testContext(() => openProgressStore(file, () => {})),
    );
    expect(Object.keys(openProgressStore(file, () => {}).progress.questions).sort()).toEqual([
      'mini.shipped-only-q',
      'mini.shipped-only.check',
    ]);
  });
});
