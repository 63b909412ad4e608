// The only module that touches the learner's progress file.
// progress.json is always written whole and atomically (temp file in the same folder, fsync, rename), so a
// kill at any instant leaves the old or the new file. Each whole write re-reads the file and merges, so two
// sessions at once lose no answers.
// A long history makes whole writes slow (a 10,000-question file is several MB), so once the file is larger
// than JOURNAL_ABOVE_BYTES a save only appends what changed to progress.json.journal (one fsynced line per
// changed question) and the journal is folded back into the file when it has grown to half the file's size.
// A kill mid-append leaves at most one unfinished line, which was never reported saved and is skipped.
import { closeSync, fstatSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { StoredCard } from '../engine/schedule.js';
import { UserError } from '../errors.js';
import { withLock } from './lock.js';
import {
  applyJournal, checkJournalEntry, checkProgressShape, emptyProgress, mergeProgress, PROGRESS_FORMAT_VERSION, retractAttempt,
  type Attempt, type JournalEntry, type Progress, type ProgressHolder,
} from './model.js';

export interface ProgressStore extends ProgressHolder {
  readonly file: string;
  readonly progress: Progress;
  /** Saves now; on failure warns once and keeps going in memory. Returns whether it reached the disk. */
  save(): boolean;
  /** Writes exactly this progress, without merging what is on disk (for reset and import). */
  replace(next: Progress): boolean;
}

export type Warn = (message: string) => void;

export const JOURNAL_ABOVE_BYTES = 256 * 1024;

export interface StoreOptions {
  readonly now?: () => Date;
  /** Appends to the journal instead of rewriting progress.json once the file is larger than this. */
  readonly journalAboveBytes?: number;
}

type Loaded = { kind: 'missing' } | { kind: 'ok'; progress: Progress; migrated: boolean } | { kind: 'corrupt'; problem: string };

function readProgressFile(file: string): Loaded {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' };
    throw new UserError(`Cannot read progress file ${file}: ${(err as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { kind: 'corrupt', problem: 'it is not valid JSON' };
  }
  const version = (data as { formatVersion?: unknown } | null)?.formatVersion;
  if (typeof version === 'number' && version > PROGRESS_FORMAT_VERSION) {
    throw new UserError(`Progress file ${file} has format ${version}, newer than this nm-tutor understands (${PROGRESS_FORMAT_VERSION}). Upgrade nm-tutor; the file was left untouched.`);
  }
  const checked = checkProgressShape(data);
  if ('problem' in checked) return { kind: 'corrupt', problem: checked.problem };
  // Format 1 has the same shape; it only predates the journal. Migration is writing it back as format 2.
  return { kind: 'ok', progress: checked.progress, migrated: version !== PROGRESS_FORMAT_VERSION };
}

/** The journal's entries in order; lines that do not parse (an append cut short by a kill) are counted. */
function readJournal(journal: string): { entries: JournalEntry[]; skipped: number } {
  let text: string;
  try {
    text = readFileSync(journal, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { entries: [], skipped: 0 };
    throw new UserError(`Cannot read progress journal ${journal}: ${(err as Error).message}`);
  }
  const entries: JournalEntry[] = [];
  let skipped = 0;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    let entry: JournalEntry | null = null;
    try { entry = checkJournalEntry(JSON.parse(line)); } catch { /* counted below */ }
    if (entry) entries.push(entry); else skipped++;
  }
  return { entries, skipped };
}

function fileSize(file: string): number {
  try { return statSync(file).size; } catch { return -1; }
}

/** Appends whole lines and flushes them; starts on a fresh line if a killed append left a partial one. */
function appendLines(journal: string, text: string): number {
  const fd = openSync(journal, 'a+');
  try {
    const size = fstatSync(fd).size;
    if (size > 0) {
      const last = Buffer.alloc(1);
      readSync(fd, last, 0, 1, size - 1);
      if (last[0] !== 0x0a) text = `\n${text}`;
    }
    writeSync(fd, text);
    fsyncSync(fd);
    return size + Buffer.byteLength(text);
  } finally {
    closeSync(fd);
  }
}

export function openProgressStore(file: string, warn: Warn, options: StoreOptions | (() => Date) = {}): ProgressStore {
  const { now = () => new Date(), journalAboveBytes = JOURNAL_ABOVE_BYTES } = typeof options === 'function' ? { now: options } : options;
  const journal = `${file}.journal`;
  const loaded = readProgressFile(file);
  let progress = emptyProgress();
  if (loaded.kind === 'ok') progress = loaded.progress;
  if (loaded.kind === 'corrupt') {
    const stamp = now().toISOString().replace(/[:.]/g, '-');
    const kept = `${file}.corrupt-${stamp}`;
    try {
      renameSync(file, kept);
      // The journal only makes sense on top of the file it follows, so it is set aside with it.
      if (fileSize(journal) >= 0) renameSync(journal, `${journal}.corrupt-${stamp}`);
      warn(`Your progress file ${file} was unreadable (${loaded.problem}); it was kept as ${kept} and you start fresh.`);
    } catch (err) {
      throw new UserError(`Your progress file ${file} is unreadable (${loaded.problem}) and could not be set aside: ${(err as Error).message}`);
    }
  } else {
    const { entries, skipped } = readJournal(journal);
    applyJournal(progress, entries);
    if (skipped) warn(`Skipped ${skipped} unfinished line(s) in ${journal}, left by an interrupted save; answers reported saved are all kept.`);
  }

  // What was last written, by reference: the engine replaces a question's attempts array and card on every
  // change, so comparing references finds the changed questions without serialising the whole history.
  let savedRefs = new Map<string, { attempts: Attempt[]; card: StoredCard | undefined }>();
  let savedLessons = '';
  const markSaved = () => {
    savedRefs = new Map();
    for (const id in progress.questions) savedRefs.set(id, { attempts: progress.questions[id]!.attempts, card: progress.questions[id]!.card });
    savedLessons = JSON.stringify(progress.lessons);
  };
  markSaved();
  // Undone attempts, as the journal's `r` entries carry them.
  let retracted: Extract<JournalEntry, { r: unknown }>['r'][] = [];
  const sessionTag = randomBytes(6).toString('base64url');
  let warned = false;

  const store: ProgressStore = {
    file,
    sessionTag,
    get progress() { return progress; },
    save: () => write('merge'),
    retract(questionId, which, previousCard): boolean {
      retractAttempt(progress, questionId, which, previousCard);
      retracted.push({ q: questionId, at: which.at, by: which.by, card: previousCard });
      return write('merge');
    },
    replace(next: Progress): boolean {
      progress = next;
      retracted = [];
      return write('replace');
    },
  };

  function write(how: 'merge' | 'replace', whole = false): boolean {
    try {
      mkdirSync(path.dirname(file), { recursive: true });
      withLock(`${file}.lock`, () => {
        const size = fileSize(file);
        if (how === 'merge' && !whole && size > journalAboveBytes) {
          const journalSize = appendChanges();
          if (journalSize <= Math.max(journalAboveBytes, size / 2)) return;
        }
        writeWhole(how);
      });
      retracted = [];
      return true;
    } catch (err) {
      if (err instanceof UserError) throw err;
      if (!warned) {
        warned = true;
        const { code, message } = err as NodeJS.ErrnoException;
        warn(`Could not save progress to ${file} (${code === 'ELOCKED' ? message : code ?? message}); this session continues in memory only.`);
      }
      return false;
    }
  }

  /** Under the lock: appends the questions changed since the last write. Returns the journal's size. */
  function appendChanges(): number {
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
    const size = appendLines(journal, `${lines.join('\n')}\n`);
    for (const id of changed) savedRefs.set(id, { attempts: progress.questions[id]!.attempts, card: progress.questions[id]!.card });
    savedLessons = lessons;
    return size;
  }

  /** Under the lock: merges what is on disk (file and journal), writes the file whole, drops the journal. */
  function writeWhole(how: 'merge' | 'replace'): void {
    if (how === 'merge') {
      const onDisk = readProgressFile(file);
      if (onDisk.kind === 'ok') {
        applyJournal(onDisk.progress, readJournal(journal).entries);
        progress = mergeProgress(onDisk.progress, progress);
      }
      for (const r of retracted) retractAttempt(progress, r.q, r, r.card);
    }
    removeOrphanTempFiles(file);
    writeFileAtomic.sync(file, `${JSON.stringify(progress)}\n`, { fsync: true });
    // Everything in the journal is now in the file; a kill before this unlink only means a harmless replay.
    try { unlinkSync(journal); } catch (err) { if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err; }
    markSaved();
  }

  if (loaded.kind === 'ok' && loaded.migrated) write('merge', true);
  return store;
}

/**
 * A process killed mid-write leaves write-file-atomic's temp file (progress.json.<number>) behind.
 * Called under the lock, when no other session can be writing one, so every such file is an orphan.
 */
function removeOrphanTempFiles(file: string): void {
  const base = path.basename(file);
  const pattern = new RegExp(`^${base.replace(/[.]/g, '\\.')}\\.\\d+$`);
  for (const name of readdirSync(path.dirname(file))) {
    if (pattern.test(name)) {
      try { unlinkSync(path.join(path.dirname(file), name)); } catch { /* already gone */ }
    }
  }
}
