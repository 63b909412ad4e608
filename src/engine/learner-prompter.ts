// What every question offers, whatever its kind: "I don't know" instead of a forced guess, and a nudge instead
// of a wrong grade when nothing was answered. Wraps the Prompter that a kind asks through, so no kind repeats it.
import type { Prompter } from '../ui/prompter.js';
import { words } from '../words.js';

/** The learner said they don't know: the session shows the answer and rates it Again, recording no guess. */
export class DontKnow extends Error {
  constructor() {
    super('dont-know');
    this.name = 'DontKnow';
  }
}

/** Typed ways of saying "I don't know" (in the catalogue: they change with the learner's language). */
const DONT_KNOW_WORDS = words.ask.dontKnowTyped;
const DONT_KNOW = Symbol('dont-know');

export function withLearnerEscapes(prompter: Prompter, nudge: (text: string) => void): Prompter {
  return {
    async choose(message, choices) {
      const picked = await prompter.choose<unknown>(message, [...choices, { name: words.ask.dontKnowChoice, value: DONT_KNOW }]);
      if (picked === DONT_KNOW) throw new DontKnow();
      return picked as never;
    },
    async chooseMany(message, choices) {
      for (;;) {
        const picked = await prompter.chooseMany<unknown>(message, [...choices, { name: words.ask.dontKnowChoice, value: DONT_KNOW }]);
        if (picked.includes(DONT_KNOW)) throw new DontKnow();
        if (picked.length > 0) return picked as never[];
        nudge(words.ask.nudgeChoose);
      }
    },
    async text(message) {
      for (;;) {
        const text = (await prompter.text(message)).trim();
        if (DONT_KNOW_WORDS.includes(text.toLowerCase())) throw new DontKnow();
        if (text !== '') return text;
        nudge(words.ask.nudgeType);
      }
    },
    async longText(message) {
      for (;;) {
        const text = (await prompter.longText(message)).trim();
        if (DONT_KNOW_WORDS.includes(text.toLowerCase())) throw new DontKnow();
        if (text !== '') return text;
        nudge(words.ask.nudgeType);
      }
    },
    confirm: (message, defaultValue) => prompter.confirm(message, defaultValue),
    close: () => prompter.close(),
  };
}
