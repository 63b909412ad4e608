// A run of questions: ask, grade, schedule, save after every answer, give feedback, summarise.
// No terminal or file access: the prompter, view, store and clock are passed in.
import type { Question } from '../content/model.js';
import { recordAnswer, type ProgressHolder } from '../progress/model.js';
import type { Prompter } from '../ui/prompter.js';
import { Interrupted } from '../errors.js';
import type { Asked, Grade, GradeTools } from '../kinds/kind.js';
import { askQuestion, cardFront, gradeResponse, reconsider, type Response } from '../kinds/registry.js';
import { words } from '../words.js';
import { DontKnow, withLearnerEscapes } from './learner-prompter.js';
import { seededRandom, type Random } from './random.js';
import { ratingFor, scheduleNext } from './schedule.js';

export interface QuizView {
  question(q: Question, index: number, total: number): void;
  feedback(q: Question, grade: Grade): void;
  say(text: string): void;
}

export interface SessionDeps {
  readonly prompter: Prompter;
  readonly view: QuizView;
  readonly store: ProgressHolder;
  readonly now: () => Date;
  readonly random: Random;
  /** The grading engine and the course lexicon (loadGradeTools). */
  readonly tools: GradeTools;
}

export interface AnsweredQuestion {
  readonly question: Question;
  readonly grade: Grade;
  readonly saved: boolean;
}

export interface SessionSummary {
  readonly answered: readonly AnsweredQuestion[];
  readonly score: number;
  readonly byLesson: readonly { lesson: string; score: number; count: number }[];
  /** Sections with a wrong or partial answer, to read again. */
  readonly review: readonly { lesson: string; section: string }[];
  /** The learner stopped before the last question. */
  readonly stoppedEarly?: boolean;
  /** Ctrl-C or the end of piped input: rethrown by the command after the summary. */
  readonly interrupted?: Interrupted;
}

export const NEXT_CHOICES = words.session.next;
export const UNDO_CHOICE = NEXT_CHOICES.undo;

/** What the learner has seen of the answer so far in this question: an undo cannot take that back. */
interface Seen {
  readonly hints: number;
  readonly revealed: boolean;
  readonly answerShown: boolean;
}

export interface AnswerOutcome {
  readonly answered: AnsweredQuestion;
  readonly stop: boolean;
  readonly interrupted?: Interrupted;
}

/**
 * Asks until an answer stands: after a wrong or partial answer the learner may take it back (a mis-key) and
 * answer again, with the same choices in the same order. The retracted attempt leaves no trace, but what the
 * learner saw does: hints and a revealed answer carry over, and having seen the answer in the feedback counts
 * as a hint, so a retry never schedules better than an honest hint would.
 */
export async function answerOne(q: Question, deps: SessionDeps): Promise<AnswerOutcome> {
  const seed = Math.floor(deps.random() * 2 ** 32);
  let seen: Seen = { hints: 0, revealed: false, answerShown: false };
  for (;;) {
    const result = await answerOnce(q, deps, seededRandom(seed), seen);
    if (result.answered.grade.correct) return { answered: result.answered, stop: false };
    let next: 'continue' | 'undo' | 'stop';
    try {
      next = await deps.prompter.choose(words.session.nextPrompt, [
        { name: NEXT_CHOICES.continue, value: 'continue' as const },
        { name: NEXT_CHOICES.undo, value: 'undo' as const },
        { name: NEXT_CHOICES.stop, value: 'stop' as const, escape: true },
      ]);
    } catch (err) {
      // The answer is saved and counts; only the question of what comes next was cut short.
      if (err instanceof Interrupted) return { answered: result.answered, stop: true, interrupted: err };
      throw err;
    }
    if (next === 'continue') return { answered: result.answered, stop: false };
    if (next === 'stop') return { answered: result.answered, stop: true };
    deps.store.retract(q.id, { at: result.at, by: deps.store.sessionTag }, result.previousCard);
    seen = { hints: result.hints, revealed: result.revealed, answerShown: true };
    deps.view.say(words.session.takenBack);
  }
}

