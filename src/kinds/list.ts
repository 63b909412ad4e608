// list: type the items of a set, in any order; partial credit per item.
import { words } from '../words.js';
import { acceptMapSchema, textListSchema } from './choices.js';
import { gradeOf, type GradeNote, type Hint, type KindSpec } from './kind.js';
import { askTyped, matchAccepted, readAcceptedList, splitListAnswer, type AcceptedText } from './typed-answer.js';

export interface ListFields { readonly kind: 'list'; readonly answer: readonly AcceptedText[] }
export interface ListResponse { readonly items: readonly string[] }

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
  grade(q, r) {
    const remaining = [...q.answer];
    const notes: GradeNote[] = [];
    for (const item of r.items) {
      // An exact match anywhere wins over a typo match, so "cost" never uses up "costs" meant for another item.
      let idx = remaining.findIndex((a) => matchAccepted(item, a).match === 'exact');
      if (idx < 0) idx = remaining.findIndex((a) => matchAccepted(item, a).match === 'typo');
      if (idx < 0) continue;
      const [hit] = remaining.splice(idx, 1);
      const m = matchAccepted(item, hit!);
      if (m.match === 'typo') notes.push({ kind: 'typo', given: item, matched: m.spelling });
    }
    if (remaining.length) notes.push({ kind: 'missing', items: remaining.map((a) => a.text) });
    return gradeOf((q.answer.length - remaining.length) / q.answer.length, notes);
  },
  stem: (q) => q.prompt,
  describe: (q) => q.answer.map((a) => a.text).join(', '),
  cardFront: (q) => q.prompt,
};
