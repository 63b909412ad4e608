// order: put items in their right order, picked one at a time; partial credit per position.
import { shuffle } from '../engine/random.js';
import { words } from '../words.js';
import { oneLineEach, textListSchema } from './choices.js';
import { gradeOf, type KindSpec } from './kind.js';

export interface OrderFields {
  readonly kind: 'order';
  readonly answer: readonly string[];
}
export interface OrderResponse {
  readonly items: readonly string[];
}

export const order: KindSpec<OrderFields, OrderResponse> = {
  summary: 'answer (the items in their right order; shown shuffled)',
  schema: { required: ['answer'], properties: { answer: textListSchema(2) } },
  read(t) {
    const { r, problems, answerPos } = t;
    const answer = oneLineEach(t, 'answer', r.stringList('answer', { min: 2 }));
    if (new Set(answer).size !== answer.length) problems.at(answerPos, 'order items must be distinct');
    return { kind: 'order', answer };
  },
  whyTargets: () => null,
  async ask(q, { prompter, random }) {
    let remaining = shuffle(q.answer, random);
    const items: string[] = [];
    while (remaining.length > 1) {
      const next = await prompter.choose(
        items.length === 0 ? words.ask.orderFirst : words.ask.orderNext,
        remaining.map((c) => ({ name: c, value: c })),
      );
      items.push(next);
      remaining = remaining.filter((c) => c !== next);
    }
    items.push(...remaining);
    return { response: { items }, hintsUsed: 0, revealed: false };
  },
  grade(q, r) {
    const right = q.answer.filter((a, i) => r.items[i] === a).length;
    return gradeOf(right / q.answer.length, right < q.answer.length ? [{ kind: 'placed', right, total: q.answer.length }] : []);
  },
  stem: (q) => q.prompt,
  describe: (q) => q.answer.map((a, i) => `${i + 1}. ${a}`).join('  '),
  // Sorted, so the card does not give the order away.
  cardFront: (q) => `${q.prompt} (${[...q.answer].sort().join(' / ')})`,
};
