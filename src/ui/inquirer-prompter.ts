// The interactive terminal UI. The only module that imports @inquirer/prompts (loaded lazily).
import { ExitCode, Interrupted } from '../errors.js';
import type { Prompter } from './prompter.js';
import { wrapText } from './theme.js';
import { words } from '../words.js';

type Inquirer = typeof import('@inquirer/prompts');

/**
 * `doneMark` replaces Inquirer's green tick on answered prompts: the tick read as "right" even on a wrong
 * answer. `width` wraps long messages at word boundaries, so narrow terminals do not break words.
 */
export function createInquirerPrompter(opts: { doneMark: string; width: number }): Prompter {
  // The key bar under menus also says how to stop: Ctrl-C ends the session with the score so far.
  const keysHelpTip = (keys: [string, string][]) =>
    [...keys, ['Ctrl-C', words.prompt.keyStop]].map(([key, action]) => `${key} ${action}`).join(' • ');
  const theme = { prefix: { idle: '?', done: opts.doneMark } };
  const menuTheme = { ...theme, style: { keysHelpTip } };
  const escapeTheme = {
    ...theme,
    style: { keysHelpTip: (keys: [string, string][]) => keysHelpTip([...keys, ['q', words.prompt.keyStopHere]]) },
  };
  const wrap = (message: string) => wrapText(message, Math.max(20, opts.width - 4));
  let loaded: Promise<Inquirer> | undefined;
  const inquirer = () => (loaded ??= import('@inquirer/prompts'));
  // Ctrl-C inside a prompt arrives as ExitPromptError, not SIGINT: make it the same clean exit.
  const guard = async <T>(ask: () => Promise<T>): Promise<T> => {
    try {
      return await ask();
    } catch (err) {
      if (err instanceof Error && (err.name === 'ExitPromptError' || err.name === 'AbortPromptError'))
        throw new Interrupted(ExitCode.interrupted);
      throw err;
    }
  };
  return {
    async choose(message, choices) {
      const { select } = await inquirer();
      const config = {
        message: wrap(message),
        theme: menuTheme,
        choices: choices.map((c) => ({ name: c.name, value: c.value })),
        pageSize: 10,
        loop: false,
      };
      const escape = choices.find((c) => c.escape);
      if (!escape) return guard(() => select(config));
      // q or Esc picks the way out: the prompt is aborted and the escape choice stands.
      const controller = new AbortController();
      const { emitKeypressEvents } = await import('node:readline');
      emitKeypressEvents(process.stdin);
      const onKey = (_: unknown, key?: { name?: string }) => {
        if (key?.name === 'escape' || key?.name === 'q') controller.abort();
      };
      process.stdin.on('keypress', onKey);
      try {
        return await guard(() => select({ ...config, theme: escapeTheme }, { signal: controller.signal }));
      } catch (err) {
        if (controller.signal.aborted) return escape.value;
        throw err;
      } finally {
        process.stdin.off('keypress', onKey);
      }
    },
    async chooseMany(message, choices) {
      const { checkbox } = await inquirer();
      return guard(() =>
        checkbox({
          message: wrap(message),
          theme: menuTheme,
          choices: choices.map((c) => ({ name: c.name, value: c.value })),
          pageSize: 10,
          loop: false,
        }),
      );
    },
    async text(message) {
      const { input } = await inquirer();
      return (await guard(() => input({ message: wrap(message), theme }))).trim();
    },
    async longText(message) {
      // Inquirer has no multi-line input: one line per prompt until an empty one.
      const { input } = await inquirer();
      const lines: string[] = [];
      for (;;) {
        const line = (await guard(() => input({ message: lines.length ? '…' : wrap(message), theme }))).trim();
        if (line === '') return lines.join('\n');
        lines.push(line);
      }
    },
    async confirm(message, defaultValue) {
      const { confirm } = await inquirer();
      return guard(() => confirm({ message: wrap(message), theme, default: defaultValue }));
    },
    close() {},
  };
}
