// The learner's progress as plain data, and the pure operations on it. The file edge is store.ts.
import type { StoredCard } from '../engine/schedule.js';
import { words } from '../words.js';

// 2: progress.json may be followed by a journal of later changes (progress.json.journal). A build that
// knows only format 1 would ignore the journal and lose answers, so it must refuse these files.
// 3: resets are recorded (`resets`) and attempts dated ahead of the clock keep their original time (`aheadAt`).
// A format-2 build would drop both on its next write and bring reset history back, so it must refuse these files.
export const PROGRESS_FORMAT_VERSION = 3;
export const MAX_ATTEMPTS_KEPT = 30;

/**
 * `by` tags the session that answered, so two sessions answering one question in the same millisecond stay two attempts.
 * `aheadAt`: the time the attempt was stamped with when that lay in the future of the clock that read it; `at` is then
 * that reader's time, so a fast clock cannot push today's answers out of the history. It stays the attempt's identity.
 */
export interface Attempt {
  at: string;
  score: number;
  hints: number;
  by?: string;
  aheadAt?: string;
}
export interface QuestionProgress {
  attempts: Attempt[];
  card?: StoredCard;
}
export interface LessonProgress {
  lastSection: string;
  completed: string[];
  updatedAt: string;
}
/** A reset, kept so that other sessions' merges do not bring back what it cleared: everything it covers up to `at`. */
export interface Reset {
  at: string;
  topic?: string;
  questions?: string[];
}

export interface Progress {
  formatVersion: number;
  questions: Record<string, QuestionProgress>;
  lessons: Record<string, LessonProgress>;
  resets: Reset[];
}

export function emptyProgress(): Progress {
  return { formatVersion: PROGRESS_FORMAT_VERSION, questions: Object.create(null), lessons: Object.create(null), resets: [] };
}

export function recordAnswer(p: Progress, questionId: string, attempt: Attempt, card: StoredCard | undefined): void {
  const entry = p.questions[questionId] ?? { attempts: [] };
  entry.attempts = [...entry.attempts, attempt].slice(-MAX_ATTEMPTS_KEPT);
  if (card) entry.card = card;
  p.questions[questionId] = entry;
}

export type AttemptRef = Pick<Attempt, 'at' | 'by'>;

const identity = (a: Attempt) => a.aheadAt ?? a.at;

/**
 * Takes back one attempt (a mis-key). The scheduling card goes back to the one the question had before it, but
 * only if the current card is the one that attempt made: a card from another session's later answer is kept.
 */
export function retractAttempt(p: Progress, questionId: string, which: AttemptRef, previousCard: StoredCard | undefined): void {
  const entry = p.questions[questionId];
  if (!entry) return;
  const attempts = entry.attempts.filter((a) => identity(a) !== which.at || a.by !== which.by);
  const madeByIt = !entry.card || entry.card.last_review === which.at;
  const card = madeByIt ? previousCard : entry.card;
  if (attempts.length === 0 && !card) {
    delete p.questions[questionId];
    return;
  }
  p.questions[questionId] = card ? { attempts, card } : { attempts };
}

export function recordSection(p: Progress, lessonId: string, sectionId: string, done: boolean, now: Date): void {
  const entry = p.lessons[lessonId] ?? { lastSection: sectionId, completed: [], updatedAt: now.toISOString() };
  entry.lastSection = sectionId;
  entry.updatedAt = now.toISOString();
  if (done && !entry.completed.includes(sectionId)) entry.completed = [...entry.completed, sectionId];
  p.lessons[lessonId] = entry;
}

/**
 * Records a reset of one lesson (its questions listed) or of everything (null), and applies it. The progress
 * file stores the lesson id under `topic` (its format since version 1).
 */
export function recordReset(p: Progress, scope: { lesson: string; questions: readonly string[] } | null, now: Date): void {
  p.resets = [
    ...p.resets,
    scope ? { at: now.toISOString(), topic: scope.lesson, questions: [...scope.questions] } : { at: now.toISOString() },
  ];
  applyResets(p);
}

