// cloze: fill the ___ gaps of a sentence; each gap graded like a recall answer.
import { count, words } from '../words.js';
import { acceptMapSchema, textListSchema } from './choices.js';
import { gradeOf, type KindSpec } from './kind.js';
import { askTyped, letterHints, notesOf, readAcceptedList, type AcceptedText } from './typed-answer.js';

export const GAP = '___';

export interface ClozeFields {
  readonly kind: 'cloze';
  readonly answer: readonly AcceptedText[];
}
export interface ClozeResponse {
  readonly gaps: readonly string[];
}

export const cloze: KindSpec<ClozeFields, ClozeResponse> = {
  summary: 'a prompt with ___ gaps, answer (one per gap, in order) and accept (optional map)',
  schema: { required: ['answer'], properties: { answer: textListSchema(1), accept: acceptMapSchema } },
  read(t) {
    const answer = readAcceptedList(t);
    const gaps = t.prompt.split(GAP).length - 1;
    if (gaps !== answer.length)
      t.problems.at(t.node.pos, `cloze prompt has ${count(gaps, 'gap')} (${GAP}) but ${count(answer.length, 'answer')}`);
    return { kind: 'cloze', answer };
  },
  whyTargets: () => null,
  async ask(q, tools) {
    const gaps: string[] = [];
    let hintsUsed = 0;
    let revealed = false;
    for (const [i, a] of q.answer.entries()) {
      const gap = await askTyped((left) => words.ask.gap(i, q.answer.length, left), letterHints(a.text), tools);
      gaps.push(gap.text);
      hintsUsed += gap.hintsUsed;
      revealed ||= gap.revealed;
    }
    return { response: { gaps }, hintsUsed, revealed };
  },
  grade(q, r, { grading, lexicon }) {
    const short = grading.gradeCloze(r.gaps, q.answer, lexicon);
    return gradeOf(short.score, notesOf(short, q.answer, true));
  },
  fromTyped: (_q, lines) => ({ gaps: lines }),
  // Gaps numbered in the sentence when there are several, so "Gap 2:" points somewhere.
  stem: (q) => (q.answer.length > 1 ? numberGaps(q.prompt) : q.prompt),
  describe: (q) => q.answer.map((a) => a.text).join(' / '),
  cardFront: (q) => q.prompt,
};

function numberGaps(prompt: string): string {
  let n = 0;
  return prompt.replaceAll(GAP, () => `(${++n}) ${GAP}`);
}
