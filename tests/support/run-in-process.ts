// Runs a command line in this process, through the same command table and Context code as the binary, with
// buffered output, piped answers, a temporary progress home, and a fixed clock and seed. Milliseconds per
// run instead of a process start; process-level tests keep only what a process shows (signals, pipes, tmux).
import { PassThrough, Readable, Writable } from 'node:stream';
import { createContext, type ProcessIO } from '../../src/context.js';
import { Interrupted } from '../../src/errors.js';
import { runCommandLine } from '../../src/program.js';
import { testCacheDir, tempHome, type CliResult } from './run-cli.js';

export interface InProcessOptions {
  /** Piped answers, one per line, as `printf … | nm-tutor …` would give them. */
  input?: string;
  home?: string;
  env?: Record<string, string>;
  now?: () => Date;
  seed?: number;
  columns?: number;
  /** As if both ends were a terminal (a bare command line studies); prompts stay in plain mode. */
  interactive?: boolean;
}

class Sink extends Writable {
  text = '';
  constructor(private readonly also?: Sink) {
    super();
  }
  override _write(chunk: Buffer | string, _enc: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

export async function runInProcess(args: string[], opts: InProcessOptions = {}): Promise<CliResult> {
  const stdout = Object.assign(new Sink(), { isTTY: false, columns: opts.columns });
  const stderr = new Sink();
  let stdin: Readable | undefined;
  const io: ProcessIO = {
    stdin: () => (stdin ??= opts.input === undefined ? new PassThrough().end() : Readable.from([opts.input])),
    stdinIsTTY: () => false,
    stdout,
    stderr,
    env: { NM_TUTOR_HOME: opts.home ?? tempHome(), NM_TUTOR_CACHE_DIR: testCacheDir, ...opts.env },
    now: opts.now ?? (() => new Date()),
    seed: () => opts.seed ?? 1,
  };
  let status: number;
  try {
    status = await runCommandLine(args, (globals) => createContext(globals, io), {
      writeOut: (text) => stdout.write(text),
      writeErr: (text) => stderr.write(text),
      interactive: opts.interactive,
    });
  } catch (err) {
    if (!(err instanceof Interrupted)) throw err;
    stderr.write('\nStopped. Everything you answered is saved.\n');
    status = err.exitCode;
  }
  await new Promise((resolve) => setImmediate(resolve));
  return { status, stdout: stdout.text, stderr: stderr.text };
}
