// nm-tutor progress export / import: move a learner's history between machines, merging per question.
import type { Context } from '../context.js';
import { describeSystemError, UserError } from '../errors.js';
import { readRegularFile } from '../progress/durable.js';
import { checkProgressShape, mergeProgress, PROGRESS_FORMAT_VERSION, type Progress } from '../progress/model.js';
import { MAX_PROGRESS_BYTES } from '../progress/store.js';
import { words } from '../words.js';

export interface ImportSummary {
  added: number;
  updated: number;
  unchanged: number;
  lessons: number;
}

/** Pure: what an import would change, question by question. */
export function summariseImport(before: Progress, after: Progress): ImportSummary {
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  for (const [id, q] of Object.entries(after.questions)) {
    const old = before.questions[id];
    if (!old) added++;
    else if (JSON.stringify(old) !== JSON.stringify(q)) updated++;
    else unchanged++;
  }
  const lessons = Object.keys(after.lessons).filter(
    (id) => JSON.stringify(before.lessons[id]) !== JSON.stringify(after.lessons[id]),
  ).length;
  return { added, updated, unchanged, lessons };
}

export async function runExport(ctx: Context): Promise<void> {
  const store = await ctx.store();
  ctx.write(`${JSON.stringify(store.progress, null, 2)}\n`);
}

export async function runImport(opts: { file: string }, ctx: Context): Promise<void> {
  let data: unknown;
  try {
    // A FIFO or /dev/zero is refused before a byte is read, never waited on or read forever.
    const text = readRegularFile(opts.file, MAX_PROGRESS_BYTES);
    if (text === null) throw Object.assign(new Error(words.transfer.noSuchFile), { code: 'ENOENT' });
    data = JSON.parse(text);
  } catch (err) {
    const { code, message } = err as NodeJS.ErrnoException;
    const reason =
      err instanceof SyntaxError ? words.store.notJson : code === 'ENOTREG' || code === 'EFBIG' ? message : describeSystemError(err);
    throw new UserError(words.transfer.cannotImport(opts.file, reason));
  }
  const version = (data as { formatVersion?: unknown } | null)?.formatVersion;
  if (typeof version === 'number' && version > PROGRESS_FORMAT_VERSION) {
    throw new UserError(words.transfer.newerFormat(opts.file, version, PROGRESS_FORMAT_VERSION));
  }
  const checked = checkProgressShape(data, ctx.now());
  if ('problem' in checked) throw new UserError(words.transfer.notProgress(opts.file, checked.problem));
  if (checked.repaired.length) ctx.warn(words.transfer.skipped(checked.repaired.length, opts.file, checked.repaired[0]!));
  const store = await ctx.store();
  const before = structuredClone(store.progress);
  const summary = summariseImport(before, mergeProgress(before, { ...checked.progress, resets: [] }));
  // The store merges under its lock with what is on disk now, not with the copy read at start.
  if (!store.importProgress(checked.progress)) throw new UserError(words.transfer.couldNotWrite(store.file));
  ctx.say(words.transfer.imported(opts.file, summary));
}
