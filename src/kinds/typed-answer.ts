// What the typed kinds (recall, list, cloze) share: accepted spellings and how a typed text is matched.
import type { PNode } from '../content/parse-yaml.js';
import { MapReader, textOf } from '../content/yaml-readers.js';
import type { Phrasing, ShortGrade } from '../grading/index.js';
import type { AskTools, GradeNote, Hint, ReadTools } from './kind.js';

/**
 * A typed answer with what else counts as right: each accepted item is a phrase, or a list of key terms that
 * must all appear ([cost, promotion] accepts "the huge cost of promotion").
 */
export interface AcceptedText {
  readonly text: string;
  readonly accept: readonly Phrasing[];
}

/** Splits a typed list answer into items on commas, semicolons and new lines. "and" is left to the grading
 *  engine, which splits an item on it only where the whole item is not an accepted answer ("customer needs and
 *  wants", "warehousing and logistics" are one item each). */
export function splitListAnswer(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** `answer: [..]` with an optional `accept: {answer: [spellings]}` map, each key checked against the answers. */
export function readAcceptedList({ r, problems, answerPos }: ReadTools): AcceptedText[] {
  const accept = readAcceptMap(r);
  const answer = r
    .list('answer', { min: 1 })
    .map((n: PNode) => textOf(n, problems, 'each answer'))
    .filter((text) => text !== '')
    .map((text) => ({ text, accept: accept[text] ?? [] }));
  for (const key of Object.keys(accept)) {
    if (!answer.some((a) => a.text === key)) problems.at(answerPos, `"accept" names "${key}", which is not one of the answers`);
  }
  return answer;
}

function readAcceptMap(r: MapReader): Record<string, Phrasing[]> {
  const out: Record<string, Phrasing[]> = Object.create(null);
  const n = r.raw('accept');
  if (n === undefined) return out;
  const m = MapReader.of(n, r.problems, '"accept"');
  if (!m) return out;
  for (const key of Object.keys(m.map)) out[key] = readPhrasings(m, key);
  return out;
}

/** A list of accepted phrasings: each a text, or a list of key terms. */
export function readPhrasings(r: MapReader, key: string): Phrasing[] {
  return r.list(key).flatMap((n): Phrasing[] => {
    if (Array.isArray(n.value)) {
      const terms = n.value.map((t) => textOf(t, r.problems, `each key term in "${key}"`)).filter(Boolean);
      return terms.length ? [terms] : [];
    }
    const text = textOf(n, r.problems, `each item of "${key}"`);
    return text ? [text] : [];
  });
}

/** The short-answer grader's notes, as grade notes. The grader counts gaps from 0; a note numbers them from 1,
 *  as the learner sees them ("Gap 2:"). */
export function notesOf(short: ShortGrade, keys: readonly AcceptedText[], perGap: boolean): GradeNote[] {
  return short.notes.flatMap((n): GradeNote[] => {
    switch (n.kind) {
      case 'typo':
        return [
          perGap && n.gap !== undefined
            ? { kind: 'gap-typo', gap: n.gap + 1, matched: n.matched }
            : { kind: 'typo', given: n.given, matched: n.matched },
        ];
      case 'missing':
        return perGap && n.gaps
          ? n.gaps.map((i) => ({ kind: 'gap-wrong', gap: i + 1, answer: keys[i]!.text }))
          : [{ kind: 'missing', items: n.items }];
      case 'extra':
        return [{ kind: 'extra', items: n.items }];
      case 'contradiction':
        return [
          { kind: 'contradiction', given: n.given, sibling: n.sibling, ...(perGap && n.gap !== undefined ? { gap: n.gap + 1 } : {}) },
        ];
    }
  });
}

/** Typed at any typed prompt to ask for a hint; once the hints run out it shows the answer. */
export const HINT_REQUEST = '?';

export interface TypedAnswer {
  readonly text: string;
  readonly hintsUsed: number;
  readonly revealed: boolean;
}

/** One typed prompt with a ladder of hints: `?` shows the next hint, and once they are used up, the answer. */
export async function askTyped(
  message: (hintsLeft: number) => string,
  hints: readonly Hint[],
  { prompter, hint }: AskTools,
  size?: 'line' | 'long',
): Promise<TypedAnswer> {
  let hintsUsed = 0;
  for (;;) {
    const asked = message(hints.length - hintsUsed);
    const text = (size === 'long' ? await prompter.longText(asked) : await prompter.text(asked)).trim();
    if (text !== HINT_REQUEST) return { text, hintsUsed, revealed: false };
    if (hintsUsed >= hints.length) return { text: '', hintsUsed, revealed: true };
    hint(hints[hintsUsed++]!);
  }
}

/** The usual ladder for one word or phrase: its first letter and length, then its first half. */
export function letterHints(answer: string): Hint[] {
  return [
    { kind: 'first-letters', shown: answer.slice(0, 1), length: answer.length },
    { kind: 'first-letters', shown: answer.slice(0, Math.ceil(answer.length / 2)) },
  ];
}
