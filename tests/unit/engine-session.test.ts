// The session: the order of questions, what is saved and scheduled after each answer, retries (undo), stopping,
// interruptions, "I don't know", hints, self-scored explanations and the summary. In memory, with a fixed clock
// that moves a set number of seconds per reading, a fixed seed, and the empty lexicon.
import { describe, expect, test } from '@jest/globals';
import { Rating, type Grade as FsrsGrade } from 'ts-fsrs';
import type { Question } from '../../src/content/model.js';
import { seededRandom } from '../../src/engine/random.js';
import { scheduleNext, type StoredCard } from '../../src/engine/schedule.js';
import { NEXT_CHOICES, quickAnswerSeconds, runSession, summarise, type AnsweredQuestion, type QuizView } from '../../src/engine/session.js';
import { Interrupted } from '../../src/errors.js';
import * as grading from '../../src/grading/index.js';
import type { Grade, GradeTools } from '../../src/kinds/kind.js';
import { emptyProgress, retractAttempt, type AttemptRef, type Progress } from '../../src/progress/model.js';
import type { Choice } from '../../src/ui/prompter.js';
import { words } from '../../src/words.js';
import { ScriptedPrompter, type Scripted } from '../support/scripted-prompter.js';

const tools: GradeTools = { lexicon: grading.EMPTY_LEXICON, grading };
const base = { lesson: 'a', section: 's', explanation: 'because', why: {}, application: false, where: 'x' };
const single = (id: string, lesson = 'a', section = 's'): Question => ({
  ...base,
  id,
  lesson,
  section,
  kind: 'single',
  prompt: 'Pick B',
  choices: ['A', 'B', 'C'],
  answer: 'B',
});
const recall: Question = { ...base, id: 'r-1', kind: 'recall', prompt: 'Say cost', answer: { text: 'cost', accept: [] } };
const explain: Question = {
  ...base,
  id: 'e-1',
  kind: 'explain',
  prompt: 'What is marketing?',
  model: 'Marketing finds customers, sells products and earns profit.',
  ideas: [
    { id: 'customers', label: 'finds customers', phrasings: [['customers']] },
    { id: 'products', label: 'sells products', phrasings: [['products']] },
    { id: 'profit', label: 'earns profit', phrasings: [['profit']] },
  ],
  misconceptions: [],
  examples: [],
};

const T0 = new Date('2026-03-02T10:00:00.000Z');
/** A clock that moves on `step` seconds each time it is read: a question's answer takes `step` seconds. */
function clock(step: number, start = T0) {
  let t = start.getTime();
  return () => {
    const d = new Date(t);
    t += step * 1000;
    return d;
  };
}
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

/** Records every menu's choices as well as the script's answers. */
class Prompter extends ScriptedPrompter {
  readonly menus: { message: string; choices: string[]; escapes: string[] }[] = [];
  override async choose<T>(message: string, choices: readonly Choice<T>[]): Promise<T> {
    this.menus.push({ message, choices: choices.map((c) => c.name), escapes: choices.filter((c) => c.escape).map((c) => c.name) });
    return super.choose(message, choices);
  }
  override async chooseMany<T>(message: string, choices: readonly Choice<T>[]): Promise<T[]> {
    this.menus.push({ message, choices: choices.map((c) => c.name), escapes: [] });
    return super.chooseMany(message, choices);
  }
}

/** A prompter that fails with `error` at the `when`-th question it is asked (counting from 1). */
class FailingPrompter extends Prompter {
  private count = 0;
  constructor(
    script: Scripted[],
    private readonly when: number,
    private readonly error: Error,
  ) {
    super(script);
  }
  override async choose<T>(message: string, choices: readonly Choice<T>[]): Promise<T> {
    if (++this.count === this.when) throw this.error;
    return super.choose(message, choices);
  }
}

