// The one interface through which commands ask the learner anything. Implemented by the Inquirer UI,
// the plain line-mode UI and the scripted fake in tests.
export interface Choice<T> { readonly name: string; readonly value: T }

export interface Prompter {
  choose<T>(message: string, choices: readonly Choice<T>[]): Promise<T>;
  chooseMany<T>(message: string, choices: readonly Choice<T>[]): Promise<T[]>;
  /** Free text. */
  text(message: string): Promise<string>;
  confirm(message: string, defaultValue: boolean): Promise<boolean>;
  close(): void;
}
