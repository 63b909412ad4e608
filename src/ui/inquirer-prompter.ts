// The interactive terminal UI. The only module that imports @inquirer/prompts (loaded lazily).
import { Interrupted } from '../errors.js';
import type { Prompter } from './prompter.js';

type Inquirer = typeof import('@inquirer/prompts');

export function createInquirerPrompter(): Prompter {
  let loaded: Promise<Inquirer> | undefined;
  const inquirer = () => (loaded ??= import('@inquirer/prompts'));
  // Ctrl-C inside a prompt arrives as ExitPromptError, not SIGINT: make it the same clean exit.
  const guard = async <T>(ask: () => Promise<T>): Promise<T> => {
    try {
      return await ask();
    } catch (err) {
      if (err instanceof Error && (err.name === 'ExitPromptError' || err.name === 'AbortPromptError')) throw new Interrupted(130);
      throw err;
    }
  };
  return {
    async choose(message, choices) {
      const { select } = await inquirer();
      return guard(() => select({ message, choices: choices.map((c) => ({ name: c.name, value: c.value })), pageSize: 10, loop: false }));
    },
    async chooseMany(message, choices) {
      const { checkbox } = await inquirer();
      return guard(() => checkbox({ message, choices: choices.map((c) => ({ name: c.name, value: c.value })), pageSize: 10, loop: false }));
    },
    async text(message) {
      const { input } = await inquirer();
      return (await guard(() => input({ message }))).trim();
    },
    async confirm(message, defaultValue) {
      const { confirm } = await inquirer();
      return guard(() => confirm({ message, default: defaultValue }));
    },
    close() {},
  };
}
