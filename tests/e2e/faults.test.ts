// Fault injection against the built binary: kills, concurrent sessions, corrupt and unwritable stores,
// hostile content packs. None may produce a stack trace, a hang, a lost saved answer or a discarded file.
import { describe, expect, test } from '@jest/globals';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { openProgressStore } from '../../src/progress/store.js';
import { binPath, miniPack, runCli, tempHome, testCacheDir } from '../support/run-cli.js';
import { runInProcess } from '../support/run-in-process.js';
import { propertyRuns, slowTests } from '../support/slow.js';

/** Slow fault cases (several seconds each) run in CI only (see tests/support/slow.ts). */
const slowTest = slowTests ? test : test.skip;
/** Kills per kill -9 case: enough to hit every phase of a save in CI, a quick sample in `npm test`. */
const KILLS = propertyRuns(8, 25);

const FEEDBACK = /^(✔ Right\.|✘ Not quite\.|Partly right)/gm;

function startQuiz(home: string, input: string, extra: string[] = [], env: Record<string, string> = {}, wrapper: string[] = []) {
  const [command, ...prefix] = [...wrapper, process.execPath];
  const child = spawn(command!, [...prefix, binPath, '--content', miniPack, 'quiz', '--limit', '9', ...extra], {
    env: { PATH: process.env.PATH ?? '', NM_TUTOR_HOME: home, NM_TUTOR_CACHE_DIR: testCacheDir, ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  child.stdin.on('error', () => {});
  child.stdin.end(input);
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal })),
  );
  return { child, done, out: () => stdout, err: () => stderr };
}

/** Read the way the tutor reads it: the file plus its journal. Throws if the file does not parse. */
function attemptsOnDisk(home: string): number {
  const file = path.join(home, 'progress.json');
  if (!existsSync(file)) return 0;
  JSON.parse(readFileSync(file, 'utf8'));
  const { questions } = openProgressStore(file, () => {}).progress;
  return Object.values(questions).reduce((n, q) => n + q.attempts.length, 0);
}

