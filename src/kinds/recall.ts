// recall: type a word or phrase from memory, with a hint ladder (first letter, then half, then reveal).
import { words } from '../words.js';
import { textListSchema, textSchema } from './choices.js';
import { gradeOf, type KindSpec } from './kind.js';
import { matchAccepted, type AcceptedText } from './typed-answer.js';

export const HINT_REQUEST = '?';

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
  async ask(q, { prompter, hint }) {
    let hintsUsed = 0;
    for (;;) {
      const text = await prompter.text(words.ask.recall(hintsUsed, HINT_REQUEST));
      if (text !== HINT_REQUEST) return { response: { text }, hintsUsed, revealed: false };
      if (hintsUsed >= 2) return { response: { text: '' }, hintsUsed, revealed: true };
      hintsUsed++;
      const answer = q.answer.text;
      hint(hintsUsed === 1
        ? { kind: 'first-letters', shown: answer[0] ?? '', length: answer.length }
        : { kind: 'first-letters', shown: answer.slice(0, Math.ceil(answer.length / 2)) });
    }
  },
  grade(q, r) {
    const m = matchAccepted(r.text, q.answer);
    if (m.match === 'none') return gradeOf(0);
    return gradeOf(1, m.match === 'typo' ? [{ kind: 'typo', given: r.text, matched: m.spelling }] : []);
  },
  describe: (q) => q.answer.text,
  cardFront: (q) => q.prompt,
};
