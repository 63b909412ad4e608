// The only module that touches the learner's progress file, and the one owner of every change to it: an
// answer, an undo, a lesson position, an import and a reset each go through `write`, which takes the lock,
// re-reads what is on disk (file and journal), merges, and writes. Nothing else writes the file.
//
// progress.json is always written whole and atomically (temp file in the same folder, every byte written,
// fsync, rename; see durable.ts), so a kill or a full disk leaves the old file or the new one.
// A long history makes whole writes slow (a 10,000-question file is several MB), so once the file is larger
// than JOURNAL_ABOVE_BYTES a save only appends what changed to progress.json.journal (one fsynced line per
// changed question) and the journal is folded back into the file when it has grown to half the file's size.
// A kill mid-append leaves at most one unfinished line, which was never reported saved and is skipped.
import { mkdirSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { StoredCard } from '../engine/schedule.js';
import { UserError } from '../errors.js';
import { appendLinesDurably, readRegularFile, removeOrphanTemps, writeFileDurably } from './durable.js';
import { LockLost, withLock, type HeldLock, type LockOptions } from './lock.js';
import {
  applyJournal,
  checkJournalEntry,
  checkProgressShape,
  emptyProgress,
  mergeProgress,
  PROGRESS_FORMAT_VERSION,
  recordReset,
  retractAttempt,
  type Attempt,
  type JournalEntry,
  type Progress,
  type ProgressHolder,
} from './model.js';
import { trackStore } from './pending.js';
import { words } from '../words.js';

export interface ProgressStore extends ProgressHolder {
  readonly file: string;
  readonly progress: Progress;
  /** Saves now; on failure warns once and keeps going in memory. Returns whether it reached the disk. */
  save(): boolean;
  /** Merges a history exported elsewhere into this one and what is on disk. */
  importProgress(incoming: Progress): boolean;
  /** Clears one topic (its question ids) or everything, recorded so that other sessions' merges do not bring it back. */
  reset(scope: { lesson: string; questions: readonly string[] } | null): boolean;
  /** Retries a save that failed; true when everything this session recorded is on disk. */
  flush(): boolean;
}

export type Warn = (message: string) => void;

export const JOURNAL_ABOVE_BYTES = 256 * 1024;
/** Larger than any real history (10,000 questions take a few MB); anything bigger is refused, not read. */
export const MAX_PROGRESS_BYTES = 64 * 1024 * 1024;

export interface StoreOptions {
  readonly now?: () => Date;
  /** Appends to the journal instead of rewriting progress.json once the file is larger than this. */
  readonly journalAboveBytes?: number;
  readonly lock?: LockOptions;
  /** Test hook: runs just before the rename that replaces the file (a stalled writer). */
  readonly beforeRename?: () => void;
}

type Loaded =
  { kind: 'missing' } | { kind: 'ok'; progress: Progress; migrated: boolean; repaired: string[] } | { kind: 'corrupt'; problem: string };

function refused(journal: boolean, file: string, err: unknown): UserError {
  const { code, message } = err as NodeJS.ErrnoException;
  const reason = code === 'ENOTREG' || code === 'EFBIG' || code === 'ELOOP' ? message : `${code ?? message}`;
  return new UserError(words.store.cannotRead(journal, file, reason));
}

/** Reads and checks progress.json; a special or over-size file is refused before a byte is read. */
export function readProgressFile(file: string, now: Date): Loaded {
  let text: string | null;
  try {
    text = readRegularFile(file, MAX_PROGRESS_BYTES);
  } catch (err) {
    throw refused(false, file, err);
  }
  if (text === null) return { kind: 'missing' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { kind: 'corrupt', problem: words.store.notJson };
  }
  const version = (data as { formatVersion?: unknown } | null)?.formatVersion;
  if (typeof version === 'number' && version > PROGRESS_FORMAT_VERSION) {
    throw new UserError(words.store.newerFormat(file, version, PROGRESS_FORMAT_VERSION));
  }
  const checked = checkProgressShape(data, now);
  if ('problem' in checked) return { kind: 'corrupt', problem: checked.problem };
  // Older formats have the same shape; migration is writing the file back in this format.
  return { kind: 'ok', progress: checked.progress, migrated: version !== PROGRESS_FORMAT_VERSION, repaired: checked.repaired };
}

/** The journal's entries in order; lines that do not parse (an append cut short by a kill) are counted. */
function readJournal(journal: string, now: Date, repaired: string[] = []): { entries: JournalEntry[]; skipped: number } {
  let text: string | null;
  try {
    // Never through a symlink: the journal is appended to, and a planted link would aim that write elsewhere.
    text = readRegularFile(journal, MAX_PROGRESS_BYTES, { noFollow: true });
  } catch (err) {
    throw refused(true, journal, err);
  }
  if (text === null) return { entries: [], skipped: 0 };
  const entries: JournalEntry[] = [];
  let skipped = 0;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    let entry: JournalEntry | null = null;
    try {
      entry = checkJournalEntry(JSON.parse(line), now, repaired);
    } catch {
      /* counted below */
    }
    if (entry) entries.push(entry);
    else skipped++;
  }
  return { entries, skipped };
}

function fileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return -1;
  }
}

export function openProgressStore(file: string, warn: Warn, options: StoreOptions | (() => Date) = {}): ProgressStore {
  const opts: StoreOptions = typeof options === 'function' ? { now: options } : options;
  const now = opts.now ?? (() => new Date());
  const journalAboveBytes = opts.journalAboveBytes ?? JOURNAL_ABOVE_BYTES;
  const journal = `${file}.journal`;

  /** Moves an unreadable file (and the journal that follows it) aside, with a warning. */
  function setAside(problem: string): void {
    const stamp = now().toISOString().replace(/[:.]/g, '-');
    const kept = `${file}.corrupt-${stamp}`;
    try {
      renameSync(file, kept);
      // The journal only makes sense on top of the file it follows, so it is set aside with it.
      if (fileSize(journal) >= 0) renameSync(journal, `${journal}.corrupt-${stamp}`);
      warn(words.store.setAside(file, problem, kept));
    } catch (err) {
      throw new UserError(words.store.cannotSetAside(file, problem, (err as Error).message));
    }
  }

  const loaded = readProgressFile(file, now());
  let progress = emptyProgress();
  const repaired: string[] = [];
  if (loaded.kind === 'ok') {
    progress = loaded.progress;
    repaired.push(...loaded.repaired);
  }
  if (loaded.kind === 'corrupt') setAside(loaded.problem);
  else {
    const { entries, skipped } = readJournal(journal, now(), repaired);
    applyJournal(progress, entries);
    if (skipped) warn(words.store.skippedLines(skipped, journal));
  }
  if (repaired.length) warn(words.store.dropped(words.store.repairs(repaired), file));

  // What was last written, by reference: the engine replaces a question's attempts array and card on every
  // change, so comparing references finds the changed questions without serialising the whole history.
  let savedRefs = new Map<string, { attempts: Attempt[]; card: StoredCard | undefined }>();
  let savedLessons = '';
  const markSaved = () => {
    savedRefs = new Map();
    for (const id in progress.questions)
      savedRefs.set(id, { attempts: progress.questions[id]!.attempts, card: progress.questions[id]!.card });
    savedLessons = JSON.stringify(progress.lessons);
  };
  markSaved();
  // Undone attempts, as the journal's `r` entries carry them.
  let retracted: Extract<JournalEntry, { r: unknown }>['r'][] = [];
  const sessionTag = randomBytes(6).toString('base64url');
  let warned = false;
  let unsaved = false;

  const store: ProgressStore = {
    file,
    sessionTag,
    get progress() {
      return progress;
    },
    save: () => write(false),
    retract(questionId, which, previousCard): boolean {
      retractAttempt(progress, questionId, which, previousCard);
      retracted.push({ q: questionId, at: which.at, by: which.by, card: previousCard });
      return write(false);
    },
    importProgress(incoming: Progress): boolean {
      // An import brings answers; another machine's resets are its own business.
      progress = mergeProgress(progress, { ...incoming, resets: [] });
      return write(true);
    },
    reset(scope): boolean {
      recordReset(progress, scope, now());
      return write(true);
    },
    flush: () => (unsaved ? write(false) : true),
  };
  trackStore(store);

  function write(whole: boolean): boolean {
    let failure: unknown;
    for (let tries = 0; tries < 3; tries++) {
      try {
        mkdirSync(path.dirname(file), { recursive: true });
        withLock(
          `${file}.lock`,
          (lock) => {
            const size = fileSize(file);
            if (!whole && size > journalAboveBytes) {
              const journalSize = appendChanges(lock);
              if (journalSize <= Math.max(journalAboveBytes, size / 2)) return;
            }
            writeWhole(lock);
          },
          opts.lock,
        );
        retracted = [];
        unsaved = false;
        if (warned) {
          warned = false;
          warn(words.store.savedAfterAll(file));
        }
        return true;
      } catch (err) {
        if (err instanceof UserError) throw err;
        failure = err;
        // A stalled session whose lock was taken over starts again from a fresh read.
        if (!(err instanceof LockLost)) break;
      }
    }
    unsaved = true;
    if (!warned) {
      warned = true;
      const { code, message } = failure as NodeJS.ErrnoException;
      const reason = code === 'ELOCKED' || code === 'ELOCKLOST' ? message : (code ?? message);
      warn(words.store.couldNotSave(file, reason));
    }
    return false;
  }

  /** Under the lock: appends the questions changed since the last write. Returns the journal's size. */
  function appendChanges(lock: HeldLock): number {
    const lines: string[] = [];
    const changed: string[] = [];
    for (const id in progress.questions) {
      const q = progress.questions[id]!;
      const saved = savedRefs.get(id);
      if (saved?.attempts === q.attempts && saved.card === q.card) continue;
      changed.push(id);
      lines.push(JSON.stringify({ q: id, s: q }));
    }
    const lessons = JSON.stringify(progress.lessons);
    if (lessons !== savedLessons) lines.push(`{"l":${lessons}}`);
    for (const r of retracted) lines.push(JSON.stringify({ r }));
    if (lines.length === 0) return Math.max(0, fileSize(journal));
    if (!lock.stillMine()) throw new LockLost();
    const size = appendLinesDurably(journal, `${lines.join('\n')}\n`);
    for (const id of changed) savedRefs.set(id, { attempts: progress.questions[id]!.attempts, card: progress.questions[id]!.card });
    savedLessons = lessons;
    return size;
  }

  /** Under the lock: merges what is on disk (file and journal), writes the file whole, drops the journal. */
  function writeWhole(lock: HeldLock): void {
    const onDisk = readProgressFile(file, now());
    if (onDisk.kind === 'corrupt') setAside(onDisk.problem);
    const base = onDisk.kind === 'ok' ? onDisk.progress : emptyProgress();
    if (onDisk.kind !== 'corrupt') applyJournal(base, readJournal(journal, now()).entries);
    const merged = mergeProgress(base, progress);
    for (const r of retracted) retractAttempt(merged, r.q, r, r.card);
    lock.heartbeat();
    removeOrphanTemps(file);
    writeFileDurably(file, `${JSON.stringify(merged)}\n`, () => {
      opts.beforeRename?.();
      // A stalled session must not put its stale copy over what the session that took the lock over wrote.
      if (!lock.stillMine()) throw new LockLost();
    });
    progress = merged;
    markSaved();
    // Everything in the journal is now in the file; a kill before this unlink only means a harmless replay.
    // If the lock was lost meanwhile, another session may have appended: leave the journal for it.
    if (lock.stillMine()) {
      try {
        unlinkSync(journal);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      }
    }
  }

  if (loaded.kind === 'ok' && (loaded.migrated || repaired.length > 0)) write(true);
  return store;
}
