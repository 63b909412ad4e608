// Builds what commands need from the real process: output, theme, prompter, content and progress store.
// Tests call commands with their own Context instead.
import type { Content } from './content/model.js';
import type { ProgressStore } from './progress/store.js';
import type { Prompter } from './ui/prompter.js';
import type { Theme } from './ui/theme.js';

export interface GlobalOptions { plain?: boolean; color?: boolean; content?: string }

export interface Context {
  readonly out: (text: string) => void;
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
  /** The terminal's height, when the terminal UI is in use: long lesson cards are split to fit it. */
  readonly screenRows?: number;
}

export async function createContext(opts: GlobalOptions): Promise<Context> {
  const { createTheme, wantsColor, wrapText } = await import('./ui/theme.js');
  const env = process.env;
  const color = wantsColor({ noColor: opts.color === false }, env, Boolean(process.stdout.isTTY));
  const chalk = color ? new (await import('chalk')).Chalk({ level: 1 }) : undefined;
  const theme = createTheme(chalk, env, process.stdout.columns);
  let prompter: Prompter | undefined;
  let store: ProgressStore | undefined;
  const warn = (text: string) => process.stderr.write(`${theme.bad('!')} ${text}\n`);
  // Asked late, not up front: touching process.stdin builds a stream that most commands never read.
  const plainMode = () => Boolean(opts.plain) || !process.stdin.isTTY || env.TERM === 'dumb';
  return {
    out: (text) => process.stdout.write(`${text}\n`),
    say: (text, style = (s) => s) => process.stdout.write(`${style(wrapText(text, theme.width))}\n`),
    warn,
    note: (text) => process.stderr.write(`${theme.dim(text)}\n`),
    theme,
    prompter: async () => {
      if (prompter) return prompter;
      if (plainMode()) {
        const { createPlainPrompter } = await import('./ui/plain-prompter.js');
        prompter = createPlainPrompter(process.stdin, process.stdout, theme.width);
      } else {
        const { createInquirerPrompter } = await import('./ui/inquirer-prompter.js');
        prompter = createInquirerPrompter();
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
      const { openProgressStore } = await import('./progress/store.js');
      const { progressFilePath } = await import('./progress/location.js');
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
    now: () => new Date(),
    // Line mode reads one answer per line in a fixed order (scripts, screen readers): no extra page prompts.
    get screenRows() { return !plainMode() && process.stdout.isTTY ? process.stdout.rows : undefined; },
  };
}
