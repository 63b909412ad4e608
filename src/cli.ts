// The entry: owns the process. Signals, a closed output pipe, flushing and the exit code live here; the command
// table (program.ts) and the commands never exit or touch process-wide handlers, so tests run them in-process.
import { isatty } from 'node:tty';
import type { GlobalOptions } from './context.js';
import { ExitCode, Interrupted } from './errors.js';
import { runCommandLine } from './program.js';

function restoreTerminal(): void {
  if (process.stdout.isTTY) process.stdout.write('\u001b[?25h');
  if (process.stdin.isTTY && process.stdin.isRaw) process.stdin.setRawMode(false);
}

function goodbye(code: number): never {
  restoreTerminal();
  process.stderr.write('\nStopped. Everything you answered is saved.\n');
  process.exit(code);
}

// Progress is written synchronously after every answer, so a signal only has to tidy the terminal.
process.on('SIGINT', () => goodbye(ExitCode.interrupted));
process.on('SIGTERM', () => goodbye(ExitCode.sigterm));
process.on('SIGHUP', () => goodbye(ExitCode.sighup));
// `nm-tutor compare a b | head`: the reader has seen enough. Saves are synchronous, so stopping loses nothing.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(ExitCode.ok);
    throw err;
  });
}

async function makeContext(globals: GlobalOptions) {
  const { createContext } = await import('./context.js');
  return createContext(globals);
}

async function main(): Promise<number> {
  try {
    return await runCommandLine(process.argv.slice(2), makeContext, {
      writeOut: (text) => process.stdout.write(text),
      writeErr: (text) => process.stderr.write(text),
      debug: Boolean(process.env.DEBUG?.includes('nm-tutor')),
      // isatty(0), not process.stdin.isTTY: asking the stream would build it, and most commands never read it.
      interactive: isatty(0) && Boolean(process.stdout.isTTY),
    });
  } catch (err) {
    if (err instanceof Interrupted) goodbye(err.exitCode);
    throw err;
  }
}

/**
 * Exits once everything written has left the process: a pipe takes 64 KiB at a time and Node queues the
 * rest, which process.exit() alone would drop (`nm-tutor export | wc -c` stopped at 65536).
 */
async function exitAfterFlush(code: number): Promise<never> {
  await Promise.all([process.stdout, process.stderr].map((stream) =>
    new Promise<void>((resolve) => (stream.writableLength === 0 ? resolve() : stream.write('', () => resolve())))));
  process.exit(code);
}

await exitAfterFlush(await main());
