// A run of questions: ask, grade, schedule, save after every answer, give feedback, summarise.
// No terminal or file access: the prompter, view, store and clock are passed in.
import type { Question } from '../content/model.js';
import { recordAnswer, type ProgressHolder } from '../progress/model.js';
import type { Prompter } from '../ui/prompter.js';
import type { Asked, Grade } from '../kinds/kind.js';
import { askQuestion, gradeResponse, type Response } from '../kinds/registry.js';
import { words } from '../words.js';
import type { Random } from './random.js';
import { ratingFor, scheduleNext, type StoredCard } from './schedule.js';

export interface QuizView {
  question(q: Question, index: number, total: number): void;
  feedback(q: Question, grade: Grade, asked: Asked<Response>): void;
  say(text: string): void;
}

export interface SessionDeps {
  readonly prompter: Prompter;
  readonly view: QuizView;
  readonly store: ProgressHolder;
  readonly now: () => Date;
  readonly random: Random;
}

export interface AnsweredQuestion { readonly question: Question; readonly grade: Grade; readonly saved: boolean }

export interface SessionSummary {
  readonly answered: readonly AnsweredQuestion[];
  readonly score: number;
  readonly byTopic: readonly { topic: string; score: number; count: number }[];
  /** Sections with a wrong or partial answer, to read again. */
  readonly review: readonly { topic: string; section: string }[];
}

export const UNDO_CHOICE = 'Undo: I mis-keyed, let me answer again';

/**
 * Asks until an answer stands: after a wrong or partial answer the learner may take it back
 * (a mis-key) and answer again; the retracted attempt leaves no trace in history or scheduling.
 */
export async function answerOne(q: Question, deps: SessionDeps): Promise<AnsweredQuestion> {
  for (;;) {
    const result = await answerOnce(q, deps);
    if (result.answered.grade.correct) return result.answered;
    const next = await deps.prompter.choose('Next?', [{ name: 'Continue', value: 'continue' }, { name: UNDO_CHOICE, value: 'undo' }]);
    if (next === 'continue') return result.answered;
    deps.store.retract(q.id, { at: result.at, by: deps.store.sessionTag }, result.previousCard);
    deps.view.say('Answer taken back. Try again:');
  }
}

async function answerOnce(q: Question, deps: SessionDeps): Promise<{ answered: AnsweredQuestion; at: string; previousCard: StoredCard | undefined }> {
  const started = deps.now();
  const asked = await askQuestion(q, { prompter: deps.prompter, random: deps.random, hint: (h) => deps.view.say(words.hint(h)) });
  const graded = gradeResponse(q, asked.response);
  const grade: Grade = asked.revealed ? { ...graded, score: 0, correct: false } : graded;
  const finished = deps.now();
  const previous = deps.store.progress.questions[q.id];
  const rating = ratingFor({
    score: grade.score, hintsUsed: asked.hintsUsed,
    seconds: (finished.getTime() - started.getTime()) / 1000, reps: previous?.card?.reps ?? 0,
  });
  const previousCard = previous?.card;
  const at = finished.toISOString();
  recordAnswer(deps.store.progress, q.id, { at, score: grade.score, hints: asked.hintsUsed, by: deps.store.sessionTag }, scheduleNext(previousCard, rating, finished));
  const saved = deps.store.save();
  deps.view.feedback(q, grade, asked);
  return { answered: { question: q, grade, saved }, at, previousCard };
}

export async function runSession(questions: readonly Question[], deps: SessionDeps): Promise<SessionSummary> {
  const answered: AnsweredQuestion[] = [];
  for (const [i, q] of questions.entries()) {
    deps.view.question(q, i, questions.length);
    answered.push(await answerOne(q, deps));
  }
  return summarise(answered);
}

export function summarise(answered: readonly AnsweredQuestion[]): SessionSummary {
  const total = answered.reduce((s, a) => s + a.grade.score, 0);
  const topics = new Map<string, { score: number; count: number }>();
  const review = new Map<string, { topic: string; section: string }>();
  for (const a of answered) {
    const t = topics.get(a.question.topic) ?? { score: 0, count: 0 };
    t.score += a.grade.score;
    t.count += 1;
    topics.set(a.question.topic, t);
    if (!a.grade.correct) review.set(`${a.question.topic}#${a.question.section}`, { topic: a.question.topic, section: a.question.section });
  }
  return {
    answered,
    score: total,
    byTopic: [...topics].map(([topic, v]) => ({ topic, ...v })),
    review: [...review.values()],
  };
}
