// The one interface through which commands ask the learner anything. Implemented by the Inquirer UI,
// the plain line-mode UI and the scripted fake in tests.
export interface Choice<T> {
  readonly name: string;
  readonly value: T;
  /** Chosen by q or Esc too (a way out of a menu, e.g. "Stop here"). */
  readonly escape?: boolean;
}

export interface Prompter {
  choose<T>(message: string, choices: readonly Choice<T>[]): Promise<T>;
  chooseMany<T>(message: string, choices: readonly Choice<T>[]): Promise<T[]>;
  /** Free text, one line. */
  text(message: string): Promise<string>;
  /** Free text of a few lines: lines until an empty line (the first line empty means no answer). */
  longText(message: string): Promise<string>;
  confirm(message: string, defaultValue: boolean): Promise<boolean>;
  close(): void;
}
