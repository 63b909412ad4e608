// nm-tutor export: every question as Anki import text, CSV or JSON, so learners can review elsewhere.
import { writeFileSync } from 'node:fs';
import type { Context } from '../context.js';
import type { Content, Question } from '../content/model.js';
import { cardFront, describeAnswer } from '../kinds/registry.js';
import { UserError } from '../errors.js';

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
    lines.push([cardFront(q), cardBack(q), `nm-tutor ${q.topic}`].map((f) => oneLine(f).replace(/\t/g, ' ')).join('\t'));
  }
  return `${lines.join('\n')}\n`;
}

function csvField(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(content: Content): string {
  const rows = [['id', 'topic', 'section', 'kind', 'front', 'back', 'explanation']];
  for (const q of content.questions) rows.push([q.id, q.topic, q.section, q.kind, oneLine(cardFront(q)), oneLine(describeAnswer(q)), oneLine(q.explanation)]);
  return `${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

export function toJson(content: Content): string {
  const questions = content.questions.map(({ where: _where, ...q }) => q);
  return `${JSON.stringify({ formatVersion: 1, questions }, null, 2)}\n`;
}

export async function run(opts: { format: string; out?: string; topic?: string }, ctx: Context): Promise<void> {
  if (!(EXPORT_FORMATS as readonly string[]).includes(opts.format)) {
    throw new UserError(`Unknown export format '${opts.format}'. Use one of: ${EXPORT_FORMATS.join(', ')}.`, 2);
  }
  let content = await ctx.content();
  if (opts.topic) {
    const { findLesson } = await import('../content/find.js');
    const id = findLesson(content, opts.topic, ctx.note).id;
    content = { ...content, questions: content.questions.filter((q) => q.topic === id) };
  }
  const format = opts.format as ExportFormat;
  const text = format === 'anki' ? toAnki(content) : format === 'csv' ? toCsv(content) : toJson(content);
  if (!opts.out) { ctx.write(text); return; }
  try {
    writeFileSync(opts.out, text);
  } catch (err) {
    throw new UserError(`Cannot write ${opts.out}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  ctx.warn(`Wrote ${content.questions.length} questions to ${opts.out} (${format}).`);
}
