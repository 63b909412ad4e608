// single: pick the one right choice.
import { words } from '../words.js';
import { checkAmongChoices, readChoices, shuffledChoices, textListSchema, textSchema } from './choices.js';
import { gradeOf, type KindSpec } from './kind.js';

export interface SingleFields {
  readonly kind: 'single';
  readonly choices: readonly string[];
  readonly answer: string;
}
export interface SingleResponse {
  readonly choice: string;
}

export const single: KindSpec<SingleFields, SingleResponse> = {
  summary: 'choices (2-6 strings) and answer (one of them)',
  schema: { required: ['choices', 'answer'], properties: { choices: textListSchema(2), answer: textSchema } },
  read(t) {
    const choices = readChoices(t);
    const answer = t.r.string('answer');
    checkAmongChoices(t, choices, [answer]);
    return { kind: 'single', choices, answer };
  },
  whyTargets: (q) => q.choices,
  async ask(q, { prompter, random }) {
    const choice = await prompter.choose(words.ask.single, shuffledChoices(q.choices, random));
    return { response: { choice }, hintsUsed: 0, revealed: false };
  },
  grade(q, r) {
    const right = r.choice === q.answer;
    const why = q.why[r.choice];
    return gradeOf(right ? 1 : 0, !right && why ? [{ kind: 'why', choice: r.choice, note: why }] : []);
  },
  stem: (q) => q.prompt,
  describe: (q) => q.answer,
  cardFront: (q) => `${q.prompt} (${words.card.chooseOne}: ${q.choices.join(' / ')})`,
};