function store(progress: Progress = emptyProgress(), saveWorks = true) {
  const events: string[] = [];
  const retracted: { id: string; which: AttemptRef; card: StoredCard | undefined }[] = [];
  return {
    progress,
    sessionTag: 'tag-1',
    events,
    retracted,
    save: () => {
      events.push('save');
      return saveWorks;
    },
    retract: (id: string, which: AttemptRef, card: StoredCard | undefined) => {
      retracted.push({ id, which, card });
      retractAttempt(progress, id, which, card);
      events.push('retract');
      return saveWorks;
    },
  };
}

function view() {
  const events: string[] = [];
  const feedback: Grade[] = [];
  const v: QuizView = {
    question: (q, i, n) => events.push(`question ${q.id} ${i + 1}/${n}`),
    feedback: (q, g) => {
      feedback.push(g);
      events.push(`feedback ${q.id} ${g.score}`);
    },
    say: (text) => events.push(`say ${text}`),
  };
  return { v, events, feedback };
}

function run(questions: Question[], script: Scripted[], opts: { step?: number; progress?: Progress; saveWorks?: boolean } = {}) {
  const s = store(opts.progress, opts.saveWorks);
  const w = view();
  const prompter = new Prompter(script);
  const deps = { prompter, view: w.v, store: s, now: clock(opts.step ?? 30), random: seededRandom(7), tools };
  return { s, w, prompter, deps, summary: runSession(questions, deps) };
}

const { continue: CONTINUE, undo: UNDO, stop: STOP } = NEXT_CHOICES;
const dontKnow = words.ask.dontKnowChoice;

describe('answers that stand', () => {
  test('a right answer is saved at once, scheduled from the time it was given, and no "Next?" menu follows', async () => {
    const { s, w, prompter, summary } = run([single('q1')], ['B'], { step: 30 });
    const result = await summary;
    expect(result.answered).toEqual([{ question: single('q1'), grade: { score: 1, correct: true, notes: [] }, saved: true }]);
    expect(prompter.menus.map((m) => m.message)).toEqual([words.ask.single]);
    expect(s.progress.questions.q1!.attempts).toEqual([{ at: at(30).toISOString(), score: 1, hints: 0, by: 'tag-1' }]);
    // 30 s for a question shown in 8 words is slow: Good, not Easy.
    expect(s.progress.questions.q1!.card).toEqual(scheduleNext(undefined, Rating.Good, at(30)));
    expect(s.events).toEqual(['save']);
    expect(w.events).toEqual(['question q1 1/1', 'feedback q1 1']);
    expect(result.stoppedEarly).toBeUndefined();
    expect(result.interrupted).toBeUndefined();
  });

  test('the choices come in the order the seed gives, with "I don\'t know" last', async () => {
    // The session draws one 32-bit seed per question from its generator (seed 7: 50271532) and shuffles with it.
    const { prompter, summary } = run([single('q1')], ['B']);
    await summary;
    expect(prompter.menus[0]!.choices).toEqual(['A', 'C', 'B', dontKnow]);
  });

  test('questions are asked in the order given, each shown with its place in the run', async () => {
    const { w, summary } = run([single('q1'), single('q2', 'b'), single('q3')], ['B', 'B', 'B']);
    const result = await summary;
    expect(result.answered.map((a) => a.question.id)).toEqual(['q1', 'q2', 'q3']);
    expect(w.events.filter((e) => e.startsWith('question'))).toEqual(['question q1 1/3', 'question q2 2/3', 'question q3 3/3']);
  });

  test('a save that fails is reported per answer, and the session goes on', async () => {
    const { summary } = run([single('q1'), single('q2')], ['B', 'B'], { saveWorks: false });
    expect((await summary).answered.map((a) => a.saved)).toEqual([false, false]);
  });
});

