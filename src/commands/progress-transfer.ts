// nm-tutor progress export / import: move a learner's history between machines, merging per question.
import { readFileSync } from 'node:fs';
import type { Context } from '../context.js';
import { UserError } from '../errors.js';
import { checkProgressShape, mergeProgress, PROGRESS_FORMAT_VERSION, type Progress } from '../progress/model.js';

export interface ImportSummary { added: number; updated: number; unchanged: number; lessons: number }

/** Pure: what an import would change, question by question. */
export function summariseImport(before: Progress, after: Progress): ImportSummary {
  let added = 0; let updated = 0; let unchanged = 0;
  for (const [id, q] of Object.entries(after.questions)) {
    const old = before.questions[id];
    if (!old) added++;
    else if (JSON.stringify(old) !== JSON.stringify(q)) updated++;
    else unchanged++;
  }
  const lessons = Object.keys(after.lessons).filter((id) => JSON.stringify(before.lessons[id]) !== JSON.stringify(after.lessons[id])).length;
  return { added, updated, unchanged, lessons };
}

export async function runExport(ctx: Context): Promise<void> {
  const store = await ctx.store();
  ctx.write(`${JSON.stringify(store.progress, null, 2)}\n`);
}

export async function runImport(opts: { file: string }, ctx: Context): Promise<void> {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(opts.file, 'utf8'));
  } catch (err) {
    const reason = err instanceof SyntaxError ? 'it is not valid JSON' : ((err as NodeJS.ErrnoException).code ?? (err as Error).message);
    throw new UserError(`Cannot import ${opts.file}: ${reason}.`);
  }
  const version = (data as { formatVersion?: unknown } | null)?.formatVersion;
  if (typeof version === 'number' && version > PROGRESS_FORMAT_VERSION) {
    throw new UserError(`Cannot import ${opts.file}: it has progress format ${version}, newer than this nm-tutor understands (${PROGRESS_FORMAT_VERSION}). Upgrade nm-tutor.`);
  }
  const checked = checkProgressShape(data);
  if ('problem' in checked) throw new UserError(`Cannot import ${opts.file}: it is not an nm-tutor progress file (${checked.problem}).`);
  const store = await ctx.store();
  const before = structuredClone(store.progress);
  const merged = mergeProgress(store.progress, checked.progress);
  const summary = summariseImport(before, merged);
  if (!store.replace(merged)) throw new UserError(`Could not write the merged progress to ${store.file}; nothing was changed on disk.`);
  ctx.say(`Imported ${opts.file}: ${summary.added} new question${summary.added === 1 ? '' : 's'}, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.lessons} lesson position${summary.lessons === 1 ? '' : 's'} updated.`);
}
