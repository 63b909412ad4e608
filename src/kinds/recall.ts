// recall: type a word or phrase from memory, with a hint ladder (first letter, then half, then the answer).
import { words } from '../words.js';
import { phrasingListSchema, textSchema } from './choices.js';
import { gradeOf, type KindSpec } from './kind.js';
import { askTyped, letterHints, notesOf, readPhrasings, type AcceptedText } from './typed-answer.js';

export interface RecallFields {
  readonly kind: 'recall';
  readonly answer: AcceptedText;
}
export interface RecallResponse {
  readonly text: string;
}

export const recall: KindSpec<RecallFields, RecallResponse> = {
  summary: 'answer (the canonical text) and accept (optional: other right answers, each a phrase or a list of key terms)',
  schema: { required: ['answer'], properties: { answer: textSchema, accept: phrasingListSchema } },
  read({ r }) {
    const text = r.string('answer');
    const accept = r.has('accept') ? readPhrasings(r, 'accept') : [];
    return { kind: 'recall', answer: { text, accept } };
  },
  whyTargets: () => null,
  async ask(q, tools) {
    const { text, hintsUsed, revealed } = await askTyped((left) => words.ask.recall(left), letterHints(q.answer.text), tools);
    return { response: { text }, hintsUsed, revealed };
  },
  grade(q, r, { grading, lexicon }) {
    const short = grading.gradeRecall(r.text, q.answer, lexicon);
    return gradeOf(short.score, notesOf(short, [q.answer], false));
  },
  fromTyped: (_q, lines) => ({ text: lines.join(' ') }),
  stem: (q) => q.prompt,
  describe: (q) => q.answer.text,
  cardFront: (q) => q.prompt,
};