function covers(r: Reset, questionId: string): boolean {
  if (r.topic === undefined) return true;
  return (r.questions ?? []).includes(questionId);
}

/** Drops everything a recorded reset cleared: attempts, cards and lesson positions from before it. */
export function applyResets(p: Progress): void {
  if (p.resets.length === 0) return;
  for (const id of Object.keys(p.questions)) {
    const rs = p.resets.filter((r) => covers(r, id));
    if (rs.length === 0) continue;
    const latest = rs.reduce((m, r) => (r.at > m ? r.at : m), '');
    const q = p.questions[id]!;
    // An attempt dated ahead of the clock has no trustworthy time: a reset that covers it clears it.
    const attempts = q.attempts.filter((a) => a.aheadAt === undefined && a.at > latest);
    const card = q.card && (q.card.last_review ?? '') > latest ? q.card : undefined;
    if (attempts.length === 0 && !card) delete p.questions[id];
    else if (attempts.length !== q.attempts.length || card !== q.card) p.questions[id] = card ? { attempts, card } : { attempts };
  }
  for (const id of Object.keys(p.lessons)) {
    const cleared = p.resets.some((r) => (r.topic === undefined || r.topic === id) && p.lessons[id]!.updatedAt <= r.at);
    if (cleared) delete p.lessons[id];
  }
}

/**
 * Merges two copies of progress (this session's and what another session saved meanwhile):
 * attempts are united per question; the card and lesson position of the newer side win; resets from either apply.
 */