describe('how fast counts as easy', () => {
  // A question reviewed before (reps 1); "Pick B (choose one: A / B / C)" is 9 words: 8 + 9/4 = 10.25 s to be quick.
  const seenBefore = () => {
    const p = emptyProgress();
    p.questions.q1 = {
      attempts: [{ at: '2026-02-20T10:00:00.000Z', score: 1, hints: 0 }],
      card: scheduleNext(undefined, Rating.Good, new Date('2026-02-20T10:00:00.000Z')),
    };
    return p;
  };

  test.each([
    [10.25, Rating.Easy],
    [10.5, Rating.Good],
  ] as [number, FsrsGrade][])('right in %d s: %s', async (step, rating) => {
    const p = seenBefore();
    const before = p.questions.q1!.card;
    const { s, summary } = run([single('q1')], ['B'], { step, progress: p });
    await summary;
    expect(s.progress.questions.q1!.card).toEqual(scheduleNext(before, rating, at(step)));
  });

  test('answered before but never scheduled: not easy however quick', async () => {
    const p = emptyProgress();
    p.questions.q1 = { attempts: [{ at: '2026-02-20T10:00:00.000Z', score: 1, hints: 0 }] };
    const { s, summary } = run([single('q1')], ['B'], { step: 1, progress: p });
    await summary;
    expect(s.progress.questions.q1!.card).toEqual(scheduleNext(undefined, Rating.Good, at(1)));
    expect(s.progress.questions.q1!.attempts).toHaveLength(2);
  });

  test.each([
    ['', 8],
    ['one', 8.25],
    ['  Pick   B (choose one: A / B / C)\n', 10.25],
  ])('a question showing %j is quick within %d s', (text, seconds) => expect(quickAnswerSeconds(text)).toBe(seconds));
});

