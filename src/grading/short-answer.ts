// Fair grading of typed short answers (recall, list, cloze): right when the answer contains an accepted answer
// and nothing that contradicts it. A contradiction is a sibling concept of the course (lessons/synonyms.yaml) that
// the question does not accept: "O2O or B2C" is a hedge and wrong, while "O2O (online to offline)" is right:
// glosses and filler never turn a right answer wrong. A list loses credit for wrong extra items, as a
// multi-select does. Results are data; the UI words them. Pure.
import { english, type Language } from './language.js';
import { compileLexicon, type CompiledLexicon, type Lexicon } from './lexicon.js';
import { findAll, findPhrasing, isNegated, prepareWith, type Phrasing, type PreparedText, type Typo } from './phrasing.js';

/** An accepted answer: its canonical text and other spellings that also count (compatible with AcceptedText). */
export interface AnswerKey {
  readonly text: string;
  /** Each a phrase, or a list of key terms that must all appear (see phrasing.ts). */
  readonly accept?: readonly Phrasing[];
}

export type ShortNote =
  /** A typo was forgiven: the learner's words and the spelling they were taken for. */
  | { readonly kind: 'typo'; readonly given: string; readonly matched: string; readonly gap?: number }
  /** Accepted answers not given (list items or cloze gaps, by their canonical text). */
  | { readonly kind: 'missing'; readonly items: readonly string[]; readonly gaps?: readonly number[] }
  /** List items that are not accepted answers, as the learner typed them. */
  | { readonly kind: 'extra'; readonly items: readonly string[] }
  /** A sibling concept that contradicts the answer: the learner's words and the sibling they name. */
  | { readonly kind: 'contradiction'; readonly given: string; readonly sibling: string; readonly gap?: number };

export interface ShortGrade {
  /** 0..1, rounded to 3 places. */
  readonly score: number;
  /** score === 1. */
  readonly correct: boolean;
  readonly notes: readonly ShortNote[];
  /** For each accepted answer found: its canonical text and the learner's words for it. */
  readonly found: readonly { readonly key: string; readonly words: string }[];
}

// --- One text against accepted answers ------------------------------------------------------------------------

interface Occurrence {
  readonly key: number;
  readonly first: number;
  readonly last: number;
  readonly size: number;
  readonly typos: readonly Typo[];
  readonly words: string;
  readonly corrected: string;
}

function spellingsOf(key: AnswerKey): Phrasing[] {
  return [key.text, ...(key.accept ?? [])];
}

/** Every place an accepted spelling of the key occurs. */
function occurrencesOf(text: PreparedText, key: AnswerKey, index: number): Occurrence[] {
  const out: Occurrence[] = [];
  for (const spelling of spellingsOf(key)) {
    const matches = typeof spelling === 'string' ? findAll(text, spelling) : [findPhrasing(text, spelling)].filter((m) => m !== null);
    for (const m of matches) {
      const first = Math.min(...m.spans.map((s) => s[0]));
      const last = Math.max(...m.spans.map((s) => s[1]));
      const size = m.spans.reduce((n, [a, b]) => n + b - a + 1, 0);
      out.push({ key: index, first, last, size, typos: m.typos, words: m.words.join(' … '), corrected: m.corrected.join(' … ') });
    }
  }
  return out;
}

interface Sibling {
  readonly member: string;
  readonly label: string;
}

/** The sibling concepts that contradict these keys: other members of any sibling group one of the keys is a
 *  member of, less members any accepted spelling contains ("customer cost" accepts customer). */
function contradictingSiblings(keys: readonly AnswerKey[], lex: CompiledLexicon): Sibling[] {
  const cacheKey = JSON.stringify(keys.map((k) => spellingsOf(k)));
  let perLex = siblingCache.get(lex);
  if (!perLex) {
    perLex = new Map();
    siblingCache.set(lex, perLex);
  }
  const hit = perLex.get(cacheKey);
  if (hit) return hit;
  const spellings = keys.flatMap(spellingsOf).map((s) => prepareWith(typeof s === 'string' ? s : s.join(' '), lex));
  const whole = keys
    .flatMap(spellingsOf)
    .filter((s): s is string => typeof s === 'string')
    .map((s) => prepareWith(s, lex));
  const out: Sibling[] = [];
  for (const group of lex.source.siblings) {
    const applies = group.some((member) => whole.some((text) => coversAll(text, member)));
    if (!applies) continue;
    for (const member of group) {
      if (spellings.some((text) => findPhrasing(text, member) !== null)) continue;
      if (!out.some((s) => s.member === member)) out.push({ member, label: member.split('|')[0]!.trim() });
    }
  }
  perLex.set(cacheKey, out);
  return out;
}
const siblingCache = new WeakMap<CompiledLexicon, Map<string, Sibling[]>>();

/** Whether the member matches the whole text, filler aside ("O2O" is a member; "huge promotion costs" is not). */
function coversAll(text: PreparedText, member: string): boolean {
  return findAll(text, member).some((m) => text.tokens.every((_, i) => text.filler[i] || (i >= m.spans[0]![0] && i <= m.spans[0]![1])));
}

