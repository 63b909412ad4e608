// Turning content and results into terminal text. Boxen is loaded only by the commands that draw cards.
import boxen from 'boxen';
import type { Concept, Lesson, Question, Section } from '../content/model.js';
import { CONCEPT_DIMENSIONS } from '../content/model.js';
import type { Grade } from '../kinds/kind.js';
import { describeAnswer } from '../kinds/registry.js';
import { words } from '../words.js';
import { displayWidth, padDisplay, truncateDisplay, wrapText, type Theme } from './theme.js';

export function box(theme: Theme, text: string, title?: string): string {
  // Line mode (screen readers, scripts) gets the words without a frame.
  if (theme.plain) return title ? `${title}\n\n${text}` : text;
  return boxen(text, {
    padding: { left: 1, right: 1, top: 0, bottom: 0 },
    borderStyle: theme.unicode ? 'round' : 'classic',
    borderColor: theme.color ? 'cyan' : undefined,
    title,
    width: theme.width,
  });
}

/**
 * A lesson section as one card, or, when `screenRows` is given and one card would not fit, as several cards
 * that each fit (split between paragraphs), so the start of a section never scrolls away unread.
 */
export function renderSection(theme: Theme, lesson: Lesson, section: Section, index: number, screenRows?: number): string[] {
  const inner = theme.width - 4;
  const bullet = theme.unicode ? '•' : '*';
  // The section title heads the text rather than the border, where boxen would cut a long one short.
  // Paragraph by paragraph, so a long explanation can be split between cards.
  const [opening, ...paragraphs] = wrapText(section.body, inner).split('\n\n');
  const parts = [
    `${theme.title(wrapText(section.title, inner))}\n${opening}`,
    ...paragraphs,
    `${theme.strong(words.card.example)}\n${wrapText(section.example, inner)}`,
    // A bullet is a list marker to wrapText, so continuation lines hang under the text.
    `${theme.strong(words.card.keyPoints)}\n${section.keyPoints.map((k) => wrapText(`${bullet} ${k}`, inner)).join('\n')}`,
  ];
  // A narrow terminal shortens the lesson title, never the counter (boxen would cut the end of the title).
  const counter = `${theme.sep}${index + 1}/${lesson.sections.length}`;
  const titled = (suffix: string) =>
    `${truncateDisplay(lesson.title, theme.width - 6 - displayWidth(counter + suffix), theme.unicode ? '…' : '...')}${counter}${suffix}`;
  const heading = titled('');
  const lines = (text: string) => text.split('\n').length;
  // Room for the border and the prompt that follows each card.
  const room = screenRows === undefined ? Infinity : Math.max(6, screenRows - 6);
  const pages: string[][] = [];
  // A paragraph taller than the room is cut between lines, so even one long paragraph never scrolls away.
  const fitted = parts.flatMap((part) => {
    const rows = part.split('\n');
    if (rows.length <= room) return [part];
    const chunks: string[] = [];
    for (let k = 0; k < rows.length; k += room) chunks.push(rows.slice(k, k + room).join('\n'));
    return chunks;
  });
  for (const part of fitted) {
    const page = pages[pages.length - 1];
    if (page && lines([...page, part].join('\n\n')) <= room) page.push(part);
    else pages.push([part]);
  }
  return pages.map((page, k) => box(theme, page.join('\n\n'), k === 0 ? heading : titled(words.render.continued)));
}

export function progressLine(theme: Theme, done: number, total: number): string {
  const width = 20;
  const position = words.render.position(Math.min(done + 1, total), total);
  if (theme.plain) return theme.dim(position);
  const filled = Math.round((done / Math.max(1, total)) * width);
  const [full, empty] = theme.unicode ? ['█', '░'] : ['#', '-'];
  return theme.dim(`${full.repeat(filled)}${empty.repeat(width - filled)} ${position}`);
}

