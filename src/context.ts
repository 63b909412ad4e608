// Everything a command needs from the outside world comes through a Context: output streams, environment,
// clock, random seed, prompter, content and progress store. createContext builds it from the real process;
// tests build their own (tests/support/test-context.ts) and run commands in-process.
import { isatty } from 'node:tty';
import type { Content } from './content/model.js';
import type { ProgressStore } from './progress/store.js';
import type { Prompter } from './ui/prompter.js';
import type { Theme } from './ui/theme.js';

export interface GlobalOptions {
  plain?: boolean;
  color?: boolean;
  content?: string;
}

export interface Context {
  /** A line of output. */
  readonly out: (text: string) => void;
  /** Output exactly as given (a file's worth of export text, a completion script). */
  readonly write: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** A message: wrapped to the terminal width, then styled. */
  readonly say: (text: string, style?: (s: string) => string) => void;
  readonly warn: (text: string) => void;
  /** A quiet aside on stderr (so `--json` output stays clean), e.g. a misspelt topic taken as meant. */
  readonly note: (text: string) => void;
  readonly theme: Theme;
  readonly prompter: () => Promise<Prompter>;
  readonly content: () => Promise<Content>;
  readonly store: () => Promise<ProgressStore>;
  readonly now: () => Date;
  /**
   * A command line to suggest to the learner, written the way they ran the tutor (`npx nm-tutor` or
   * `nm-tutor`) and carrying the options it needs (`--content DIR`), so every hint works as printed.
   */
  readonly command: (args: string) => string;
  /** Takes the text on screen away before a question that should be answered from memory (plain mode: a rule). */
  readonly clearScreen: (heading: string) => void;
  /** A seed for shuffling when the learner gave none. */
  readonly seed: () => number;
  /** The terminal's height, when the terminal UI is in use: long lesson cards are split to fit it. */
  readonly screenRows?: number;
}

/** The outside world a Context is built from: the real process, or a test's buffers, clock and seed. */
export interface ProcessIO {
  /** Asked late: touching process.stdin builds a stream that most commands never read. */
  readonly stdin: () => NodeJS.ReadableStream & { isTTY?: boolean };
  readonly stdinIsTTY: () => boolean;
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number; rows?: number };
  readonly stderr: NodeJS.WritableStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly now: () => Date;
  readonly seed: () => number;
}

export const realProcessIO = (): ProcessIO => ({
  stdin: () => process.stdin,
  stdinIsTTY: () => isatty(0),
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  now: () => new Date(),
  seed: () => Date.now(),
});

export async function createContext(opts: GlobalOptions, io: ProcessIO = realProcessIO()): Promise<Context> {
  const { createTheme, wantsColor, wrapText } = await import('./ui/theme.js');
  const { env, stdout, stderr } = io;
  // Line mode: asked without building the stdin stream, which most commands never read.
  const plainMode = () => Boolean(opts.plain) || !io.stdinIsTTY() || env.TERM === 'dumb';
  const color = wantsColor({ noColor: opts.color === false }, env, Boolean(stdout.isTTY));
  const chalk = color ? new (await import('chalk')).Chalk({ level: 1 }) : undefined;
  const theme = createTheme(chalk, env, stdout.columns, plainMode());
  let prompter: Prompter | undefined;
  let store: ProgressStore | undefined;
  const warn = (text: string) => stderr.write(`${theme.bad('!')} ${text}\n`);
  return {
    out: (text) => stdout.write(`${text}\n`),
    write: (text) => stdout.write(text),
    env,
    say: (text, style = (s) => s) => stdout.write(`${style(wrapText(text, theme.width))}\n`),
    warn,
    note: (text) => stderr.write(`${theme.dim(text)}\n`),
    theme,
    prompter: async () => {
      if (prompter) return prompter;
      if (plainMode()) {
        const { createPlainPrompter } = await import('./ui/plain-prompter.js');
        prompter = createPlainPrompter(io.stdin(), stdout, theme.width);
      } else {
        const { createInquirerPrompter } = await import('./ui/inquirer-prompter.js');
        prompter = createInquirerPrompter({ doneMark: theme.dim(theme.unicode ? '›' : '>'), width: theme.width });
      }
      return prompter;
    },
    content: async () => {
      const { loadContent } = await import('./content/load-content.js');
      const { contentDirFrom, contentCacheDir } = await import('./paths.js');
      return loadContent(contentDirFrom(opts.content, env), contentCacheDir(env));
    },
    store: async () => {
      if (store) return store;
      const [{ openProgressStore }, { progressFilePath }] = await Promise.all([import('./progress/store.js'), import('./paths.js')]);
      // NM_TUTOR_JOURNAL_ABOVE_BYTES: when saves switch from whole-file writes to the journal (tests use 0).
      const journalAboveBytes = env.NM_TUTOR_JOURNAL_ABOVE_BYTES ? Number(env.NM_TUTOR_JOURNAL_ABOVE_BYTES) : undefined;
      // Test-only fault injection (tests/e2e/faults.test.ts): a writer that stalls before its rename, and a
      // shorter lock age so that a stalled writer is taken over within a test's time.
      const delay = Number(env.NM_TUTOR_TEST_DELAY_RENAME_MS) || 0;
      const staleMs = Number(env.NM_TUTOR_TEST_LOCK_STALE_MS) || undefined;
      store = openProgressStore(progressFilePath(env), warn, {
        journalAboveBytes,
        ...(staleMs ? { lock: { staleMs } } : {}),
        ...(delay > 0 ? { beforeRename: () => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, delay) } : {}),
      });
      return store;
    },
    now: io.now,
    seed: io.seed,
    command: (args) => commandLine(env, opts, args),
    clearScreen: (heading) => {
      if (!plainMode() && stdout.isTTY) stdout.write('\u001b[2J\u001b[H');
      else stdout.write(`${theme.dim((theme.unicode && !theme.plain ? '─' : '-').repeat(Math.min(40, theme.width)))}\n`);
      stdout.write(`${theme.strong(heading)}\n`);
    },
    // Line mode reads one answer per line in a fixed order (scripts, screen readers): no extra page prompts.
    get screenRows() {
      return !plainMode() && stdout.isTTY ? stdout.rows : undefined;
    },
  };
}

/** How the learner ran the tutor, so hints can be pasted back: `npx nm-tutor --content ./pack quiz`. */
export function commandLine(env: Readonly<Record<string, string | undefined>>, globals: GlobalOptions, args: string): string {
  const name = env.npm_command === 'exec' ? 'npx nm-tutor' : 'nm-tutor';
  const content = globals.content ? ` --content ${shellWord(globals.content)}` : '';
  return `${name}${content} ${args}`;
}

function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, "'\\''")}'`;
}
