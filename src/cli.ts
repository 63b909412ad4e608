// The entry: owns the process. Signals, a closed output pipe, flushing and the exit code live here; the command
// table (program.ts) and the commands never exit or touch process-wide handlers, so tests run them in-process.
import { isatty } from 'node:tty';
import type { GlobalOptions } from './context.js';
import { ExitCode, Interrupted } from './errors.js';
import { flushStores } from './progress/pending.js';
import { runCommandLine } from './program.js';
import { words } from './words.js';

function restoreTerminal(): void {
  if (process.stdout.isTTY) process.stdout.write('\u001b[?25h');
  if (process.stdin.isTTY && process.stdin.isRaw) process.stdin.setRawMode(false);
}

function goodbye(code: number): never {
  restoreTerminal();
  // A save that failed (a busy lock, a full disk) is tried once more; the goodbye never claims one that did not happen.
  const saved = flushStores();
  process.stderr.write(words.exit.stopped(saved));
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
    // A full disk or a broken device (`nm-tutor progress export > file`): say so in one line and fail, never exit 0.
    if (stream !== process.stderr) {
      try {
        process.stderr.write(words.exit.cannotWriteOutput(err.code ?? err.message));
      } catch {
        /* nowhere left to say it */
      }
    }
    process.exit(ExitCode.error);
  });
}

async function makeContext(globals: GlobalOptions) {
  const { createContext } = await import('./context.js');
  return createContext(globals);
}

async function main(): Promise<number> {
  try {
    const code = await runCommandLine(process.argv.slice(2), makeContext, {
      writeOut: (text) => process.stdout.write(text),
      writeErr: (text) => process.stderr.write(text),
      debug: Boolean(process.env.DEBUG?.includes('nm-tutor')),
      // isatty(0), not process.stdin.isTTY: asking the stream would build it, and most commands never read it.
      interactive: isatty(0) && Boolean(process.stdout.isTTY),
    });
    // Answers whose save failed are tried once more before the process ends; a failure is never silent.
    if (!flushStores()) {
      process.stderr.write(words.exit.notSaved);
      return ExitCode.error;
    }
    return code;
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
  // A failed write to a file reports its error on a later tick: let it reach the handler above before exiting 0.
  await new Promise((resolve) => setImmediate(resolve));
  await Promise.all(
    [process.stdout, process.stderr].map(
      (stream) => new Promise<void>((resolve) => (stream.writableLength === 0 ? resolve() : stream.write('', () => resolve()))),
    ),
  );
  process.exit(code);
}

await exitAfterFlush(await main());
