// truefalse: a statement that is true or false.
import { words } from '../words.js';
import { gradeOf, type KindSpec } from './kind.js';

export interface TrueFalseFields {
  readonly kind: 'truefalse';
  readonly answer: boolean;
}
export interface TrueFalseResponse {
  readonly value: boolean;
}

export const truefalse: KindSpec<TrueFalseFields, TrueFalseResponse> = {
  summary: 'answer: true or false',
  schema: { required: ['answer'], properties: { answer: { type: 'boolean' } } },
  read: ({ r }) => ({ kind: 'truefalse', answer: r.boolean('answer') }),
  whyTargets: () => null,
  async ask(_q, { prompter }) {
    const value = await prompter.choose(words.ask.trueFalse, [
      { name: words.ask.true, value: true },
      { name: words.ask.false, value: false },
    ]);
    return { response: { value }, hintsUsed: 0, revealed: false };
  },
  grade: (q, r) => gradeOf(r.value === q.answer ? 1 : 0),
  stem: (q) => q.prompt,
  describe: (q) => (q.answer ? words.ask.true : words.ask.false),
  cardFront: (q) => words.card.trueFalse(q.prompt),
};