export function mergeProgress(disk: Progress, mine: Progress): Progress {
  const out = emptyProgress();
  const ids = new Set([...Object.keys(disk.questions), ...Object.keys(mine.questions)]);
  for (const id of ids) out.questions[id] = mergeQuestion(disk.questions[id], mine.questions[id])!;
  const lessonIds = new Set([...Object.keys(disk.lessons), ...Object.keys(mine.lessons)]);
  for (const id of lessonIds) out.lessons[id] = mergeLesson(disk.lessons[id], mine.lessons[id])!;
  const seen = new Set<string>();
  out.resets = [...disk.resets, ...mine.resets]
    .filter((r) => {
      const k = JSON.stringify(r);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort((a, b) => a.at.localeCompare(b.at));
  applyResets(out);
  return out;
}

/** Attempts united (each once, oldest first, the newest kept); the card of the side answered last wins. */
export function mergeQuestion(a: QuestionProgress | undefined, b: QuestionProgress | undefined): QuestionProgress | undefined {
  if (!a || !b) return a ?? b;
  const seen = new Set<string>();
  const attempts = [...a.attempts, ...b.attempts]
    .filter((t) => {
      const k = `${identity(t)}|${t.score}|${t.hints}|${t.by ?? ''}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort((x, y) => x.at.localeCompare(y.at))
    .slice(-MAX_ATTEMPTS_KEPT);
  const newer = lastAt(b) >= lastAt(a) ? b : a;
  const card = newer.card ?? (newer === a ? b.card : a.card);
  return card ? { attempts, card } : { attempts };
}

function mergeLesson(a: LessonProgress | undefined, b: LessonProgress | undefined): LessonProgress | undefined {
  if (!a || !b) return a ?? b;
  const newer = b.updatedAt >= a.updatedAt ? b : a;
  return { ...newer, completed: [...new Set([...a.completed, ...b.completed])] };
}

/**
 * One line of the journal that follows progress.json: a question's whole state, the lessons' positions,
 * or an undone attempt. Replaying is idempotent, so a journal already folded into the file does no harm.
 */
export type JournalEntry =
  | { q: string; s: QuestionProgress }
  | { l: Record<string, LessonProgress> }
  | { r: { q: string; at: string; by?: string; card?: StoredCard } };

export function applyJournal(p: Progress, entries: readonly JournalEntry[]): void {
  for (const e of entries) {
    if ('q' in e) p.questions[e.q] = mergeQuestion(p.questions[e.q], e.s)!;
    else if ('l' in e) for (const [id, l] of Object.entries(e.l)) p.lessons[id] = mergeLesson(p.lessons[id], l)!;
    else retractAttempt(p, e.r.q, e.r, e.r.card);
  }
  applyResets(p);
}

/** Checks one parsed journal line; null when it is not a journal entry. Repairs are listed in `repaired`. */
export function checkJournalEntry(data: unknown, now: Date = new Date(), repaired: string[] = []): JournalEntry | null {
  if (!isRecord(data)) return null;
  if (typeof data.q === 'string') {
    const q = checkQuestion(data.q, data.s, now.toISOString(), repaired);
    return q ? { q: data.q, s: q } : null;
  }
  if (isRecord(data.l)) {
    const lessons: Record<string, LessonProgress> = Object.create(null);
    for (const [id, l] of Object.entries(data.l)) {
      const lesson = checkLesson(l, now);
      if (lesson) lessons[id] = lesson;
      else repaired.push(words.store.droppedLesson(id));
    }
    return { l: lessons };
  }
  if (isRecord(data.r) && typeof data.r.q === 'string' && typeof data.r.at === 'string') {
    const card = data.r.card === undefined ? undefined : checkCard(data.r.card);
    const by = typeof data.r.by === 'string' ? { by: data.r.by } : {};
    return { r: { q: data.r.q, at: data.r.at, ...by, ...(card ? { card } : {}) } };
  }
  return null;
}

/** A date string as the canonical ISO form, or null when it is not a date. */
/**
 * Dates as toISOString writes them, with a day no month lacks and a time inside the day: always a real date
 * in canonical form, so they are taken as they are (a 10,000-question history holds 100,000 of them).
 */
const CANONICAL_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|1\d|2[0-8])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$/;

function isoDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  if (CANONICAL_DATE.test(value)) return value;
  const t = Date.parse(value);
  if (!Number.isFinite(t)) return null;
  const d = new Date(t);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const count = (x: unknown): x is number => finite(x) && x >= 0;

/**
 * A card ts-fsrs can schedule, or undefined: every number finite, dates real, the state one of FSRS's four,
 * and a reviewed card's memory state inside the range FSRS accepts (stability >= 0.001, difficulty 1..10).
 */
export function checkCard(card: unknown): StoredCard | undefined {
  if (!isRecord(card)) return undefined;
  const due = isoDate(card.due);
  const lastReview = card.last_review == null ? null : isoDate(card.last_review);
  if (!due || (card.last_review != null && !lastReview)) return undefined;
  const { stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, state } = card;
  if (!count(stability) || !finite(difficulty) || !count(elapsed_days) || !count(scheduled_days)) return undefined;
  if (!count(learning_steps) || !count(reps) || !count(lapses)) return undefined;
  if (typeof state !== 'number' || ![0, 1, 2, 3].includes(state)) return undefined;
  if (state !== 0 && (stability < 0.001 || difficulty < 1 || difficulty > 10)) return undefined;
  return {
    due,
    stability,
    difficulty,
    elapsed_days,
    scheduled_days,
    learning_steps: Math.floor(learning_steps),
    reps: Math.floor(reps),
    lapses: Math.floor(lapses),
    state,
    last_review: lastReview,
  };
}

/** An attempt with a real date and a finite score (clamped to 0..1); one dated ahead of `now` is re-dated now. */
function checkAttempt(t: unknown, nowIso: string): Attempt | null {
  if (!isRecord(t) || !finite(t.score)) return null;
  const at = isoDate(t.at);
  if (!at) return null;
  const attempt: Attempt = { at, score: Math.min(1, Math.max(0, t.score)), hints: count(t.hints) ? Math.floor(t.hints) : 0 };
  if (typeof t.by === 'string') attempt.by = t.by;
  const ahead = typeof t.aheadAt === 'string' ? isoDate(t.aheadAt) : null;
  if (ahead) attempt.aheadAt = ahead;
  if (at > nowIso) {
    attempt.aheadAt = ahead ?? at;
    attempt.at = nowIso;
  }
  return attempt;
}

function checkQuestion(id: string, q: unknown, nowIso: string, repaired: string[]): QuestionProgress | null {
  if (!isRecord(q) || !Array.isArray(q.attempts)) {
    repaired.push(words.store.droppedQuestion(id));
    return null;
  }
  const attempts: Attempt[] = [];
  for (const t of q.attempts) {
    const attempt = checkAttempt(t, nowIso);
    if (attempt) attempts.push(attempt);
    else repaired.push(words.store.droppedAttempt(id));
  }
  const card = q.card === undefined ? undefined : checkCard(q.card);
  if (q.card !== undefined && !card) repaired.push(words.store.droppedCard(id));
  return card ? { attempts, card } : { attempts };
}

/** A lesson position; one stamped ahead of `now` counts as the oldest, so a position saved later wins. */
function checkLesson(l: unknown, now: Date): LessonProgress | null {
  if (!isRecord(l) || typeof l.lastSection !== 'string' || !Array.isArray(l.completed)) return null;
  const updated = isoDate(l.updatedAt);
  return {
    lastSection: l.lastSection,
    completed: l.completed.filter((c): c is string => typeof c === 'string'),
    updatedAt: updated && updated <= now.toISOString() ? updated : '',
  };
}

function checkReset(r: unknown, now: Date): Reset | null {
  if (!isRecord(r)) return null;
  const at = isoDate(r.at);
  if (!at) return null;
  const reset: Reset = { at: at > now.toISOString() ? now.toISOString() : at };
  if (typeof r.topic === 'string') {
    reset.topic = r.topic;
    reset.questions = Array.isArray(r.questions) ? r.questions.filter((q): q is string => typeof q === 'string') : [];
  }
  return reset;
}

function lastAt(q: QuestionProgress): string {
  return q.attempts[q.attempts.length - 1]?.at ?? '';
}

export type ShapeResult = { progress: Progress; repaired: string[] } | { problem: string };

/**
 * Checks a parsed progress file. Only a file without the basic shape is unusable; a single bad attempt,
 * card, question or lesson (a non-finite number, an impossible date) is dropped and named in `repaired`,
 * never the whole history. Times ahead of `now` are brought back to it (see Attempt).
 */
export function checkProgressShape(data: unknown, now: Date = new Date()): ShapeResult {
  if (!isRecord(data)) return { problem: words.store.notAnObject };
  if (typeof data.formatVersion !== 'number' || !Number.isInteger(data.formatVersion)) return { problem: words.store.noFormatVersion };
  if (!isRecord(data.questions) || !isRecord(data.lessons)) return { problem: words.store.noQuestionsOrLessons };
  const progress = emptyProgress();
  const repaired: string[] = [];
  const nowIso = now.toISOString();
  for (const [id, q] of Object.entries(data.questions)) {
    const checked = checkQuestion(id, q, nowIso, repaired);
    if (checked) progress.questions[id] = checked;
  }
  for (const [id, l] of Object.entries(data.lessons)) {
    const lesson = checkLesson(l, now);
    if (lesson) progress.lessons[id] = lesson;
    else repaired.push(words.store.droppedLesson(id));
  }
  if (Array.isArray(data.resets)) {
    for (const r of data.resets) {
      const reset = checkReset(r, now);
      if (reset) progress.resets.push(reset);
      else repaired.push(words.store.droppedReset);
    }
  }
  applyResets(progress);
  return { progress, repaired };
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** What the engine needs of a store: the data, and a way to persist it after each change. */
export interface ProgressHolder {
  readonly progress: Progress;
  /** Stamped on this session's attempts as `by`. */
  readonly sessionTag: string;
  save(): boolean;
  /** Removes one attempt, here and in the saved file (merging would otherwise bring it back). */
  retract(questionId: string, which: AttemptRef, previousCard: StoredCard | undefined): boolean;
}
