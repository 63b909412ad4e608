// Runs the built binary the way a learner does, with its own progress home.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const binPath = path.join(repoRoot, 'bin/nm-tutor.js');
export const miniPack = path.join(repoRoot, 'tests/fixtures/mini');

/**
 * Content caches written by the binary under test go here, not into the developer's own cache: one folder for
 * the whole run, made and warmed by tests/support/global-setup.mjs (a file run on its own gets a fresh one).
 */
export const testCacheDir = process.env.NM_TUTOR_TEST_CACHE_DIR ?? mkdtempSync(path.join(tmpdir(), 'nm-tutor-test-cache-'));

export function tempHome(): string {
  return mkdtempSync(path.join(tmpdir(), 'nm-tutor-test-'));
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(
  args: string[],
  opts: { input?: string; home?: string; env?: Record<string, string>; timeoutMs?: number } = {},
): CliResult {
  const res = spawnSync(process.execPath, [binPath, ...args], {
    input: opts.input ?? '',
    encoding: 'utf8',
    timeout: opts.timeoutMs ?? 20000,
    // The default 1 MiB would kill a child that prints more (its SIGTERM showing up as exit 143).
    maxBuffer: 64 * 1024 * 1024,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/tmp',
      NM_TUTOR_HOME: opts.home ?? tempHome(),
      NM_TUTOR_CACHE_DIR: testCacheDir,
      ...opts.env,
    },
  });
  return { status: res.status, stdout: res.stdout, stderr: res.stderr };
}

/**
 * Runs a shell pipeline the way a learner types it, with `nm-tutor` standing for the built binary:
 * `runPipeline('nm-tutor export | wc -c')`. The result is the pipeline's own (use `exit ${PIPESTATUS[0]}`
 * for the tutor's exit code).
 */
export function runPipeline(pipeline: string, opts: { input?: string; home?: string } = {}): CliResult {
  const res = spawnSync('bash', ['-c', pipeline.replace(/\bnm-tutor\b/g, '"$0" "$1"'), process.execPath, binPath], {
    input: opts.input ?? '',
    encoding: 'utf8',
    timeout: 20000,
    maxBuffer: 64 * 1024 * 1024,
    // SHLVL: bash reads ~/.bashrc when its stdin is a socket (as spawnSync's is) at shell level 1.
    env: {
      SHLVL: '2',
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/tmp',
      NM_TUTOR_HOME: opts.home ?? tempHome(),
      NM_TUTOR_CACHE_DIR: testCacheDir,
    },
  });
  return { status: res.status, stdout: res.stdout, stderr: res.stderr };
}

export function readProgress(home: string): {
  formatVersion: number;
  questions: Record<string, { attempts: { score: number }[]; card?: { due: string } }>;
  lessons: Record<string, { lastSection: string; completed: string[] }>;
} {
  return JSON.parse(readFileSync(path.join(home, 'progress.json'), 'utf8'));
}
