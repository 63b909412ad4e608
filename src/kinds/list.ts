// list: type the items of a set, in any order; partial credit per item, and a wrong extra item costs one.
import { words } from '../words.js';
import { acceptMapSchema, textListSchema } from './choices.js';
import { gradeOf, type Hint, type KindSpec } from './kind.js';
import { askTyped, notesOf, readAcceptedList, splitListAnswer, type AcceptedText } from './typed-answer.js';

export interface ListFields {
  readonly kind: 'list';
  readonly answer: readonly AcceptedText[];
}
export interface ListResponse {
  readonly items: readonly string[];
}

export const list: KindSpec<ListFields, ListResponse> = {
  summary: 'answer (the items, any order) and accept (optional map item -> other right spellings)',
  schema: { required: ['answer'], properties: { answer: textListSchema(1), accept: acceptMapSchema } },
  read: (t) => ({ kind: 'list', answer: readAcceptedList(t) }),
  whyTargets: () => null,
  async ask(q, tools) {
    const initials: Hint = { kind: 'initials', initials: q.answer.map((a) => a.text.slice(0, 1)) };
    const { text, hintsUsed, revealed } = await askTyped((left) => words.ask.list(q.answer.length, left), [initials], tools);
    return { response: { items: splitListAnswer(text) }, hintsUsed, revealed };
  },
  grade(q, r, { grading, lexicon }) {
    const short = grading.gradeList(r.items, q.answer, lexicon);
    return gradeOf(short.score, notesOf(short, q.answer, false));
  },
  fromTyped: (_q, lines) => ({ items: splitListAnswer(lines.join('\n')) }),
  stem: (q) => q.prompt,
  describe: (q) => q.answer.map((a) => a.text).join(', '),
  cardFront: (q) => q.prompt,
};
