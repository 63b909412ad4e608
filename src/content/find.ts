// Forgiving lookup of lessons, concepts and glossary terms by id, alias, a close misspelling, an unambiguous
// start ("func" for functions) or a word of the name ("research" for Online research).
// Names of any script are compared: NFKC, case-folded, keeping the letters, marks and digits of every script.
// Every step is linear in the size of the pack and bounded in the length of what was typed.
import { UserError } from '../errors.js';
import { allowedTypos } from '../engine/normalize.js';
import { words } from '../words.js';
import type { Concept, Content, GlossaryTerm, Lesson } from './model.js';

/** Case-folded, compatibility-normalised letters, marks and digits: "E-Commerce", "ｅｃｏｍｍｅｒｃｅ" → "ecommerce". */
export function lookupKey(name: string): string {
  // Upper then lower folds more than lower alone ("Straße" and "STRASSE" meet); NFKC again after the case change.
  return name
    .normalize('NFKC')
    .toUpperCase()
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '');
}

/** The words of a name, folded like keys: "Network brand" → ["network", "brand"]. */
export function lookupWords(name: string): string[] {
  return name
    .normalize('NFKC')
    .toUpperCase()
    .toLowerCase()
    .normalize('NFKC')
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean);
}

/** Fuzzy comparison is for names a person types; longer input is compared exactly and by its start only. */
const FUZZY_MAX = 64;
/** Word matching looks at this many typed words at most. */
const WORDS_MAX = 8;
/** At most this many close matches are offered. */
const OFFER_MAX = 5;

/** `names[0]` is what a notice calls the item. */
interface Named {
  readonly id: string;
  readonly names: readonly string[];
}

/** Told when a name is taken as meant, so the learner sees what was looked up. */
export type Corrected = (message: string) => void;

/** What a lookup may use from its caller: a note for a name taken as meant, and how to spell a command. */
export interface LookupHelp {
  readonly note?: Corrected;
  /** A command as the learner can type it (with --content and npx as they ran the tutor). */
  readonly command?: (args: string) => string;
}

const commandOf = (help: LookupHelp | undefined, args: string) => help?.command?.(args) ?? `nm-tutor ${args}`;

/**
 * Optimal-string-alignment distance by code point, or `limit + 1` as soon as it must exceed `limit`
 * (a length difference alone can prove that without any work).
 */
export function boundedDistance(a: string, b: string, limit: number): number {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > limit) return limit + 1;
  if (x.join('') === y.join('')) return 0;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= y.length; j++) {
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) d = Math.min(d, prevPrev[j - 2]! + 1);
      cur[j] = d;
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > limit) return limit + 1;
    prevPrev = prev;
    prev = cur;
  }
  return Math.min(prev[y.length]!, limit + 1);
}

const length = (s: string) => [...s].length;

/** A typed word matches a name's word exactly, as its start (3 letters or more), or within the typos allowed. */
function wordMatches(typed: { text: string; length: number }, word: string): boolean {
  if (typed.text === word) return true;
  if (typed.length >= 3 && word.startsWith(typed.text)) return true;
  if (typed.length > FUZZY_MAX || word.length > FUZZY_MAX * 2) return false;
  const allowed = allowedTypos(length(word));
  return allowed > 0 && boundedDistance(typed.text, word, allowed) <= allowed;
}

export interface Found<T> {
  hit?: T;
  offers: T[];
}

