// Which questions a quiz asks, and in what order: new and weak items are favoured, topics interleaved.
import type { Question } from '../content/model.js';
import type { Progress } from '../progress/model.js';
import type { Random } from './random.js';

/** Recent accuracy (last five attempts), or null for a question never answered. */
export function recentAccuracy(progress: Progress, id: string): number | null {
  const attempts = progress.questions[id]?.attempts ?? [];
  if (attempts.length === 0) return null;
  const recent = attempts.slice(-5);
  return recent.reduce((s, a) => s + a.score, 0) / recent.length;
}

/** Weight: new questions 3, answered ones 1 + 2 x (1 - recent accuracy), so weak ones come up more. */
export function selectionWeight(progress: Progress, id: string): number {
  const acc = recentAccuracy(progress, id);
  return acc === null ? 3 : 1 + 2 * (1 - acc);
}

export function selectQuestions(pool: readonly Question[], progress: Progress, limit: number, random: Random): Question[] {
  // Weighted sampling without replacement (Efraimidis-Spirakis): key = u^(1/w), largest keys win.
  const keyed = pool.map((q) => ({ q, key: Math.pow(random(), 1 / selectionWeight(progress, q.id)) }));
  keyed.sort((a, b) => b.key - a.key);
  return interleave(keyed.slice(0, limit).map((k) => k.q));
}

/** Reorders so that no two neighbours share a topic where that can be avoided. */
export function interleave(questions: readonly Question[]): Question[] {
  const rest = [...questions];
  const out: Question[] = [];
  while (rest.length) {
    const last = out[out.length - 1]?.lesson;
    const idx = rest.findIndex((q) => q.lesson !== last);
    out.push(rest.splice(Math.max(idx, 0), 1)[0]!);
  }
  return out;
}
