// recall: type a word or phrase from memory, with a hint ladder (first letter, then half, then the answer).
import { words } from '../words.js';
import { textListSchema, textSchema } from './choices.js';
import { gradeOf, type KindSpec } from './kind.js';
import { askTyped, letterHints, matchAccepted, type AcceptedText } from './typed-answer.js';

export interface RecallFields { readonly kind: 'recall'; readonly answer: AcceptedText }
export interface RecallResponse { readonly text: string }

export const recall: KindSpec<RecallFields, RecallResponse> = {
  summary: 'answer (the canonical text) and accept (optional list of other right spellings)',
  schema: { required: ['answer'], properties: { answer: textSchema, accept: textListSchema() } },
  read({ r }) {
    const text = r.string('answer');
    const accept = r.has('accept') ? r.stringList('accept') : [];
    return { kind: 'recall', answer: { text, accept } };
  },
  whyTargets: () => null,
  async ask(q, tools) {
    const { text, hintsUsed, revealed } = await askTyped((left) => words.ask.recall(left), letterHints(q.answer.text), tools);
    return { response: { text }, hintsUsed, revealed };
  },
  grade(q, r) {
    const m = matchAccepted(r.text, q.answer);
    if (m.match === 'none') return gradeOf(0);
    return gradeOf(1, m.match === 'typo' ? [{ kind: 'typo', given: r.text, matched: m.spelling }] : []);
  },
  stem: (q) => q.prompt,
  describe: (q) => q.answer.text,
  cardFront: (q) => q.prompt,
};