async function answerOnce(q: Question, deps: SessionDeps, random: Random, seen: Seen) {
  const started = deps.now();
  const prompter = withLearnerEscapes(deps.prompter, (text) => deps.view.say(text));
  let asked: Asked<Response> | undefined;
  let hintsShown = 0;
  const hint = (h: Parameters<typeof words.hint>[0]) => {
    hintsShown++;
    deps.view.say(words.hint(h));
  };
  try {
    asked = await askQuestion(q, { prompter, random, hint });
  } catch (err) {
    if (!(err instanceof DontKnow)) throw err;
  }
  // "I don't know" after a hint or two: no answer came back, but the hints were seen and go on record.
  const hints = seen.hints + (asked?.hintsUsed ?? hintsShown);
  const revealed = seen.revealed || !asked || asked.revealed;
  // "I don't know": the answer is shown. An answer given after the answer was revealed keeps its notes but earns nothing.
  let grade: Grade = { score: 0, correct: false, notes: [{ kind: 'shown' }] };
  if (asked) {
    const graded = gradeResponse(q, asked.response, deps.tools);
    grade = revealed ? { score: 0, correct: false, notes: graded.notes } : graded;
  }
  const finished = deps.now();
  const previous = deps.store.progress.questions[q.id];
  const rating = ratingFor({
    score: grade.score,
    hintsUsed: hints + (seen.answerShown ? 1 : 0),
    seconds: (finished.getTime() - started.getTime()) / 1000,
    reps: previous?.card?.reps ?? 0,
    quickSeconds: quickAnswerSeconds(cardFront(q)),
  });
  const previousCard = previous?.card;
  const at = finished.toISOString();
  recordAnswer(
    deps.store.progress,
    q.id,
    { at, score: grade.score, hints, by: deps.store.sessionTag },
    scheduleNext(previousCard, rating, finished),
  );
  let saved = deps.store.save();
  deps.view.feedback(q, grade);
  // An explanation's grader can miss an idea said in other words: the learner may tick it, and the attempt
  // is recorded again with that (self-scored, weighed less) credit.
  const second = asked && !revealed ? await reconsider(q, grade, deps.prompter) : null;
  if (second && second.score !== grade.score) {
    deps.store.retract(q.id, { at, by: deps.store.sessionTag }, previousCard);
    const again = ratingFor({ score: second.score, hintsUsed: hints, seconds: 0, reps: previous?.card?.reps ?? 0 });
    recordAnswer(
      deps.store.progress,
      q.id,
      { at, score: second.score, hints, by: deps.store.sessionTag },
      scheduleNext(previousCard, again, finished),
    );
    saved = deps.store.save();
    deps.view.say(words.selfScored(second.score));
    return { answered: { question: q, grade: second, saved }, at, previousCard, hints, revealed };
  }
  return { answered: { question: q, grade, saved }, at, previousCard, hints, revealed };
}

/** How fast a right answer must come to count as easy: 8 s plus time to read what is shown (about 4 words a second). */
export function quickAnswerSeconds(shownText: string): number {
  return 8 + (shownText.match(/\S+/g) ?? []).length / 4;
}

/**
 * Asks each question in turn. The learner may stop after a wrong answer ("Stop here"), and Ctrl-C or the end of
 * piped input stops too: either way the summary covers what was answered, and an interruption is handed back
 * in `interrupted` for the command to rethrow once the summary is shown.
 */
export async function runSession(questions: readonly Question[], deps: SessionDeps): Promise<SessionSummary> {
  const answered: AnsweredQuestion[] = [];
  try {
    for (const [i, q] of questions.entries()) {
      deps.view.question(q, i, questions.length);
      const outcome = await answerOne(q, deps);
      answered.push(outcome.answered);
      if (outcome.stop)
        return { ...summarise(answered), stoppedEarly: answered.length < questions.length, interrupted: outcome.interrupted };
    }
  } catch (err) {
    if (!(err instanceof Interrupted)) throw err;
    return { ...summarise(answered), stoppedEarly: true, interrupted: err };
  }
  return summarise(answered);
}

export function summarise(answered: readonly AnsweredQuestion[]): SessionSummary {
  const total = answered.reduce((s, a) => s + a.grade.score, 0);
  const lessons = new Map<string, { score: number; count: number }>();
  const review = new Map<string, { lesson: string; section: string }>();
  for (const a of answered) {
    const t = lessons.get(a.question.lesson) ?? { score: 0, count: 0 };
    t.score += a.grade.score;
    t.count += 1;
    lessons.set(a.question.lesson, t);
    if (!a.grade.correct)
      review.set(`${a.question.lesson}#${a.question.section}`, { lesson: a.question.lesson, section: a.question.section });
  }
  return {
    answered,
    score: total,
    byLesson: [...lessons].map(([lesson, v]) => ({ lesson, ...v })),
    review: [...review.values()],
  };
}
