// One content cache for the whole test run, warmed once with the shipped curriculum and the mini pack:
// without it every end-to-end file (and every side-by-side terminal test) parsed the same YAML cold.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export default function globalSetup() {
  const dir = mkdtempSync(path.join(tmpdir(), 'nm-tutor-test-cache-'));
  // Workers start after this and inherit the environment.
  process.env.NM_TUTOR_TEST_CACHE_DIR = dir;
  const bin = path.join(repoRoot, 'dist/bundle/cli.js');
  // Unit tests run without a bundle; the end-to-end files then fail on their own, with their own message.
  if (!existsSync(bin)) return;
  const home = mkdtempSync(path.join(tmpdir(), 'nm-tutor-test-'));
  for (const content of [[], ['--content', path.join(repoRoot, 'tests/fixtures/mini')]])
    execFileSync(process.execPath, [bin, ...content, 'topics'], {
      stdio: 'ignore',
      env: { PATH: process.env.PATH ?? '', NM_TUTOR_HOME: home, NM_TUTOR_CACHE_DIR: dir },
    });
}
