// Colour and drawing conventions: NO_COLOR, --no-color, TERM=dumb and non-terminal output turn colour off
// (chalk ignores NO_COLOR by itself); FORCE_COLOR turns it on.
import type { ChalkInstance } from 'chalk';
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';
import { words } from '../words.js';

export interface Theme {
  readonly color: boolean;
  /** Box-drawing, bars and typographic marks; off on TERM=dumb (and NM_TUTOR_ASCII) for ASCII only. */
  readonly unicode: boolean;
  /** Line mode (scripts, screen readers): no borders, bars or other drawings, only words. */
  readonly plain: boolean;
  /** Between items on one line: " · ", or ", " where a mark would be drawn or read out as a symbol. */
  readonly sep: string;
  /** Before an explanation: " — ", or " - " in ASCII and line mode. */
  readonly dash: string;
  /** Stands for "no value": "–", "-" in ASCII, the word "none" in line mode. */
  readonly none: string;
  readonly width: number;
  readonly title: (s: string) => string;
  readonly accent: (s: string) => string;
  readonly good: (s: string) => string;
  readonly bad: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly strong: (s: string) => string;
}

export function wantsColor(opts: { noColor?: boolean }, env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (opts.noColor) return false; // an explicit flag beats the environment
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '' && force !== '0' && force !== 'false') return true;
  if (env.NO_COLOR) return false;
  if (env.TERM === 'dumb') return false;
  return isTTY;
}

/** Without colour no chalk is needed: the caller passes one only when colour is on, which keeps it off the startup path. */
export function createTheme(chalk: ChalkInstance | undefined, env: NodeJS.ProcessEnv, columns: number | undefined, plain = false): Theme {
  const color = chalk !== undefined;
  const style = (paint: (c: ChalkInstance) => (s: string) => string) => (chalk ? paint(chalk) : (s: string) => s);
  const unicode = env.TERM !== 'dumb' && !env.NM_TUTOR_ASCII;
  return {
    color,
    unicode,
    plain,
    sep: unicode && !plain ? ' · ' : ', ',
    dash: unicode && !plain ? ' — ' : ' - ',
    none: plain ? words.render.none : unicode ? '–' : '-',
    width: Math.max(40, Math.min(columns ?? (Number(env.COLUMNS) || 80), 100)),
    title: style((c) => c.bold.cyan),
    accent: style((c) => c.cyan),
    good: style((c) => c.green),
    bad: style((c) => c.red),
    dim: style((c) => c.dim),
    strong: style((c) => c.bold),
  };
}

/** Columns a string takes on a terminal: colour codes take none, wide (CJK) characters two. */
export function displayWidth(s: string): number {
  return stringWidth(s);
}

/** Pads to a display width (String.padEnd counts colour codes and treats a CJK character as one column). */
export function padDisplay(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - stringWidth(s)));
}

/** Cuts a string to a display width, ending in an ellipsis when anything was cut. */
export function truncateDisplay(s: string, width: number, ellipsis = '…'): string {
  if (stringWidth(s) <= width) return s;
  let out = '';
  for (const ch of s) {
    if (stringWidth(out + ch) + stringWidth(ellipsis) > width) break;
    out += ch;
  }
  return out.trimEnd() + ellipsis;
}

/**
 * Wraps text to a display width, keeping an indent. Colour codes count as nothing and wide characters as two;
 * a run longer than a line (a CJK sentence has no spaces) is broken where it must be. Paragraphs are separated
 * by blank lines; inside a paragraph, lines starting with "- ", "* " or "1. " stay list items with a hanging indent.
 */
export function wrapText(text: string, width: number, indent = ''): string {
  const wrapLine = (body: string, first: string, rest: string): string => {
    const room = Math.max(1, width - stringWidth(rest));
    const wrapped = wrapAnsi(body.replace(/\s+/g, ' ').trim(), room, { hard: true, trim: true, wordWrap: true });
    return wrapped
      .split('\n')
      .map((line, i) => (i === 0 ? first : rest) + line)
      .join('\n');
  };
  return text
    .split(/\n\s*\n/)
    .map((para) => {
      const blocks: string[] = [];
      for (const line of para.split('\n')) {
        const item = /^\s*([-*•]|\d+[.)])\s+/.exec(line);
        if (item || blocks.length === 0) blocks.push(line.trim());
        else blocks[blocks.length - 1] += ` ${line.trim()}`;
      }
      return blocks
        .map((b) => {
          const item = /^([-*•]|\d+[.)])\s+/.exec(b);
          return item
            ? wrapLine(b.slice(item[0].length), indent + item[0], indent + ' '.repeat(item[0].length))
            : wrapLine(b, indent, indent);
        })
        .join('\n');
    })
    .join('\n\n');
}