export function renderFeedback(theme: Theme, q: Question, grade: Grade, sectionTitle: string, command: (args: string) => string): string {
  const inner = theme.width - 2;
  const verdict = grade.correct
    ? theme.good(words.verdict.right(theme.unicode))
    : grade.score > 0
      ? theme.bad(words.verdict.partly(grade.score))
      : theme.bad(words.verdict.wrong(theme.unicode));
  const lines = [verdict];
  for (const note of grade.notes) lines.push(wrapText(words.note(note), inner, '  '));
  // An explanation's notes end with its model answer; every other kind shows the right answer here.
  if (!grade.correct && !grade.notes.some((n) => n.kind === 'model'))
    lines.push(wrapText(`${theme.strong(words.verdict.answer)} ${describeAnswer(q)}`, inner));
  lines.push(wrapText(q.explanation, inner));
  lines.push(theme.dim(wrapText(words.verdict.revisit(command(`learn ${q.lesson} ${q.section}`), sectionTitle), inner)));
  // Feedback that cites a source says where to find out what that source is.
  if (/\bsources? 00\d/i.test(q.explanation)) lines.push(theme.dim(wrapText(words.verdict.sources(command('sources')), inner)));
  return lines.join('\n');
}

/** A two-column comparison; rows are the shared dimensions. Falls back to stacked rows when narrow. */
export function renderComparison(theme: Theme, left: Concept, right: Concept): string {
  return renderComparisonPages(theme, left, right).join('\n');
}

/**
 * The comparison in pages of at most `room` lines (one page when `room` is not given), each page of the
 * two-column table starting with the column headers, so they are on screen whatever row the learner reads.
 */
export function renderComparisonPages(theme: Theme, left: Concept, right: Concept, room = Infinity): string[] {
  const total = theme.width;
  if (total < 70 || theme.plain) {
    const blocks = CONCEPT_DIMENSIONS.map((d) =>
      [
        theme.strong(words.compareView.dimensions[d]),
        wrapText(`${left.name}: ${left.dimensions[d]}`, total, '  ').replace(/^ {2}/, '  '),
        wrapText(`${right.name}: ${right.dimensions[d]}`, total, '  ').replace(/^ {2}/, '  '),
      ].join('\n'),
    );
    return paginate([], blocks, room, '');
  }
  const labelWidth = 14;
  const colWidth = Math.floor((total - labelWidth - 6) / 2);
  const v = theme.unicode ? '│' : '|';
  const h = theme.unicode ? '─' : '-';
  const cross = theme.unicode ? '┼' : '+';
  const pad = padDisplay; // display width: colour codes take no room, CJK characters two columns
  const rule = `${h.repeat(labelWidth)}${h}${cross}${h}${h.repeat(colWidth)}${h}${cross}${h}${h.repeat(colWidth)}`;
  const row = (label: string, a: string, b: string, style: (s: string) => string = (s) => s) => {
    const la = wrapText(label, labelWidth).split('\n');
    const wa = wrapText(a, colWidth).split('\n');
    const wb = wrapText(b, colWidth).split('\n');
    const n = Math.max(la.length, wa.length, wb.length);
    const out: string[] = [];
    for (let i = 0; i < n; i++) {
      out.push(`${style(pad(la[i] ?? '', labelWidth))} ${v} ${pad(wa[i] ?? '', colWidth)} ${v} ${wb[i] ?? ''}`.trimEnd());
    }
    return out.join('\n');
  };
  const header = [row('', left.name, right.name, theme.strong), rule];
  const rows = CONCEPT_DIMENSIONS.map((d) => row(words.compareView.dimensions[d], left.dimensions[d], right.dimensions[d], theme.strong));
  return paginate(header, rows, room, theme.dim(rule));
}

/** Packs blocks into pages of at most `room` lines, each page opening with `header`; a block is never split. */
function paginate(header: string[], blocks: string[], room: number, between: string): string[] {
  const count = (parts: string[]) => parts.join('\n').split('\n').length;
  const pages: string[][] = [];
  let page: string[] = [];
  for (const block of blocks) {
    const next = page.length ? [...page, between, block] : [block];
    if (page.length && count([...header, ...next]) > room) {
      pages.push(page);
      page = [block];
    } else page = next;
  }
  if (page.length) pages.push(page);
  return pages.map((p) => [...header, ...p].join('\n'));
}