interface Contradiction {
  readonly given: string;
  readonly sibling: string;
  readonly first: number;
  readonly last: number;
}

/**
 * Siblings named outside the accepted words, not negated ("O2O, not B2C" is right), and standing as an answer of
 * their own rather than inside a statement about something else. A sibling's segment (its clause, cut at "and",
 * "or" and the like) that holds a statement, that is both a content word and a grammatical word other than
 * filler, list words and hedges ("website promotion, because without visitors sales promotion cannot work"),
 * mentions the sibling; a bare one ("O2O or B2C", "maybe the B2C model") offers it as an answer.
 */
function contradictionsIn(text: PreparedText, siblings: readonly Sibling[], covered: (i: number) => boolean): Contradiction[] {
  const out: Contradiction[] = [];
  for (const s of siblings) {
    for (const m of findAll(text, s.member)) {
      const [first, last] = m.spans[0]!;
      let inside = true;
      for (let i = first; i <= last; i++) if (!covered(i)) inside = false;
      if (inside || isNegated(text, first) || inStatement(text, first, last)) continue;
      out.push({ given: m.words[0]!, sibling: s.label, first, last });
    }
  }
  return out.sort((a, b) => a.first - b.first);
}

function inStatement(text: PreparedText, first: number, last: number): boolean {
  const lang = text.lexicon.language;
  const clause = text.tokens[first]!.clause;
  const boundary = (i: number) => text.tokens[i]!.clause !== clause || lang.isListWord(text.tokens[i]!.norm);
  let content = false;
  let grammar = false;
  const look = (i: number) => {
    const norm = text.tokens[i]!.norm;
    if (text.filler[i] || lang.isHedge(norm)) return;
    if (lang.isFunctionWord(norm)) grammar = true;
    else content = true;
  };
  for (let i = first - 1; i >= 0 && !boundary(i); i--) look(i);
  for (let i = last + 1; i < text.tokens.length && !boundary(i); i++) look(i);
  return content && grammar;
}

/** Picks non-overlapping occurrences, at most one per key: the longest first, so an accepted compound answer is
 *  taken whole ("customer cost" is the C cost, "sales channel" the distribution channel), then fewest typos. */
function pickHits(occurrences: readonly Occurrence[]): Occurrence[] {
  const sorted = [...occurrences].sort((a, b) => b.size - a.size || a.typos.length - b.typos.length || a.first - b.first);
  const taken: Occurrence[] = [];
  for (const o of sorted) {
    if (taken.some((t) => t.key === o.key || (o.first <= t.last && t.first <= o.last))) continue;
    taken.push(o);
  }
  return taken.sort((a, b) => a.first - b.first);
}

function finish(score: number, notes: ShortNote[], found: { key: string; words: string }[]): ShortGrade {
  const rounded = Math.round(Math.max(0, Math.min(1, score)) * 1000) / 1000;
  return { score: rounded, correct: rounded >= 1, notes, found };
}

// --- recall and cloze -----------------------------------------------------------------------------------------

interface Judged {
  readonly right: boolean;
  readonly notes: ShortNote[];
  readonly found?: { key: string; words: string };
}

function judgeOne(answer: string, key: AnswerKey, lex: CompiledLexicon, gap?: number): Judged {
  const text = prepareWith(answer, lex);
  const occ = occurrencesOf(text, key, 0);
  const covered = (i: number) => occ.some((o) => i >= o.first && i <= o.last);
  const where = gap === undefined ? {} : { gap };
  const contradictions = contradictionsIn(text, contradictingSiblings([key], lex), covered);
  const notes: ShortNote[] = contradictions.map((c) => ({ kind: 'contradiction', given: c.given, sibling: c.sibling, ...where }));
  if (occ.length === 0) return { right: false, notes };
  const exact = occ.some((o) => o.typos.length === 0);
  const best = [...occ].sort((a, b) => a.typos.length - b.typos.length || a.first - b.first || b.size - a.size)[0]!;
  if (!exact) notes.unshift({ kind: 'typo', given: best.words, matched: best.corrected, ...where });
  return { right: contradictions.length === 0, notes, found: { key: key.text, words: best.words } };
}

/** A one-answer question: right when an accepted answer is there and no sibling contradicts it. */
export function gradeRecall(answer: string, key: AnswerKey, lexicon: Lexicon, language: Language = english): ShortGrade {
  const judged = judgeOne(answer, key, compileLexicon(lexicon, language));
  return finish(judged.right ? 1 : 0, judged.notes, judged.found ? [judged.found] : []);
}

/** Gaps graded one by one against their own keys; score = share of gaps right. */
export function gradeCloze(
  gaps: readonly string[],
  keys: readonly AnswerKey[],
  lexicon: Lexicon,
  language: Language = english,
): ShortGrade {
  const lex = compileLexicon(lexicon, language);
  const notes: ShortNote[] = [];
  const found: { key: string; words: string }[] = [];
  const missing: number[] = [];
  let right = 0;
  keys.forEach((key, i) => {
    const judged = judgeOne(gaps[i] ?? '', key, lex, i);
    notes.push(...judged.notes);
    if (judged.found) found.push(judged.found);
    if (judged.right) right++;
    else if (!judged.found) missing.push(i);
  });
  if (missing.length) notes.push({ kind: 'missing', items: missing.map((i) => keys[i]!.text), gaps: missing });
  return finish(keys.length ? right / keys.length : 0, notes, found);
}

