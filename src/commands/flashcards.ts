// nm-tutor flashcards (or its alias export): every question as Anki import text, CSV or JSON, so learners can review elsewhere.
import { randomBytes } from 'node:crypto';
import { copyFileSync, constants, existsSync, linkSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Context } from '../context.js';
import type { Content, Question } from '../content/model.js';
import { cardFront, describeAnswer } from '../kinds/registry.js';
import { ExitCode, UserError } from '../errors.js';
import { words } from '../words.js';

export const EXPORT_FORMATS = ['anki', 'csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function cardBack(q: Question): string {
  return `${describeAnswer(q)} — ${q.explanation}`;
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Anki's plain-text import: tab-separated, with header lines naming the separator and tag column. */
export function toAnki(content: Content): string {
  const lines = ['#separator:tab', '#html:false', '#tags column:3'];
  for (const q of content.questions) {
    lines.push([cardFront(q), cardBack(q), `nm-tutor ${q.lesson}`].map((f) => oneLine(f).replace(/\t/g, ' ')).join('\t'));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * One CSV cell. A cell that a spreadsheet would read as a formula (= + - @, or a leading tab or CR, as OWASP
 * lists them) gets a leading apostrophe, so `=HYPERLINK(...)` in a pack shows as text and never runs.
 */
export function csvField(s: string): string {
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(content: Content): string {
  const rows = [['id', 'lesson', 'section', 'kind', 'front', 'back', 'explanation']];
  for (const q of content.questions)
    rows.push([q.id, q.lesson, q.section, q.kind, oneLine(cardFront(q)), oneLine(describeAnswer(q)), oneLine(q.explanation)]);
  return `${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** Format 2: each question names its lesson as `lesson` (format 1 called it `topic`). */
export const FLASHCARDS_JSON_FORMAT = 2;

export function toJson(content: Content): string {
  const questions = content.questions.map(({ where: _where, ...q }) => q);
  return `${JSON.stringify({ formatVersion: FLASHCARDS_JSON_FORMAT, questions }, null, 2)}\n`;
}

/** The format a file name asks for: `.csv` and `.json` as named, `.txt`/`.tsv` (Anki's import text) as anki. */
export function formatFromFileName(file: string): ExportFormat | undefined {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.json') return 'json';
  if (ext === '.txt' || ext === '.tsv') return 'anki';
  return undefined;
}

export function chooseFormat(format: string | undefined, out: string | undefined): ExportFormat {
  if (format !== undefined) {
    const wanted = format.trim().toLowerCase();
    if (!(EXPORT_FORMATS as readonly string[]).includes(wanted)) {
      throw new UserError(words.flashcards.unknownFormat(format, EXPORT_FORMATS), ExitCode.usage);
    }
    return wanted as ExportFormat;
  }
  if (out === undefined) return 'anki';
  const inferred = formatFromFileName(out);
  if (!inferred) {
    throw new UserError(words.flashcards.formatFromName(out, EXPORT_FORMATS), ExitCode.usage);
  }
  return inferred;
}

function cannotWrite(file: string, err: unknown): UserError {
  const code = (err as NodeJS.ErrnoException).code;
  return new UserError(words.flashcards.cannotWrite(file, (code && words.flashcards.writeProblems[code]) ?? (err as Error).message));
}

/**
 * Writes the whole text next to `file` first and then moves it into place, so a full disk never leaves half
 * an export; without `force` the move refuses to replace a file that exists (also one made meanwhile).
 */
export function writeExport(file: string, text: string, force: boolean): void {
  if (!force && existsSync(file)) throw new UserError(words.flashcards.exists(file));
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, text, { flag: 'wx' });
    if (force) renameSync(temp, file);
    else {
      try {
        linkSync(temp, file);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw err;
        copyFileSync(temp, file, constants.COPYFILE_EXCL); // file systems without hard links
      }
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST' && !force) throw new UserError(words.flashcards.exists(file));
    throw cannotWrite(file, err);
  } finally {
    rmSync(temp, { force: true });
  }
}

export async function run(opts: { format?: string; out?: string; lesson?: string; force?: boolean }, ctx: Context): Promise<void> {
  const format = chooseFormat(opts.format, opts.out);
  let content = await ctx.content();
  if (opts.lesson !== undefined) {
    const { findLesson } = await import('../content/find.js');
    const id = findLesson(content, opts.lesson, ctx).id;
    content = { ...content, questions: content.questions.filter((q) => q.lesson === id) };
  }
  const text = format === 'anki' ? toAnki(content) : format === 'csv' ? toCsv(content) : toJson(content);
  if (!opts.out) {
    ctx.write(text);
    return;
  }
  writeExport(opts.out, text, Boolean(opts.force));
  ctx.note(words.flashcards.wrote(content.questions.length, opts.out, format));
}
