// multi: pick all the right choices and none of the others; partial credit, wrong picks cost as much as hits earn.
import { words } from '../words.js';
import { checkAmongChoices, readChoices, shuffledChoices, textListSchema } from './choices.js';
import { gradeOf, type GradeNote, type KindSpec } from './kind.js';

export interface MultiFields {
  readonly kind: 'multi';
  readonly choices: readonly string[];
  readonly answer: readonly string[];
}
export interface MultiResponse {
  readonly choices: readonly string[];
}

export const multi: KindSpec<MultiFields, MultiResponse> = {
  summary: 'choices and answer (a list, a subset of the choices)',
  schema: { required: ['choices', 'answer'], properties: { choices: textListSchema(2), answer: textListSchema(1) } },
  read(t) {
    const choices = readChoices(t);
    const answer = t.r.stringList('answer', { min: 1 });
    checkAmongChoices(t, choices, answer);
    return { kind: 'multi', choices, answer };
  },
  whyTargets: (q) => q.choices,
  async ask(q, { prompter, random }) {
    const choices = await prompter.chooseMany(words.ask.multi, shuffledChoices(q.choices, random));
    return { response: { choices }, hintsUsed: 0, revealed: false };
  },
  grade(q, r) {
    const picked = new Set(r.choices);
    const right = new Set(q.answer);
    const hits = [...picked].filter((c) => right.has(c)).length;
    const wrongPicks = [...picked].filter((c) => !right.has(c));
    const missed = q.answer.filter((a) => !picked.has(a));
    const notes: GradeNote[] = [];
    if (missed.length) notes.push({ kind: 'missed', items: missed });
    if (wrongPicks.length) notes.push({ kind: 'not-right', items: wrongPicks });
    // Every wrong pick that has a why-note gets it: the learner chose it, so that is the confusion to clear up.
    for (const choice of wrongPicks) if (q.why[choice]) notes.push({ kind: 'why', choice, note: q.why[choice]! });
    return gradeOf(Math.max(0, (hits - wrongPicks.length) / right.size), notes);
  },
  stem: (q) => q.prompt,
  describe: (q) => q.answer.join('; '),
  // Prompts often say "Choose all that apply." already: the card does not say it twice.
  cardFront: (q) => `${q.prompt} (${words.card.chooseAllIn(q.prompt)}${q.choices.join(' / ')})`,
};