// --- list -----------------------------------------------------------------------------------------------------

/**
 * A list answer: the typed line (split on commas, semicolons and new lines) or the items already split. Each
 * accepted answer found scores 1/n and each wrong extra item costs 1/n, as in a multi-select; a hedged item
 * ("price or cost") earns nothing.
 * An item's gloss is not an extra ("customer needs and wants", "team formation (building)"); a part joined
 * by "and" is, when it names nothing accepted and either stands alone or names a sibling concept.
 */
export function gradeList(
  answer: string | readonly string[],
  keys: readonly AnswerKey[],
  lexicon: Lexicon,
  language: Language = english,
): ShortGrade {
  const lex = compileLexicon(lexicon, language);
  const segments = typeof answer === 'string' ? language.splitList(answer) : answer.map((s) => s.trim()).filter(Boolean);
  const siblings = contradictingSiblings(keys, lex);
  const hitKeys = new Map<number, Occurrence>();
  const extras: string[] = [];
  const notes: ShortNote[] = [];
  const items = segments.map((segment) => {
    const text = prepareWith(segment, lex);
    const occurrences = keys.flatMap((key, k) => occurrencesOf(text, key, k));
    return { segment, text, occurrences, hits: pickHits(occurrences) };
  });
  // An answer given in its own item is not taken again from inside another item's longer answer:
  // "consumer needs, cost to the customer" is customer + cost, not customer twice.
  for (const item of items) {
    for (const h of item.hits) {
      if (!items.some((other) => other !== item && other.hits.some((o) => o.key === h.key))) continue;
      const again = pickHits(item.occurrences.filter((o) => o.key !== h.key));
      const kept = item.hits.filter((o) => o.key !== h.key).map((o) => o.key);
      const absorbed = again.some((o) => o.first <= h.first && h.last <= o.last);
      if (absorbed && kept.every((k) => again.some((o) => o.key === k))) {
        item.hits = again;
        break;
      }
    }
  }
  for (const { segment, text, hits } of items) {
    const covered = (i: number) => hits.some((h) => i >= h.first && i <= h.last);
    const contradictions = contradictionsIn(text, siblings, covered);
    const parts = language.splitConjunction(segment).map((p) => prepareWith(p, lex));
    // Parts with no accepted answer: extras when nothing in the item is accepted, or when they name a sibling.
    for (const part of parts) {
      const hasHit = keys.some((key, k) => occurrencesOf(part, key, k).length > 0);
      if (hasHit || !hasContent(part, language)) continue;
      const namesSibling = siblings.some((s) => findAll(part, s.member).some((m) => !isNegated(part, m.spans[0]![0])));
      if (hits.length === 0 || namesSibling) extras.push(part.text);
    }
    // A sibling inside a part that also holds an accepted answer is a hedge ("price or cost"): no credit for it.
    for (const h of hits) {
      const hedged = contradictions.find((c) => sameConjunct(text, parts, h, c));
      if (hedged) {
        notes.push({ kind: 'contradiction', given: hedged.given, sibling: hedged.sibling });
        continue;
      }
      const prev = hitKeys.get(h.key);
      if (!prev || (prev.typos.length > 0 && h.typos.length === 0)) hitKeys.set(h.key, h);
    }
  }
  for (const h of [...hitKeys.values()].sort((a, b) => a.key - b.key)) {
    if (h.typos.length > 0) notes.push({ kind: 'typo', given: h.words, matched: h.corrected });
  }
  const missing = keys.map((k, i) => (hitKeys.has(i) ? null : k.text)).filter((t): t is string => t !== null);
  if (missing.length) notes.push({ kind: 'missing', items: missing });
  if (extras.length) notes.push({ kind: 'extra', items: extras });
  const score = keys.length ? (hitKeys.size - extras.length) / keys.length : 0;
  const found = [...hitKeys.values()].sort((a, b) => a.key - b.key).map((h) => ({ key: keys[h.key]!.text, words: h.words }));
  return finish(score, notes, found);
}

function hasContent(text: PreparedText, language: Language): boolean {
  return text.tokens.some((t) => !language.isFunctionWord(t.norm));
}

/** Whether a hit and a contradiction stand in the same part of an item (not split by "and"). */
function sameConjunct(text: PreparedText, parts: readonly PreparedText[], hit: Occurrence, c: Contradiction): boolean {
  if (parts.length <= 1) return true;
  // Parts are consecutive; find the part of each by character offset.
  let offset = 0;
  const partOf = (tokenIndex: number) => {
    const at = text.tokens[tokenIndex]!.start;
    offset = 0;
    for (let p = 0; p < parts.length; p++) {
      const start = text.text.indexOf(parts[p]!.text, offset);
      const end = start + parts[p]!.text.length;
      if (at >= start && at < end) return p;
      offset = end;
    }
    return -1;
  };
  return partOf(hit.first) === partOf(c.first);
}