describe('after a wrong answer', () => {
  test('"Next?" offers Continue, Undo and Stop, Stop being the way out; Continue goes on to the next question', async () => {
    const { s, prompter, summary } = run([single('q1'), single('q2')], ['A', CONTINUE, 'B']);
    const result = await summary;
    expect(prompter.menus[1]).toEqual({ message: words.session.nextPrompt, choices: [CONTINUE, UNDO, STOP], escapes: [STOP] });
    expect(result.answered.map((a) => a.grade.score)).toEqual([0, 1]);
    expect(result.stoppedEarly).toBeUndefined();
    expect(s.progress.questions.q1!.attempts.map((a) => a.score)).toEqual([0]);
    expect(s.progress.questions.q1!.card).toEqual(scheduleNext(undefined, Rating.Again, at(30)));
  });

  test('Stop ends the run: the next question is never shown, the summary says it stopped early', async () => {
    const { w, summary } = run([single('q1'), single('q2')], ['A', STOP]);
    const result = await summary;
    expect(result.answered.map((a) => a.question.id)).toEqual(['q1']);
    expect(result.stoppedEarly).toBe(true);
    expect(result.interrupted).toBeUndefined();
    expect(w.events.some((e) => e.includes('q2'))).toBe(false);
  });

  test('Stop on the last question is not stopping early', async () => {
    const result = await run([single('q1'), single('q2')], ['B', 'A', STOP]).summary;
    expect(result.answered).toHaveLength(2);
    expect(result.stoppedEarly).toBe(false);
  });

  test('Undo takes the answer back (no trace in history or card) and asks again with the same choices in the same order', async () => {
    const p = emptyProgress();
    const old = scheduleNext(undefined, Rating.Good, new Date('2026-02-20T10:00:00.000Z'));
    p.questions.q1 = { attempts: [{ at: '2026-02-20T10:00:00.000Z', score: 1, hints: 0 }], card: old };
    const { s, w, prompter, summary } = run([single('q1')], ['A', UNDO, 'B'], { progress: p, step: 1 });
    const result = await summary;
    expect(prompter.menus[2]!.choices).toEqual(prompter.menus[0]!.choices);
    expect(s.retracted).toEqual([{ id: 'q1', which: { at: at(1).toISOString(), by: 'tag-1' }, card: old }]);
    expect(w.events).toEqual(['question q1 1/1', 'feedback q1 0', `say ${words.session.takenBack}`, 'feedback q1 1']);
    expect(result.answered).toEqual([{ question: single('q1'), grade: { score: 1, correct: true, notes: [] }, saved: true }]);
    expect(s.progress.questions.q1!.attempts).toEqual([
      { at: '2026-02-20T10:00:00.000Z', score: 1, hints: 0 },
      { at: at(3).toISOString(), score: 1, hints: 0, by: 'tag-1' },
    ]);
    // Quick and seen before would be Easy, but the learner saw the answer in the feedback: it counts as a hint.
    expect(s.progress.questions.q1!.card).toEqual(scheduleNext(old, Rating.Hard, at(3)));
  });

  test('hints taken before an undo still count after it, added to those taken after', async () => {
    const { s, w, summary } = run([recall], ['?', 'price', UNDO, '?', '?', 'cost']);
    const result = await summary;
    expect(result.answered[0]!.grade.correct).toBe(true);
    expect(s.progress.questions['r-1']!.attempts).toEqual([{ at: at(90).toISOString(), score: 1, hints: 3, by: 'tag-1' }]);
    const said = w.events.filter((e) => e.startsWith('say'));
    expect(said).toEqual([
      `say ${words.hint({ kind: 'first-letters', shown: 'c', length: 4 })}`,
      `say ${words.session.takenBack}`,
      `say ${words.hint({ kind: 'first-letters', shown: 'c', length: 4 })}`,
      `say ${words.hint({ kind: 'first-letters', shown: 'co' })}`,
    ]);
  });

  test('an empty answer is asked again with a nudge, through the view', async () => {
    const { w, summary } = run([recall], ['', 'cost']);
    expect((await summary).answered[0]!.grade.correct).toBe(true);
    expect(w.events).toEqual(['question r-1 1/1', `say ${words.ask.nudgeType}`, 'feedback r-1 1']);
  });

  test('an answer revealed before an undo cannot be earned after it', async () => {
    // Two hints, then a third "?" shows the answer; after Undo the right answer still scores nothing.
    const { s, w, prompter, summary } = run([recall], ['?', '?', '?', UNDO, 'cost', CONTINUE]);
    const result = await summary;
    expect(result.answered[0]!.grade).toMatchObject({ score: 0, correct: false });
    expect(w.feedback[0]).toMatchObject({ score: 0, correct: false });
    expect(w.feedback[0]!.notes).not.toContainEqual({ kind: 'shown' });
    expect(s.progress.questions['r-1']!.attempts).toEqual([{ at: at(90).toISOString(), score: 0, hints: 2, by: 'tag-1' }]);
    expect(s.progress.questions['r-1']!.card).toEqual(scheduleNext(undefined, Rating.Again, at(90)));
    expect(prompter.menus.filter((m) => m.message === words.session.nextPrompt)).toHaveLength(2);
  });
});

describe('"I don\'t know"', () => {
  test('from a menu: the answer is shown, nothing is guessed, it is rated Again', async () => {
    const { s, w, summary } = run([single('q1')], [dontKnow, CONTINUE]);
    const result = await summary;
    expect(result.answered[0]!.grade).toEqual({ score: 0, correct: false, notes: [{ kind: 'shown' }] });
    expect(w.feedback).toEqual([{ score: 0, correct: false, notes: [{ kind: 'shown' }] }]);
    expect(s.progress.questions.q1!.attempts).toEqual([{ at: at(30).toISOString(), score: 0, hints: 0, by: 'tag-1' }]);
    expect(s.progress.questions.q1!.card).toEqual(scheduleNext(undefined, Rating.Again, at(30)));
  });

  test('typed after a hint: the answer is shown and rated Again, and the hint seen is on record', async () => {
    const { s, summary } = run([recall], ['?', 'idk', CONTINUE]);
    const result = await summary;
    expect(result.answered[0]!.grade).toEqual({ score: 0, correct: false, notes: [{ kind: 'shown' }] });
    expect(s.progress.questions['r-1']!.attempts).toEqual([{ at: at(30).toISOString(), score: 0, hints: 1, by: 'tag-1' }]);
    expect(s.progress.questions['r-1']!.card).toEqual(scheduleNext(undefined, Rating.Again, at(30)));
  });
});

