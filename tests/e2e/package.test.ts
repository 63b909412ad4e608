// The npm package as a learner installs it: `npm pack`, a global install from the tarball, and npx.
import { beforeAll, expect, test } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot, tempHome } from '../support/run-cli.js';

let tarball = '';
const npmEnv = { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };

beforeAll(() => {
  const dest = tempHome();
  // dist/ is already built by `npm test`; skip prepare so packing does not rebuild.
  execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', dest], { cwd: repoRoot, env: npmEnv, stdio: 'pipe' });
  tarball = path.join(
    dest,
    readdirSync(dest).find((f) => f.endsWith('.tgz'))!,
  );
}, 120000);

test('the tarball holds only what runs', () => {
  const list = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((f) => f.replace(/^package\//, ''));
  const tops = new Set(list.map((f) => f.split('/')[0]));
  expect([...tops].sort()).toEqual(['LICENSE', 'README.md', 'bin', 'dist', 'lessons', 'package.json', 'quizzes', 'schema']);
  expect(list).toContain('dist/bundle/cli.js');
  expect(list).toContain('dist/bundle/parse-worker.js');
  expect(list.filter((f) => f.startsWith('dist/') && !f.startsWith('dist/bundle/'))).toEqual([]);
  expect(list.some((f) => f.startsWith('tests/') || f.startsWith('src/'))).toBe(false);
});

test('npm install -g from the tarball, then nm-tutor works from any directory', () => {
  const prefix = tempHome();
  execFileSync('npm', ['install', '-g', '--prefix', prefix, tarball], { env: npmEnv, stdio: 'pipe', timeout: 120000 });
  const elsewhere = tempHome();
  const res = spawnSync(path.join(prefix, 'bin', 'nm-tutor'), ['topics'], {
    cwd: elsewhere,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', NM_TUTOR_HOME: elsewhere, NM_TUTOR_NO_CACHE: '1' },
  });
  expect(res.stderr).toBe('');
  expect(res.status).toBe(0);
  expect(res.stdout).toContain('functions');
  const quiz = spawnSync(path.join(prefix, 'bin', 'nm-tutor'), ['quiz', '--limit', '2', '--seed', '1'], {
    cwd: elsewhere,
    input: '1\n'.repeat(12),
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', NM_TUTOR_HOME: elsewhere, NM_TUTOR_CACHE_DIR: elsewhere },
  });
  expect(quiz.stdout).toMatch(/Score: [\d.]+ \/ 2/);

  // The rest of the ecosystem verbs, from the installed copy and a directory with no content in it.
  const run = (...args: string[]) =>
    spawnSync(path.join(prefix, 'bin', 'nm-tutor'), args, {
      cwd: elsewhere,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', NM_TUTOR_HOME: elsewhere, NM_TUTOR_CACHE_DIR: elsewhere },
    });
  const anki = run('flashcards', '--format', 'anki');
  expect(anki.stdout.split('\n').slice(0, 2)).toEqual(['#separator:tab', '#html:false']);
  expect(run('completion', 'bash').stdout).toContain('promotion-ecommerce');
  expect(JSON.parse(run('progress', '--json').stdout).lessons.length).toBe(6);
  expect(JSON.parse(run('compare', 'network-promotion', 'ecommerce', '--json').stdout).concepts).toHaveLength(2);
  expect(JSON.parse(run('define', 'O2O', '--json').stdout).id).toBe('o2o');
  // Authoring: the skeleton's TODO markers and the shipped pack's validation are tested in-process
  // (tests/commands/authoring.test.ts); here only that both verbs run from the installed copy.
  expect(run('new', 'lesson', 'extra', '--dir', 'pack').status).toBe(0);
  for (const f of ['pack/lessons/extra.yaml', 'pack/quizzes/extra.yaml'])
    writeFileSync(path.join(elsewhere, f), readFileSync(path.join(elsewhere, f), 'utf8').replaceAll('TODO: ', ''));
  expect(run('validate', 'pack').stdout).toMatch(/^OK: 1 lesson, /);
}, 180000);

test('npx runs the tarball too', () => {
  const elsewhere = tempHome();
  const res = spawnSync('npx', ['--yes', '--package', tarball, 'nm-tutor', 'topics', '--json'], {
    cwd: elsewhere,
    encoding: 'utf8',
    env: { ...npmEnv, NM_TUTOR_HOME: elsewhere, NM_TUTOR_CACHE_DIR: elsewhere },
    timeout: 120000,
  });
  expect(res.status).toBe(0);
  expect(JSON.parse(res.stdout).lessons.length).toBe(6);
}, 180000);