describe('the progress file survives', () => {
  test.each([
    ['whole-file writes', {}],
    ['journal appends', { NM_TUTOR_JOURNAL_ABOVE_BYTES: '0' }],
  ])(
    'kill -9 at random moments (%s): the file always parses and keeps every answer reported saved',
    async (_name, env: Record<string, string>) => {
      const home = tempHome();
      let reported = 0;
      for (let run = 0; run < KILLS; run++) {
        const q = startQuiz(home, '1\n'.repeat(60), ['--seed', String(run)], env);
        // Timed from the session's start, not the process's: on a loaded machine a start alone can take longer
        // than the kill window, and then no answer was ever at risk.
        const started = Date.now();
        while (!/question 1 of/.test(q.out()) && q.child.exitCode === null && Date.now() - started < 10000)
          await new Promise((r) => setTimeout(r, 5));
        await new Promise((r) => setTimeout(r, Math.floor(Math.random() * 120)));
        q.child.kill('SIGKILL');
        await q.done;
        // Feedback is printed only after the answer has been written to disk.
        reported += (q.out().match(FEEDBACK) ?? []).length;
        expect(() => attemptsOnDisk(home)).not.toThrow();
        expect(attemptsOnDisk(home)).toBeGreaterThanOrEqual(Math.min(reported, 30 * 9));
        // A kill mid-write may leave the lock, a temp file or a lock's private file; the next save clears them.
        expect(
          readdirSync(home).filter(
            (f) => !/^progress\.json(\.lock|\.lock\.nm-(stale-)?\d+-[0-9a-f]{12}|\.nm-tutor-tmp\.\d+\.[0-9a-f]{12}|\.journal)?$/.test(f),
          ),
        ).toEqual([]);
      }
      expect(reported).toBeGreaterThan(0);
      const last = startQuiz(home, '1\n'.repeat(60), ['--seed', '99'], env);
      expect((await last.done).code).toBe(0);
      expect(readdirSync(home).filter((f) => f !== 'progress.json.journal')).toEqual(['progress.json']);
    },
    60000,
  );

  test('two sessions at once on one store lose no answers', async () => {
    const home = tempHome();
    const a = startQuiz(home, '1\n'.repeat(60), ['--seed', '1']);
    const b = startQuiz(home, '1\n'.repeat(60), ['--seed', '2']);
    const [ra, rb] = await Promise.all([a.done, b.done]);
    expect([ra.code, rb.code]).toEqual([0, 0]);
    expect(attemptsOnDisk(home)).toBe(18);
  });

  test('a corrupt file is set aside with a one-line warning and the learner starts fresh', () => {
    const home = tempHome();
    writeFileSync(path.join(home, 'progress.json'), '{"formatVersion":1,"questions":{"x":');
    const res = runCli(['--content', miniPack, 'progress', '--json'], { home });
    expect(res.status).toBe(0);
    expect(res.stderr.trim().split('\n')).toHaveLength(1);
    expect(res.stderr).toMatch(/unreadable \(it is not valid JSON\); it was kept as .*progress\.json\.corrupt-/);
    const kept = readdirSync(home).find((f) => f.startsWith('progress.json.corrupt-'))!;
    expect(readFileSync(path.join(home, kept), 'utf8')).toBe('{"formatVersion":1,"questions":{"x":');
  });

  test('a newer progress format is refused and never overwritten', () => {
    const home = tempHome();
    const text = '{"formatVersion":7,"questions":{},"lessons":{}}';
    writeFileSync(path.join(home, 'progress.json'), text);
    const res = runCli(['--content', miniPack, 'quiz'], { home, input: '1\n' });
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('newer than this nm-tutor understands');
    expect(readFileSync(path.join(home, 'progress.json'), 'utf8')).toBe(text);
  });

  test('an unwritable store: one warning, the quiz still runs to the end, and the exit says the answers were not saved', () => {
    const dir = tempHome();
    writeFileSync(path.join(dir, 'not-a-dir'), '');
    const res = runCli(['--content', miniPack, 'quiz', '--limit', '3', '--seed', '1'], {
      home: path.join(dir, 'not-a-dir'),
      input: '1\n'.repeat(20),
    });
    expect(res.status).toBe(1);
    expect(res.stderr.match(/Could not save progress/g)).toHaveLength(1);
    expect(res.stderr).toMatch(/Some answers could NOT be saved/);
    expect(res.stderr).not.toMatch(/Everything you answered is saved/);
    expect(res.stdout).toMatch(/Score: [\d.]+ \/ 3/);
  });

  test.each([
    ['SIGHUP', 129],
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const)('%s exits %d with a goodbye', async (signal, code) => {
    const home = tempHome();
    const child = spawn(process.execPath, [binPath, '--content', miniPack, 'quiz', '--seed', '1'], {
      env: { PATH: process.env.PATH ?? '', NM_TUTOR_HOME: home, NM_TUTOR_CACHE_DIR: testCacheDir },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const done = new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    // Wait until the first prompt is waiting for input.
    while (!/(answer|Answer|gap|items|first)\b[^\n]*[:?] $/.test(stdout)) await new Promise((r) => setTimeout(r, 20));
    child.kill(signal);
    expect(await done).toBe(code);
    expect(stderr).toContain('Stopped. Everything you answered is saved.');
  });

  test('an interactive command with no input exits promptly', () => {
    const started = Date.now();
    const res = runCli(['--content', miniPack, 'learn'], { input: '' });
    expect(res.status).toBe(130);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

/** faketime, or null (with the reason printed) when it is not installed: `apt-get install -y faketime` (.ci/run does). */
const faketime = (() => {
  try {
    execFileSync('faketime', ['-f', '+1s', 'true'], { stdio: 'ignore' });
    return 'faketime';
  } catch {
    console.warn('SKIPPED: the clock cases need faketime (apt-get install -y faketime; .ci/run installs it).');
    return null;
  }
})();
const withFaketime = faketime ? test : test.skip;

describe('the progress file survives round two: stalled writers, clocks, full output, special files', () => {
  slowTest(
    "a writer stalled before its rename past the lock's age loses no answers of the session that took over (item 4)",
    async () => {
      const home = tempHome();
      const fast = { NM_TUTOR_TEST_LOCK_STALE_MS: '200' };
      const slow = startQuiz(home, '1\n'.repeat(60), ['--seed', '1', '--limit', '2'], { ...fast, NM_TUTOR_TEST_DELAY_RENAME_MS: '700' });
      const quick = startQuiz(home, '1\n'.repeat(60), ['--seed', '2'], fast);
      const [a, b] = await Promise.all([slow.done, quick.done]);
      expect([a.code, b.code]).toEqual([0, 0]);
      expect(attemptsOnDisk(home)).toBe(2 + 9);
    },
    20000,
  );

  slowTest(
    'ten sessions and five imports at once: every answer given is on disk, and no session claims a failed save (items 2, 12)',
    async () => {
      const home = tempHome();
      const exported = path.join(tempHome(), 'other.json');
      writeFileSync(
        exported,
        JSON.stringify({
          formatVersion: 3,
          questions: { 'elsewhere-1': { attempts: [{ at: '2026-01-01T00:00:00.000Z', score: 1, hints: 0, by: 'x' }] } },
          lessons: {},
          resets: [],
        }),
      );
      const quizzes = Array.from({ length: 10 }, (_, i) => startQuiz(home, '1\n'.repeat(60), ['--seed', String(i)]));
      const imports = Array.from(
        { length: 5 },
        () =>
          new Promise<number | null>((resolve) => {
            const child = spawn(process.execPath, [binPath, '--content', miniPack, 'progress', 'import', exported], {
              env: { PATH: process.env.PATH ?? '', NM_TUTOR_HOME: home, NM_TUTOR_CACHE_DIR: testCacheDir },
            });
            child.on('close', resolve);
          }),
      );
      const results = await Promise.all(quizzes.map((q) => q.done));
      expect(await Promise.all(imports)).toEqual([0, 0, 0, 0, 0]);
      expect(results.map((r) => r.code)).toEqual(Array(10).fill(0));
      for (const q of quizzes) expect(q.err()).not.toMatch(/could NOT be saved|Could not save/);
      expect(attemptsOnDisk(home)).toBe(10 * 9 + 1);
    },
    60000,
  );

  withFaketime(
    'a session whose clock runs 60 s ahead does not take over a live lock: answers given equal answers on disk (item 5)',
    async () => {
      const home = tempHome();
      const ahead = startQuiz(home, '1\n'.repeat(60), ['--seed', '1'], {}, ['faketime', '-f', '+60s']);
      const normal = startQuiz(home, '1\n'.repeat(60), ['--seed', '2']);
      const [a, b] = await Promise.all([ahead.done, normal.done]);
      expect([a.code, b.code]).toEqual([0, 0]);
      expect(attemptsOnDisk(home)).toBe(18);
    },
    20000,
  );

  withFaketime(
    'a clock stepped back after a session 40 days ahead: every answer is recorded, nothing crashes (item 7)',
    async () => {
      const home = tempHome();
      const ahead = startQuiz(home, '1\n'.repeat(60), ['--seed', '1'], {}, ['faketime', '-f', '+40d']);
      expect((await ahead.done).code).toBe(0);
      const now = startQuiz(home, '1\n'.repeat(60), ['--seed', '1']);
      expect((await now.done).code).toBe(0);
      expect(now.err()).not.toMatch(/unexpected error|delta_t/);
      expect(attemptsOnDisk(home)).toBe(18);
      const report = runCli(['--content', miniPack, 'progress', '--json'], { home });
      expect(report.status).toBe(0);
    },
    20000,
  );

  test.each([['topics'], ['progress export'], ['completion bash']])(
    '`nm-tutor %s > /dev/full` fails with one line, never exit 0 or a stack (item 9)',
    (verb) => {
      const out = openSync('/dev/full', 'w');
      try {
        const res = spawnSync(process.execPath, [binPath, '--content', miniPack, ...verb.split(' ')], {
          stdio: ['ignore', out, 'pipe'],
          encoding: 'utf8',
          timeout: 20000,
          env: { PATH: process.env.PATH ?? '', NM_TUTOR_HOME: tempHome(), NM_TUTOR_CACHE_DIR: testCacheDir },
        });
        expect(res.status).toBe(1);
        expect(res.stderr).toBe('nm-tutor: could not write the output: ENOSPC\n');
      } finally {
        closeSync(out);
      }
    },
  );

  test('line mode echoes piped answers without their escape sequences (item 16)', () => {
    const res = runCli(['--content', miniPack, 'quiz', '--limit', '1', '--seed', '1'], {
      input: '\u001b]0;pwned\u0007\u001b[2J1\n1\n1\n',
      env: { FORCE_COLOR: '0' },
    });
    expect(res.stdout).not.toMatch(/[\u001b\u0007]/);
  });

  test('progress.json as a FIFO: a one-line refusal at once, not a hang (item 21)', () => {
    const home = tempHome();
    execFileSync('mkfifo', [path.join(home, 'progress.json')]);
    const started = Date.now();
    const res = runCli(['--content', miniPack, 'progress'], { home });
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(
      /^Cannot read progress file .*progress\.json: is not a regular file .*; refused\. It was left untouched\.\n$/,
    );
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

// In-process: the same command table and error handling as the binary, without a process start per case; the
// binary's own top level (one line, exit 1, no stack) is checked once below.
describe('hostile content packs', () => {
  test('through the binary: a content error is one line, exit 1, no stack', () => {
    const res = runCli(['validate', pack({ 'quizzes/bad.yaml': 'formatVersion: 1\nkind: quiz\nquestions: [\n' })]);
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/^[^\n]*quizzes\/bad\.yaml:\d+:\d+: [^\n]*\n$/);
  });

  function pack(files: Record<string, string>): string {
    const dir = tempHome();
    cpSync(miniPack, dir, { recursive: true });
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), text);
    }
    return dir;
  }
  const quiz = (body: string) => `formatVersion: 1\nkind: quiz\ntopic: mini\nquestions:\n${body}`;

  test.each([
    ['bad YAML', { 'quizzes/bad.yaml': 'formatVersion: 1\nkind: [quiz\n' }, /quizzes\/bad\.yaml:\d+:\d+: /],
    [
      'schema errors, all at once',
      {
        'quizzes/bad.yaml': quiz(
          '  - id: mini-100\n    section: nope\n    kind: single\n    prompt: P\n    choices: [a, b]\n    answer: c\n',
        ),
      },
      /quizzes\/bad\.yaml:5:5: a question is missing "explanation" \(text\)\n.*quizzes\/bad\.yaml:10:13: answer "c" is not among the choices\n.*quizzes\/bad\.yaml:5:5: section "nope" is not a section of lesson "mini"/,
    ],
    [
      'alias bomb',
      {
        'quizzes/bomb.yaml': `a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n`,
      },
      /quizzes\/bomb\.yaml:2:8: aliases \(\*name\) are not allowed in content; write the value out/,
    ],
    [
      'deep nesting',
      { 'quizzes/deep.yaml': `x: ${'['.repeat(10000)}${']'.repeat(10000)}\n` },
      /quizzes\/deep\.yaml:1:1: nesting is deeper than 40 levels/,
    ],
    ['custom tag', { 'quizzes/tag.yaml': 'formatVersion: 1\nkind: !!js/function quiz\n' }, /quizzes\/tag\.yaml:2:7: /],
    [
      'huge file',
      { 'quizzes/huge.yaml': `# ${'x'.repeat(17 * 1024 * 1024)}\n` },
      /quizzes\/huge\.yaml: file is \d+ bytes; the limit is 16777216/,
    ],
    [
      'unknown key __proto__',
      {
        'quizzes/proto.yaml': quiz(
          '  - id: mini-100\n    section: first\n    kind: truefalse\n    prompt: P\n    answer: true\n    explanation: E\n    __proto__: { polluted: true }\n',
        ),
      },
      /quizzes\/proto\.yaml:11:5: unknown key "__proto__" in a question/,
    ],
  ])('%s: exact file:line:col message, exit 1, no stack', async (_name, files, message) => {
    const dir = pack(files);
    const started = Date.now();
    for (const args of [
      ['validate', dir],
      ['--content', dir, 'quiz'],
    ]) {
      const res = await runInProcess(args, { input: '1\n' });
      expect(res.status).toBe(1);
      expect(res.stderr).toMatch(message);
      expect(res.stderr).not.toMatch(/\n\s+at /);
    }
    expect(Date.now() - started).toBeLessThan(10000);
  });

  test('terminal escape sequences in content never reach the screen', async () => {
    const dir = pack({
      'quizzes/mini.yaml': quiz(
        '  - id: mini-001\n    section: first\n    kind: single\n    prompt: "Title\\e]0;pwned\\a here\\e[2J\\u202e?"\n    choices: ["A\\e[8m", B]\n    answer: "A\\e[8m"\n    explanation: E\n',
      ),
    });
    const res = await runInProcess(['--content', dir, 'quiz'], { input: '1\n1\n', env: { FORCE_COLOR: '0' } });
    expect(res.status).toBe(0);
    expect(res.stdout).toContain('Title here?');
    expect(res.stdout).not.toMatch(/\u001b|\u202e|\u0007/);
  });

  test('a symlink leading outside the pack is refused', async () => {
    const dir = pack({});
    const outside = path.join(tempHome(), 'secret.yaml');
    writeFileSync(outside, 'formatVersion: 1\nkind: quiz\n');
    symlinkSync(outside, path.join(dir, 'quizzes', 'evil.yaml'));
    const res = await runInProcess(['validate', dir]);
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/quizzes\/evil\.yaml: links outside the content directory; refused/);
  });

  test('dangling links, link loops and an escape sequence in a file name: each named in one clean line (items 16, 20)', async () => {
    const dir = pack({ 'quizzes/e\u001b]0;pwned\u0007\u202e.yaml': 'formatVersion: 1\nkind: !<x\u001b[2J> quiz\n' });
    symlinkSync('/nonexistent/nowhere.yaml', path.join(dir, 'quizzes', 'dangling.yaml'));
    symlinkSync('loop.yaml', path.join(dir, 'quizzes', 'loop.yaml'));
    const res = await runInProcess(['validate', dir]);
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/quizzes\/dangling\.yaml: a symbolic link to nothing \(dangling\)/);
    expect(res.stderr).toMatch(/quizzes\/loop\.yaml: a symbolic link loop/);
    expect(res.stderr).toMatch(/quizzes\/e\.yaml:2:7: /);
    expect(res.stderr).not.toMatch(/[\u001b\u0007\u202e]|unexpected error/);
  });

  test('very deep block nesting names the file instead of overflowing the stack (item 20)', async () => {
    let deep = 'x:\n';
    for (let i = 1; i < 2500; i++) deep += `${' '.repeat(i)}a:\n`;
    const res = await runInProcess(['validate', pack({ 'quizzes/deep.yaml': deep })]);
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/quizzes\/deep\.yaml:\d+:\d+: nesting is deeper than 40 levels/);
    expect(res.stderr).not.toMatch(/unexpected error|\n\s+at /);
  });

  test('an empty pack fails validate and never reaches learn (item 20)', async () => {
    const dir = tempHome();
    mkdirSync(path.join(dir, 'lessons'));
    mkdirSync(path.join(dir, 'quizzes'));
    for (const args of [
      ['validate', dir],
      ['--content', dir, 'learn'],
    ]) {
      const res = await runInProcess(args, { input: '1\n' });
      expect(res.status).toBe(1);
      expect(res.stderr).toMatch(/: no lessons; a content directory needs at least one lesson in lessons\/\n$/);
    }
  });

  slowTest(
    'a pack of 1,100 files at ulimit -n 1024 is read, not EMFILE (item 20)',
    () => {
      const files: Record<string, string> = {};
      for (let i = 0; i < 1100; i++) files[`quizzes/extra-${i}.yaml`] = 'formatVersion: 1\nkind: quiz\ntopic: mini\nquestions: []\n';
      const dir = pack(files);
      const res = spawnSync('bash', ['-c', 'ulimit -n 1024 && exec "$0" "$1" validate "$2"', process.execPath, binPath, dir], {
        encoding: 'utf8',
        timeout: 30000,
      });
      expect(res.stderr).not.toMatch(/EMFILE|unexpected error/);
    },
    40000,
  );

  test('NM_TUTOR_CONTENT selects a pack like --content', async () => {
    const res = await runInProcess(['topics', '--json'], { env: { NM_TUTOR_CONTENT: miniPack } });
    expect(JSON.parse(res.stdout).lessons.map((l: { id: string }) => l.id)).toEqual(['mini']);
  });
});