/** A session at minute 5 with seed 7 and a silent view: only the questions, the prompter and the store vary. */
function runAtFive(questions: Question[], prompter: Prompter, s: ReturnType<typeof store> = store()) {
  return runSession(questions, { prompter, view: view().v, store: s, now: clock(5), random: seededRandom(7), tools });
}

describe('interruptions and failures', () => {
  test('Ctrl-C at "Next?": the answer is saved and counted, and the interruption is handed back', async () => {
    const stop = new Interrupted();
    const s = store();
    const prompter = new FailingPrompter(['A'], 2, stop);
    const result = await runAtFive([single('q1'), single('q2')], prompter, s);
    expect(result.answered.map((a) => a.question.id)).toEqual(['q1']);
    expect(result.interrupted).toBe(stop);
    expect(result.stoppedEarly).toBe(true);
    expect(s.progress.questions.q1!.attempts).toHaveLength(1);
  });

  test('Ctrl-C at "Next?" after the last question: nothing was skipped', async () => {
    const stop = new Interrupted();
    const prompter = new FailingPrompter(['A'], 2, stop);
    const result = await runAtFive([single('q1')], prompter);
    expect(result.interrupted).toBe(stop);
    expect(result.stoppedEarly).toBe(false);
  });

  test('Ctrl-C while a question is asked: the summary covers the answers before it, nothing is recorded for it', async () => {
    const stop = new Interrupted();
    const s = store();
    const prompter = new FailingPrompter(['B'], 2, stop);
    const result = await runAtFive([single('q1'), single('q2')], prompter, s);
    expect(result.answered.map((a) => a.question.id)).toEqual(['q1']);
    expect(result.score).toBe(1);
    expect(result.interrupted).toBe(stop);
    expect(result.stoppedEarly).toBe(true);
    expect(Object.keys(s.progress.questions)).toEqual(['q1']);
  });

  test.each([
    ['while a question is asked', 1],
    ['at "Next?"', 2],
  ])('any other failure %s is not swallowed', async (_where, when) => {
    const prompter = new FailingPrompter(['A'], when, new Error('disk on fire'));
    await expect(
      runSession([single('q1')], { prompter, view: view().v, store: store(), now: clock(5), random: seededRandom(7), tools }),
    ).rejects.toThrow('disk on fire');
  });
});

