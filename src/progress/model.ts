// The learner's progress as plain data, and the pure operations on it. The file edge is store.ts.
import type { StoredCard } from '../engine/schedule.js';

// 2: progress.json may be followed by a journal of later changes (progress.json.journal). A build that
// knows only format 1 would ignore the journal and lose answers, so it must refuse these files.
export const PROGRESS_FORMAT_VERSION = 2;
export const MAX_ATTEMPTS_KEPT = 30;

/** `by` tags the session that answered, so two sessions answering one question in the same millisecond stay two attempts. */
export interface Attempt { at: string; score: number; hints: number; by?: string }
export interface QuestionProgress { attempts: Attempt[]; card?: StoredCard }
export interface LessonProgress { lastSection: string; completed: string[]; updatedAt: string }

export interface Progress {
  formatVersion: number;
  questions: Record<string, QuestionProgress>;
  lessons: Record<string, LessonProgress>;
}

export function emptyProgress(): Progress {
  return { formatVersion: PROGRESS_FORMAT_VERSION, questions: Object.create(null), lessons: Object.create(null) };
}

export function recordAnswer(p: Progress, questionId: string, attempt: Attempt, card: StoredCard | undefined): void {
  const entry = p.questions[questionId] ?? { attempts: [] };
  entry.attempts = [...entry.attempts, attempt].slice(-MAX_ATTEMPTS_KEPT);
  if (card) entry.card = card;
  p.questions[questionId] = entry;
}

export type AttemptRef = Pick<Attempt, 'at' | 'by'>;

/** Takes back one attempt (a mis-key), restoring the scheduling card the question had before it. */
export function retractAttempt(p: Progress, questionId: string, which: AttemptRef, previousCard: StoredCard | undefined): void {
  const entry = p.questions[questionId];
  if (!entry) return;
  const attempts = entry.attempts.filter((a) => a.at !== which.at || a.by !== which.by);
  if (attempts.length === 0) { delete p.questions[questionId]; return; }
  p.questions[questionId] = previousCard ? { attempts, card: previousCard } : { attempts };
}

export function recordSection(p: Progress, lessonId: string, sectionId: string, done: boolean, now: Date): void {
  const entry = p.lessons[lessonId] ?? { lastSection: sectionId, completed: [], updatedAt: now.toISOString() };
  entry.lastSection = sectionId;
  entry.updatedAt = now.toISOString();
  if (done && !entry.completed.includes(sectionId)) entry.completed = [...entry.completed, sectionId];
  p.lessons[lessonId] = entry;
}

/**
 * Merges two copies of progress (this session's and what another session saved meanwhile):
 * attempts are united per question; the card and lesson position of the newer side win.
 */
export function mergeProgress(disk: Progress, mine: Progress): Progress {
  const out = emptyProgress();
  const ids = new Set([...Object.keys(disk.questions), ...Object.keys(mine.questions)]);
  for (const id of ids) out.questions[id] = mergeQuestion(disk.questions[id], mine.questions[id])!;
  const lessonIds = new Set([...Object.keys(disk.lessons), ...Object.keys(mine.lessons)]);
  for (const id of lessonIds) out.lessons[id] = mergeLesson(disk.lessons[id], mine.lessons[id])!;
  return out;
}

/** Attempts united (each once, oldest first, the newest kept); the card of the side answered last wins. */
export function mergeQuestion(a: QuestionProgress | undefined, b: QuestionProgress | undefined): QuestionProgress | undefined {
  if (!a || !b) return a ?? b;
  const seen = new Set<string>();
  const attempts = [...a.attempts, ...b.attempts]
    .filter((t) => { const k = `${t.at}|${t.score}|${t.hints}|${t.by ?? ''}`; if (seen.has(k)) return false; seen.add(k); return true; })
    .sort((x, y) => x.at.localeCompare(y.at))
    .slice(-MAX_ATTEMPTS_KEPT);
  const newer = lastAt(b) >= lastAt(a) ? b : a;
  return newer.card ? { attempts, card: newer.card } : { attempts };
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
}

/** Checks one parsed journal line; null when it is not a journal entry. */
export function checkJournalEntry(data: unknown): JournalEntry | null {
  if (!isRecord(data)) return null;
  if (typeof data.q === 'string') {
    const checked = checkProgressShape({ formatVersion: PROGRESS_FORMAT_VERSION, questions: { [data.q]: data.s }, lessons: {} });
    return 'progress' in checked ? { q: data.q, s: checked.progress.questions[data.q]! } : null;
  }
  if (isRecord(data.l)) {
    const checked = checkProgressShape({ formatVersion: PROGRESS_FORMAT_VERSION, questions: {}, lessons: data.l });
    return 'progress' in checked ? { l: checked.progress.lessons } : null;
  }
  if (isRecord(data.r) && typeof data.r.q === 'string' && typeof data.r.at === 'string') {
    const card = checkCard(data.r.card);
    const by = typeof data.r.by === 'string' ? { by: data.r.by } : {};
    return { r: { q: data.r.q, at: data.r.at, ...by, ...(card ? { card } : {}) } };
  }
  return null;
}

function checkCard(card: unknown): StoredCard | undefined {
  return isRecord(card) && typeof card.due === 'string' && typeof card.stability === 'number' ? (card as unknown as StoredCard) : undefined;
}

function lastAt(q: QuestionProgress): string {
  return q.attempts[q.attempts.length - 1]?.at ?? '';
}

/** Checks the shape of a parsed progress file; returns a reason when it is not usable. */
export function checkProgressShape(data: unknown): { progress: Progress } | { problem: string } {
  if (!isRecord(data)) return { problem: 'not a JSON object' };
  if (typeof data.formatVersion !== 'number' || !Number.isInteger(data.formatVersion)) return { problem: 'no formatVersion' };
  if (!isRecord(data.questions) || !isRecord(data.lessons)) return { problem: 'missing questions or lessons' };
  const progress = emptyProgress();
  for (const [id, q] of Object.entries(data.questions)) {
    if (!isRecord(q) || !Array.isArray(q.attempts)) return { problem: `question "${id}" has no attempts list` };
    const attempts: Attempt[] = [];
    for (const t of q.attempts) {
      if (!isRecord(t) || typeof t.at !== 'string' || typeof t.score !== 'number') return { problem: `question "${id}" has a malformed attempt` };
      const attempt: Attempt = { at: t.at, score: t.score, hints: typeof t.hints === 'number' ? t.hints : 0 };
      if (typeof t.by === 'string') attempt.by = t.by;
      attempts.push(attempt);
    }
    const card = checkCard(q.card);
    progress.questions[id] = card ? { attempts, card } : { attempts };
  }
  for (const [id, l] of Object.entries(data.lessons)) {
    if (!isRecord(l) || typeof l.lastSection !== 'string' || !Array.isArray(l.completed)) return { problem: `lesson "${id}" is malformed` };
    progress.lessons[id] = {
      lastSection: l.lastSection,
      completed: l.completed.filter((c): c is string => typeof c === 'string'),
      updatedAt: typeof l.updatedAt === 'string' ? l.updatedAt : '',
    };
  }
  return { progress };
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
