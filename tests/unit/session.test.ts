import { describe, expect, test } from '@jest/globals';
import type { Content, Question } from '../../src/content/model.js';
import { dueQuestions, questionMastery, studyStreak } from '../../src/engine/mastery.js';
import { seededRandom } from '../../src/engine/random.js';
import { selectQuestions } from '../../src/engine/select.js';
import { runSession, UNDO_CHOICE, type QuizView } from '../../src/engine/session.js';
import { emptyProgress, mergeProgress, retractAttempt, type AttemptRef, type Progress } from '../../src/progress/model.js';
import type { StoredCard } from '../../src/engine/schedule.js';
import { ScriptedPrompter } from '../support/scripted-prompter.js';
import { tools } from '../support/grade-tools.js';

const base = { lesson: 'a', section: 's', explanation: 'because', why: {}, application: false, where: 'x' };
const questions: Question[] = [
  { ...base, id: 'a-1', kind: 'single', prompt: 'Pick B', choices: ['A', 'B'], answer: 'B' },
  { ...base, id: 'a-2', kind: 'recall', prompt: 'Say cost', answer: { text: 'cost', accept: [] } },
  {
    ...base,
    id: 'a-3',
    kind: 'list',
    prompt: 'Four Cs',
    answer: ['customer', 'cost', 'convenience', 'communication'].map((text) => ({ text, accept: [] })),
  },
  { ...base, lesson: 'b', id: 'b-1', kind: 'order', prompt: 'Order', answer: ['one', 'two', 'three'] },
];
const content = { lessons: [], questions, concepts: [], glossary: [], warnings: [] } as unknown as Content;

const silentView: QuizView = { question() {}, feedback() {}, say() {} };

function holder(progress: Progress = emptyProgress()) {
  let saves = 0;
  return {
    progress,
    sessionTag: 'test',
    save: () => {
      saves++;
      return true;
    },
    retract: (id: string, which: AttemptRef, card: StoredCard | undefined) => {
      retractAttempt(progress, id, which, card);
      saves++;
      return true;
    },
    get saves() {
      return saves;
    },
  };
}

class Clock {
  constructor(public t: Date) {}
  now = () => new Date(this.t);
  advanceDays(d: number) {
    this.t = new Date(this.t.getTime() + d * 86400000);
  }
}

describe('a whole session with a scripted prompter and an injected clock', () => {
  test('grades, saves after every answer, and schedules reviews that fall due days later', async () => {
    const clock = new Clock(new Date('2026-03-02T10:00:00'));
    const store = holder();
    const prompter = new ScriptedPrompter(['B', '?', 'cost', 'customer, cost, convenience', 'Continue', 'one', 'two']);
    const summary = await runSession(questions, { prompter, view: silentView, store, now: clock.now, random: seededRandom(1), tools });
    expect(summary.answered.map((a) => a.grade.score)).toEqual([1, 1, 0.75, 1]);
    expect(store.saves).toBe(4);
    expect(store.progress.questions['a-2']!.attempts[0]!.hints).toBe(1);
    expect(summary.review).toEqual([{ lesson: 'a', section: 's' }]);
    expect(dueQuestions(content, store.progress, clock.now()).dueNow).toHaveLength(0);
    clock.advanceDays(3);
    const due = dueQuestions(content, store.progress, clock.now());
    expect(due.dueNow.length).toBeGreaterThan(0);
    expect(studyStreak(store.progress, clock.now())).toBe(0);
  });

  test('a mis-keyed answer can be taken back: no trace in history or scheduling', async () => {
    const clock = new Clock(new Date('2026-03-02T10:00:00'));
    const store = holder();
    const prompter = new ScriptedPrompter(['A', UNDO_CHOICE, 'B']);
    const summary = await runSession([questions[0]!], {
      prompter,
      view: silentView,
      store,
      now: clock.now,
      random: seededRandom(1),
      tools,
    });
    expect(summary.answered.map((a) => a.grade.correct)).toEqual([true]);
    expect(store.progress.questions['a-1']!.attempts.map((a) => a.score)).toEqual([1]);
    expect(store.progress.questions['a-1']!.card!.reps).toBe(1);
  });

  test('a hint lowers the rating: the hinted question comes due sooner than the clean one', async () => {
    const clock = new Clock(new Date('2026-03-02T10:00:00'));
    const store = holder();
    await runSession([questions[0]!, questions[1]!], {
      prompter: new ScriptedPrompter(['B', '?', 'cost']),
      view: silentView,
      store,
      now: clock.now,
      random: seededRandom(1),
      tools,
    });
    const dueClean = new Date(store.progress.questions['a-1']!.card!.due).getTime();
    const dueHinted = new Date(store.progress.questions['a-2']!.card!.due).getTime();
    expect(dueHinted).toBeLessThan(dueClean);
  });

  test('mastery rises with right answers and decays with time', async () => {
    const clock = new Clock(new Date('2026-03-02T10:00:00'));
    const store = holder();
    expect(questionMastery(store.progress, 'a-1', clock.now())).toBe(0);
    await runSession([questions[0]!], {
      prompter: new ScriptedPrompter(['B']),
      view: silentView,
      store,
      now: clock.now,
      random: seededRandom(1),
      tools,
    });
    const fresh = questionMastery(store.progress, 'a-1', clock.now());
    clock.advanceDays(30);
    expect(fresh).toBeGreaterThan(0.9);
    expect(questionMastery(store.progress, 'a-1', clock.now())).toBeLessThan(fresh);
  });
});

