// A Prompter that answers from a script, for running whole sessions in unit tests.
import type { Choice, Prompter } from '../../src/ui/prompter.js';

export type Scripted = string | string[] | boolean;

export class ScriptedPrompter implements Prompter {
  readonly asked: string[] = [];
  constructor(private readonly script: Scripted[]) {}

  private next(message: string): Scripted {
    this.asked.push(message);
    if (this.script.length === 0) throw new Error(`script ran out at: ${message}`);
    return this.script.shift()!;
  }

  async choose<T>(message: string, choices: readonly Choice<T>[]): Promise<T> {
    const answer = this.next(message);
    const hit = choices.find((c) => c.name === answer);
    if (!hit) throw new Error(`"${String(answer)}" is not a choice for ${message}: ${choices.map((c) => c.name).join(' | ')}`);
    return hit.value;
  }

  async chooseMany<T>(message: string, choices: readonly Choice<T>[]): Promise<T[]> {
    const answer = this.next(message) as string[];
    return choices.filter((c) => answer.includes(c.name)).map((c) => c.value);
  }

  async text(message: string): Promise<string> {
    return String(this.next(message));
  }

  async longText(message: string): Promise<string> {
    return String(this.next(message));
  }

  async confirm(message: string): Promise<boolean> {
    return this.next(message) as boolean;
  }

  close(): void {}
}
