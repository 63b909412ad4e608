// The only module that touches the learner's progress file.
// Writes are atomic (temp file in the same folder, fsync, rename), so a kill at any instant leaves the old
// or the new file. Each save re-reads the file and merges, so two sessions at once lose no answers.
import { mkdirSync, readdirSync, readFileSync, renameSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { UserError } from '../errors.js';
import { withLock } from './lock.js';
import { checkProgressShape, emptyProgress, mergeProgress, PROGRESS_FORMAT_VERSION, retractAttempt, type Progress, type ProgressHolder } from './model.js';

export interface ProgressStore extends ProgressHolder {
  readonly file: string;
  readonly progress: Progress;
  /** Saves now; on failure warns once and keeps going in memory. Returns whether it reached the disk. */
  save(): boolean;
  /** Writes exactly this progress, without merging what is on disk (for reset and import). */
  replace(next: Progress): boolean;
}

export type Warn = (message: string) => void;

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
  return { kind: 'ok', progress: checked.progress, migrated: version !== PROGRESS_FORMAT_VERSION };
}

export function openProgressStore(file: string, warn: Warn, now: () => Date = () => new Date()): ProgressStore {
  const loaded = readProgressFile(file);
  let progress = emptyProgress();
  if (loaded.kind === 'ok') progress = loaded.progress;
  if (loaded.kind === 'corrupt') {
    const kept = `${file}.corrupt-${now().toISOString().replace(/[:.]/g, '-')}`;
    try {
      renameSync(file, kept);
      warn(`Your progress file ${file} was unreadable (${loaded.problem}); it was kept as ${kept} and you start fresh.`);
    } catch (err) {
      throw new UserError(`Your progress file ${file} is unreadable (${loaded.problem}) and could not be set aside: ${(err as Error).message}`);
    }
  }
  let warned = false;
  const store: ProgressStore = {
    file,
    get progress() { return progress; },
    save(): boolean {
      return write(true);
    },
    retract(questionId, at, previousCard): boolean {
      retractAttempt(progress, questionId, at, previousCard);
      return write(true, (merged) => retractAttempt(merged, questionId, at, previousCard));
    },
    replace(next: Progress): boolean {
      progress = next;
      return write(false);
    },
  };
  function write(merge: boolean, afterMerge?: (merged: Progress) => void): boolean {
      try {
        mkdirSync(path.dirname(file), { recursive: true });
        withLock(`${file}.lock`, () => {
          if (merge) {
            const onDisk = readProgressFile(file);
            if (onDisk.kind === 'ok') progress = mergeProgress(onDisk.progress, progress);
          }
          afterMerge?.(progress);
          removeOrphanTempFiles(file);
          writeFileAtomic.sync(file, `${JSON.stringify(progress)}\n`, { fsync: true });
        });
        return true;
      } catch (err) {
        if (err instanceof UserError) throw err;
        if (!warned) {
          warned = true;
          warn(`Could not save progress to ${file} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); this session continues in memory only.`);
        }
        return false;
      }
  }
  if (loaded.kind === 'ok' && loaded.migrated) store.save();
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