describe('question selection', () => {
  test('the same seed and progress give the same order', () => {
    const a = selectQuestions(questions, emptyProgress(), 4, seededRandom(9)).map((q) => q.id);
    const b = selectQuestions(questions, emptyProgress(), 4, seededRandom(9)).map((q) => q.id);
    expect(a).toEqual(b);
  });

  test('topics are interleaved where possible', () => {
    const order = selectQuestions(questions, emptyProgress(), 4, seededRandom(3)).map((q) => q.lesson);
    const neighboursSame = order.filter((t, i) => i > 0 && t === order[i - 1]).length;
    expect(neighboursSame).toBeLessThanOrEqual(1);
  });

  test('weak questions are picked far more often than mastered ones', () => {
    const p = emptyProgress();
    p.questions['a-1'] = { attempts: [{ at: '2026-01-01T00:00:00Z', score: 1, hints: 0 }] };
    p.questions['a-2'] = { attempts: [{ at: '2026-01-01T00:00:00Z', score: 0, hints: 0 }] };
    let weakFirst = 0;
    for (let seed = 0; seed < 200; seed++) {
      const [first] = selectQuestions(questions.slice(0, 2), p, 1, seededRandom(seed));
      if (first!.id === 'a-2') weakFirst++;
    }
    expect(weakFirst).toBeGreaterThan(120);
  });
});

describe('mergeProgress', () => {
  test('two sessions answering at once keep every answer', () => {
    const disk = emptyProgress();
    disk.questions.x = { attempts: [{ at: '2026-01-01T10:00:00Z', score: 1, hints: 0 }] };
    const mine = emptyProgress();
    mine.questions.x = { attempts: [{ at: '2026-01-01T10:00:05Z', score: 0, hints: 0 }] };
    mine.questions.y = { attempts: [{ at: '2026-01-01T10:00:06Z', score: 1, hints: 0 }] };
    const merged = mergeProgress(disk, mine);
    expect(merged.questions.x!.attempts).toHaveLength(2);
    expect(merged.questions.y!.attempts).toHaveLength(1);
    expect(mergeProgress(merged, merged)).toEqual(merged);
  });

  test('two sessions answering one question in the same millisecond keep both answers; undo takes back only its own', () => {
    const at = '2026-01-01T10:00:00.000Z';
    const disk = emptyProgress();
    disk.questions.x = { attempts: [{ at, score: 1, hints: 0, by: 'session-a' }] };
    const mine = emptyProgress();
    mine.questions.x = { attempts: [{ at, score: 1, hints: 0, by: 'session-b' }] };
    const merged = mergeProgress(disk, mine);
    expect(merged.questions.x!.attempts.map((a) => a.by).sort()).toEqual(['session-a', 'session-b']);
    retractAttempt(merged, 'x', { at, by: 'session-b' }, undefined);
    expect(merged.questions.x!.attempts.map((a) => a.by)).toEqual(['session-a']);
  });
});
