// What the choice kinds (single, multi) share: reading choices, checking answers against them, card fronts.
import { shuffle, type Random } from '../engine/random.js';
import type { Choice } from '../ui/prompter.js';
import type { ReadTools } from './kind.js';

export const textSchema = { type: 'string', minLength: 1 } as const;
export const textListSchema = (min = 0) => ({ type: 'array', items: textSchema, minItems: min });
/** Accepted answers: each a phrase, or a list of key terms that must all appear. */
export const phrasingListSchema = {
  type: 'array',
  items: { anyOf: [textSchema, { type: 'array', items: textSchema, minItems: 1 }] },
} as const;
export const acceptMapSchema = { type: 'object', additionalProperties: phrasingListSchema } as const;

export function readChoices(t: ReadTools): string[] {
  return oneLineEach(t, 'choices', t.r.stringList('choices', { min: 2 }));
}

/**
 * What a learner picks from is one line each: a line break inside a choice could print text that looks like
 * feedback or another choice ("✔ Right." under a wrong one).
 */
export function oneLineEach(t: ReadTools, key: string, texts: string[]): string[] {
  for (const text of texts)
    if (/[\n\r\u2028\u2029]/.test(text))
      t.problems.at(
        // Only called with texts read from `key`, so the key is there.
        t.r.raw(key)!.pos,
        `each item of "${key}" must be one line: "${text.split(/[\n\r\u2028\u2029]/)[0]}…" has a line break`,
      );
  return texts;
}

export function checkAmongChoices({ problems, answerPos }: ReadTools, choices: readonly string[], answers: readonly string[]): void {
  for (const a of answers) if (a && !choices.includes(a)) problems.at(answerPos, `answer "${a}" is not among the choices`);
}

export function shuffledChoices(choices: readonly string[], random: Random): Choice<string>[] {
  return shuffle(choices, random).map((c) => ({ name: c, value: c }));
}