export function findNamed<T extends Named>(items: readonly T[], wanted: string, corrected?: Corrected): Found<T> {
  const key = lookupKey(wanted);
  if (!key) return { offers: [] };
  const keyed = items.map((item) => ({ item, keys: item.names.map(lookupKey).filter(Boolean) }));
  const exact = keyed.find((k) => k.keys.includes(key));
  if (exact) return { hit: exact.item, offers: [] };
  const take = (item: T): Found<T> => {
    corrected?.(words.find.taking(shown(wanted), String(item.names[0])));
    return { hit: item, offers: [] };
  };

  // 1. A slip the answer grader would forgive ("convertion rate"), if one item is closest.
  const fuzzy = length(key) <= FUZZY_MAX;
  const limit = Math.max(allowedTypos(length(key)), 1, Math.floor(length(key) / 3));
  const ranked = fuzzy
    ? keyed
        .map(({ item, keys }) => ({
          item,
          d: Math.min(limit + 1, ...keys.filter((k) => length(k) <= FUZZY_MAX).map((k) => boundedDistance(k, key, limit))),
        }))
        .filter((r) => r.d <= limit)
        .sort((a, b) => a.d - b.d)
    : [];
  const [best, second] = ranked;
  if (best && (!second || second.d > best.d) && best.d <= allowedTypos(length(key))) return take(best.item);

  // 2. The start of exactly one item's name ("func", "promo"); three letters at least.
  const starts = keyed.filter(({ keys }) => keys.some((k) => k.startsWith(key))).map((k) => k.item);
  if (starts.length === 1 && length(key) >= 3) return take(starts[0]!);

  // 3. Every typed word is a word of exactly one item's name ("research" → Online research).
  const typedWords = lookupWords(wanted).map((text) => ({ text, length: length(text) }));
  const byWords =
    typedWords.length > 0 && typedWords.length <= WORDS_MAX
      ? items
          .map((item) => {
            const words = item.names.flatMap(lookupWords);
            const matched = typedWords.filter((t) => words.some((w) => wordMatches(t, w))).length;
            return { item, matched, extra: lookupWords(item.names[0] ?? '').length - matched };
          })
          .filter((r) => r.matched > 0)
          .sort((a, b) => b.matched - a.matched || a.extra - b.extra)
      : [];
  const complete = byWords.filter((r) => r.matched === typedWords.length);
  if (complete.length === 1 && starts.length <= 1) return take(complete[0]!.item);

  // Otherwise offer what comes closest: names it starts, names sharing its words, then near spellings.
  const offers: T[] = [];
  for (const item of [...starts, ...complete.map((r) => r.item), ...byWords.map((r) => r.item), ...ranked.map((r) => r.item)]) {
    if (!offers.includes(item)) offers.push(item);
  }
  return { offers: offers.slice(0, OFFER_MAX) };
}

/** What the learner typed, cut short for a message. */
function shown(wanted: string): string {
  const clean = wanted.replace(/\s+/g, ' ').trim();
  return length(clean) > 60 ? `${[...clean].slice(0, 60).join('')}…` : clean;
}

function notFound(kind: 'lesson' | 'concept' | 'term', wanted: string, offers: readonly string[], listCommand: string): UserError {
  return new UserError(words.find.unknown(kind, shown(wanted), words.find.didYouMean(offers), listCommand));
}

export function findLesson(content: Content, wanted: string, help?: LookupHelp): Lesson {
  const items = content.lessons.map((l) => ({ id: l.id, names: [l.id, l.title], lesson: l }));
  const { hit, offers } = findNamed(items, wanted, help?.note);
  if (hit) return hit.lesson;
  throw notFound(
    'lesson',
    wanted,
    offers.map((o) => o.id),
    commandOf(help, 'topics'),
  );
}

export function findConcept(content: Content, wanted: string, help?: LookupHelp): Concept {
  const items = content.concepts.map((c) => ({ id: c.id, names: [c.id, c.name, ...c.aliases], concept: c }));
  const { hit, offers } = findNamed(items, wanted, help?.note);
  if (hit) return hit.concept;
  throw notFound(
    'concept',
    wanted,
    offers.map((o) => o.id),
    commandOf(help, 'topics'),
  );
}

/** "SEO (search engine optimization)" is also found as "SEO" and as "search engine optimization". */
function termNames(t: GlossaryTerm): string[] {
  const paren = /^(.*?)\s*\((.+)\)\s*$/.exec(t.term);
  return [t.term, ...(paren ? [paren[1]!, paren[2]!] : []), t.id, ...t.aliases];
}

export function findTerm(content: Content, wanted: string, help?: LookupHelp): GlossaryTerm {
  const items = content.glossary.map((t) => ({ id: t.id, names: termNames(t), term: t }));
  const { hit, offers } = findNamed(items, wanted, help?.note);
  if (hit) return hit.term;
  throw notFound(
    'term',
    wanted,
    offers.map((o) => o.term.term),
    commandOf(help, 'define --list'),
  );
}