describe('an explanation the grader under-credits', () => {
  test('the learner ticks a missed idea: the attempt is recorded again with half credit for it, and rescheduled', async () => {
    const { s, w, prompter, summary } = run([explain], ['It is about customers.', ['sells products'], CONTINUE]);
    const result = await summary;
    const selfScore = prompter.menus.find((m) => m.message === words.ask.selfScore)!;
    expect(selfScore.choices).toEqual(['sells products', 'earns profit']);
    expect(w.feedback[0]!.score).toBe(0.333);
    expect(result.answered[0]!.grade.score).toBe(0.5);
    expect(result.answered[0]!.grade.notes).toContainEqual({
      kind: 'idea',
      label: 'sells products',
      covered: false,
      words: [],
      selfScored: true,
    });
    expect(result.answered[0]!.saved).toBe(true);
    expect(s.retracted).toEqual([{ id: 'e-1', which: { at: at(30).toISOString(), by: 'tag-1' }, card: undefined }]);
    expect(s.progress.questions['e-1']!.attempts).toEqual([{ at: at(30).toISOString(), score: 0.5, hints: 0, by: 'tag-1' }]);
    // A third of the points was Again; half of them is Hard.
    expect(s.progress.questions['e-1']!.card).toEqual(scheduleNext(undefined, Rating.Hard, at(30)));
    expect(w.events).toContain(`say ${words.selfScored(0.5)}`);
    expect(s.events).toEqual(['save', 'retract', 'save']);
  });

  test('a failed save of the corrected attempt is reported', async () => {
    const { summary } = run([explain], ['It is about customers.', ['sells products'], CONTINUE], { saveWorks: false });
    expect((await summary).answered[0]!.saved).toBe(false);
  });

  test('hints taken count in the corrected attempt too', async () => {
    const { s, summary } = run([explain], ['?', 'It is about customers.', ['sells products', 'earns profit'], CONTINUE]);
    const result = await summary;
    expect(result.answered[0]!.grade.score).toBe(0.666);
    expect(s.progress.questions['e-1']!.attempts).toEqual([{ at: at(30).toISOString(), score: 0.666, hints: 1, by: 'tag-1' }]);
  });

  test('ticks that cannot raise the score (a bare list of key words is capped) change nothing', async () => {
    const { s, w, prompter, summary } = run([explain], ['customers, products', ['earns profit'], CONTINUE]);
    const result = await summary;
    expect(prompter.menus.find((m) => m.message === words.ask.selfScore)!.choices).toEqual(['earns profit']);
    expect(result.answered[0]!.grade).toBe(w.feedback[0]);
    expect(result.answered[0]!.grade.score).toBe(0.5);
    expect(s.retracted).toEqual([]);
    expect(s.events).toEqual(['save']);
    expect(w.events.filter((e) => e.startsWith('say'))).toEqual([]);
  });

  test('ticking nothing keeps the first grade and record', async () => {
    const { s, w, summary } = run([explain], ['It is about customers.', [], CONTINUE]);
    const result = await summary;
    expect(result.answered[0]!.grade.score).toBe(0.333);
    expect(s.retracted).toEqual([]);
    expect(s.events).toEqual(['save']);
    expect(w.events.filter((e) => e.startsWith('say'))).toEqual([]);
  });

  test('"I don\'t know" is not offered ideas to tick', async () => {
    const { prompter, summary } = run([explain], ['!', CONTINUE]);
    const result = await summary;
    expect(result.answered[0]!.grade.score).toBe(0);
    expect(prompter.menus.map((m) => m.message)).toEqual([words.session.nextPrompt]);
  });

  test('nor is an answer shown after the hints ran out', async () => {
    const { prompter, summary } = run([explain], ['?', '?', '?', CONTINUE]);
    await summary;
    expect(prompter.menus.map((m) => m.message)).toEqual([words.session.nextPrompt]);
  });
});

describe('summarise', () => {
  const answered = (q: Question, score: number): AnsweredQuestion => ({
    question: q,
    grade: { score, correct: score >= 1, notes: [] },
    saved: true,
  });

  test('adds partial credit, groups by topic in order of first appearance, and lists each section to review once', () => {
    const s = summarise([
      answered(single('a1', 'a', 's1'), 1),
      answered(single('b1', 'b', 's1'), 0.5),
      answered(single('a2', 'a', 's2'), 0),
      answered(single('a3', 'a', 's2'), 0.25),
      answered(single('b2', 'b', 's1'), 0),
      answered(single('a4', 'a', 's1'), 1),
    ]);
    expect(s.score).toBe(2.75);
    expect(s.byLesson).toEqual([
      { lesson: 'a', score: 2.25, count: 4 },
      { lesson: 'b', score: 0.5, count: 2 },
    ]);
    expect(s.review).toEqual([
      { lesson: 'b', section: 's1' },
      { lesson: 'a', section: 's2' },
    ]);
    expect(s.answered).toHaveLength(6);
    expect(s.stoppedEarly).toBeUndefined();
  });

  test('sections of the same name in different topics are different sections', () => {
    const s = summarise([answered(single('a1', 'a', 's1'), 0), answered(single('b1', 'b', 's1'), 0)]);
    expect(s.review).toEqual([
      { lesson: 'a', section: 's1' },
      { lesson: 'b', section: 's1' },
    ]);
  });

  test('nothing answered is a score of 0 with nothing to review', () => {
    expect(summarise([])).toEqual({ answered: [], score: 0, byLesson: [], review: [] });
  });
});
