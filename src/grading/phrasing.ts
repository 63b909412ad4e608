// Finding one phrasing inside a learner's text. A phrasing is a string (these words in this order; filler words
// may differ) or a list of key terms that must all appear, in any order, each term "a|b" giving alternatives.
// Forgiven: case, punctuation, dashes, inflection (stems), the course's synonyms, and small typos word by word;
// never forgiven: a typo in a word with digits or symbols (B2B, C#), or a "typo" that is itself a word the course
// uses (so "site promotion" never passes for "sales promotion"). Pure.
import type { Language, Token } from './language.js';
import { compileLexicon, type CompiledLexicon, type Lexicon } from './lexicon.js';

export type Phrasing = string | readonly string[];

/** A typo forgiven: the learner's word and the spelling it was taken for. */
export interface Typo {
  readonly given: string;
  readonly matched: string;
}

export interface PhraseMatch {
  /** Token index ranges [first, last] in the prepared text, one per term for a key-term list. */
  readonly spans: readonly (readonly [number, number])[];
  /** The learner's own words for each span, as typed. */
  readonly words: readonly string[];
  /** The same words with each forgiven typo replaced by the spelling matched. */
  readonly corrected: readonly string[];
  readonly typos: readonly Typo[];
}

/** A learner's text, tokenised and canonicalised once, to be searched for many phrasings. */
export interface PreparedText {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** Canonical key per token: its synonym group ("~3") or its stem. */
  readonly keys: readonly string[];
  /** Multi-word synonym phrases starting at each token: [length in tokens, group key]. */
  readonly phrases: readonly (readonly (readonly [number, string])[])[];
  readonly filler: readonly boolean[];
  readonly lexicon: CompiledLexicon;
}

export function prepareText(text: string, lexicon: Lexicon, language: Language): PreparedText {
  return prepareWith(text, compileLexicon(lexicon, language));
}

export function prepareWith(text: string, lex: CompiledLexicon): PreparedText {
  const tokens = lex.language.tokenize(text);
  const keys = tokens.map((t) => wordKey(t.stem, lex));
  const phrases = tokens.map((_, i) => synonymPhrasesAt(keys, i, lex));
  const filler = tokens.map((t) => lex.language.isFiller(t.norm));
  return { text, tokens, keys, phrases, filler, lexicon: lex };
}

function wordKey(stem: string, lex: CompiledLexicon): string {
  const g = lex.wordGroup.get(stem);
  return g === undefined ? stem : `~${g}`;
}

function synonymPhrasesAt(keys: readonly string[], i: number, lex: CompiledLexicon): [number, string][] {
  const out: [number, string][] = [];
  for (const p of lex.phrasesByFirst.get(keys[i]!) ?? []) {
    if (i + p.keys.length > keys.length) continue;
    if (p.keys.every((k, n) => k === keys[i + n])) out.push([p.keys.length, `~${p.group}`]);
  }
  return out;
}

// --- Compiled phrasings -------------------------------------------------------------------------------------

interface Form {
  readonly norm: string;
  readonly stem: string;
  readonly spelling: string;
}

interface Unit {
  readonly key: string;
  readonly spelling: string;
  readonly literal: boolean;
  /** One-word spellings a typo may aim at, and joined-up spellings ("ecommerce") a learner may type as one word. */
  readonly forms: readonly Form[];
  /** For a synonym group: each multi-word member as words, so a typo inside one is forgiven word by word. */
  readonly expansions: readonly (readonly Unit[])[];
}

/** A term: alternatives, each a run of units. */
type Term = readonly (readonly Unit[])[];

interface CompiledPhrasing {
  readonly terms: readonly Term[];
}

const compiledCache = new WeakMap<CompiledLexicon, Map<string, CompiledPhrasing>>();

function compilePhrasing(phrasing: Phrasing, lex: CompiledLexicon): CompiledPhrasing {
  let perLex = compiledCache.get(lex);
  if (!perLex) {
    perLex = new Map();
    compiledCache.set(lex, perLex);
  }
  const cacheKey = typeof phrasing === 'string' ? phrasing : JSON.stringify(phrasing);
  const hit = perLex.get(cacheKey);
  if (hit) return hit;
  const termTexts = typeof phrasing === 'string' ? [phrasing] : phrasing;
  const terms = termTexts.map((t) =>
    t
      .split('|')
      .map((alt) => compileRun(alt, lex))
      .filter((run) => run.length > 0),
  );
  const compiled = { terms };
  perLex.set(cacheKey, compiled);
  return compiled;
}

function compileRun(text: string, lex: CompiledLexicon): Unit[] {
  const p = prepareWith(text, lex);
  const units: Unit[] = [];
  const allFiller = p.filler.every(Boolean);
  for (let i = 0; i < p.tokens.length;) {
    const phrase = p.phrases[i]![0];
    if (phrase) {
      const [len, key] = phrase;
      units.push(
        groupUnit(
          key,
          p.tokens
            .slice(i, i + len)
            .map((t) => t.text)
            .join(' '),
          lex,
        ),
      );
      i += len;
      continue;
    }
    const t = p.tokens[i]!;
    if (!p.filler[i] || allFiller) units.push(p.keys[i]!.startsWith('~') ? groupUnit(p.keys[i]!, t.text, lex, t) : wordUnit(t));
    i++;
  }
  return units;
}

function wordUnit(t: Token): Unit {
  return { key: t.stem, spelling: t.text, literal: t.literal, forms: [{ norm: t.norm, stem: t.stem, spelling: t.text }], expansions: [] };
}

/** A word as a unit: its synonym group when it has one ("consumer" inside "business to consumer" meets "customer"). */
function canonicalUnit(t: Token, lex: CompiledLexicon, depth: number): Unit {
  const g = lex.wordGroup.get(t.stem);
  return g === undefined ? wordUnit(t) : groupUnit(`~${g}`, t.text, lex, t, depth);
}

/** A synonym group as a unit. `depth` stops a member that holds a word of its own group ("web site") recursing. */
function groupUnit(key: string, spelling: string, lex: CompiledLexicon, own?: Token, depth = 0): Unit {
  const group = lex.groups[Number(key.slice(1))]!;
  const forms: Form[] = [];
  const expansions: Unit[][] = [];
  let literal = own?.literal ?? false;
  group.tokens.forEach((toks, k) => {
    if (toks.length === 0) return;
    const spelled = group.spellings[k]!;
    if (toks.length === 1) forms.push({ norm: toks[0]!.norm, stem: toks[0]!.stem, spelling: spelled });
    else {
      const joined = toks.map((t) => t.norm).join('');
      forms.push({ norm: joined, stem: joined, spelling: spelled });
      if (depth === 0) expansions.push(toks.filter((t) => !lex.language.isFiller(t.norm)).map((t) => canonicalUnit(t, lex, depth + 1)));
    }
    if (toks.some((t) => t.literal)) literal = literal || toks.length === 1;
  });
  // The pattern's own spelling first, so a typo note names the word the author wrote where it fits.
  if (own) forms.unshift({ norm: own.norm, stem: own.stem, spelling: own.text });
  return { key, spelling, literal, forms, expansions };
}

// --- Matching -------------------------------------------------------------------------------------------------

interface RunMatch {
  readonly end: number;
  readonly typos: readonly (Typo & { readonly at: number })[];
}

/** Which places may count, by token range [first, last]: e.g. not negated, not copied from the question. */
export type SpanFilter = (first: number, last: number) => boolean;

/** Finds the phrasing in the text: for each term the place with the fewest typos, earliest first, among the
 *  places `filter` allows; null when a term is absent. */
export function findPhrasing(text: PreparedText, phrasing: Phrasing, filter?: SpanFilter): PhraseMatch | null {
  const compiled = compilePhrasing(phrasing, text.lexicon);
  if (compiled.terms.length === 0) return null;
  const spans: [number, number][] = [];
  const typos: (Typo & { at: number })[] = [];
  for (const term of compiled.terms) {
    const best = findTerm(text, term, filter);
    if (!best) return null;
    spans.push([best.start, best.end - 1]);
    typos.push(...best.typos);
  }
  const words = spans.map(([a, b]) => text.text.slice(text.tokens[a]!.start, text.tokens[b]!.end));
  const corrected = spans.map((span) => correct(text, span, typos));
  return { spans, words, corrected, typos: typos.map(({ given, matched }) => ({ given, matched })) };
}

/** The learner's words over a span with each forgiven typo replaced by the spelling it was taken for. */
function correct(text: PreparedText, [a, b]: readonly [number, number], typos: readonly (Typo & { at: number })[]): string {
  let out = '';
  let from = text.tokens[a]!.start;
  for (const typo of typos.filter((t) => t.at >= a && t.at <= b).sort((x, y) => x.at - y.at)) {
    const tok = text.tokens[typo.at]!;
    out += text.text.slice(from, tok.start) + typo.matched;
    from = tok.end;
  }
  return out + text.text.slice(from, text.tokens[b]!.end);
}

/** The best place a term occurs: fewest typos, then earliest, then longest. */
function findTerm(
  text: PreparedText,
  term: Term,
  filter?: SpanFilter,
): { start: number; end: number; typos: (Typo & { at: number })[] } | null {
  let best: { start: number; end: number; typos: (Typo & { at: number })[] } | null = null;
  for (let j = 0; j < text.tokens.length; j++) {
    if (text.filler[j] && !term.some((run) => run.length > 0 && text.keys[j] === run[0]!.key)) continue;
    for (const run of term) {
      const found = matchRun(text, run, 0, j, []);
      const m = found && (!filter || filter(j, found.end - 1)) ? found : null;
      const better =
        m &&
        (!best || m.typos.length < best.typos.length || (m.typos.length === best.typos.length && best.start === j && m.end > best.end));
      if (better) best = { start: j, end: m.end, typos: [...m.typos] };
    }
    if (best && best.typos.length === 0) return best;
  }
  return best;
}

function matchRun(
  text: PreparedText,
  units: readonly Unit[],
  u: number,
  j: number,
  typos: readonly (Typo & { at: number })[],
): RunMatch | null {
  if (u === units.length) return { end: j, typos };
  // Filler between the words of a phrase may differ ("cost of the promotion").
  while (u > 0 && j < text.tokens.length && text.filler[j] && text.keys[j] !== units[u]!.key) j++;
  if (j >= text.tokens.length) return null;
  const unit = units[u]!;
  const next = (end: number, extra: readonly (Typo & { at: number })[] = [], skip = 1) =>
    matchRun(text, units, u + skip, end, extra.length ? [...typos, ...extra] : typos);

  for (const [len, key] of text.phrases[j]!)
    if (key === unit.key) {
      const m = next(j + len);
      if (m) return m;
    }
  if (text.keys[j] === unit.key) {
    const m = next(j + 1);
    if (m) return m;
  }
  const tok = text.tokens[j]!;
  // Joined or split words: "ecommerce" ~ "e-commerce", "web site" ~ "website".
  for (const f of unit.forms) {
    if (f.norm === tok.norm || (!tok.literal && f.stem === tok.stem)) {
      const m = next(j + 1);
      if (m) return m;
    }
    if (f.norm.length > tok.norm.length && f.norm.startsWith(tok.norm)) {
      let joined = tok.norm;
      for (let k = j + 1; k < text.tokens.length && joined.length < f.norm.length; k++) {
        joined += text.tokens[k]!.norm;
        if (joined === f.norm) {
          const m = next(k + 1);
          if (m) return m;
        }
      }
    }
  }
  let joined = '';
  for (let k = u; k < units.length && k < u + 3; k++) {
    joined += units[k]!.forms[0]!.norm;
    if (k > u && joined === tok.norm) {
      const m = next(j + 1, [], k - u + 1);
      if (m) return m;
    }
  }
  // A multi-word synonym written with a typo in one of its words.
  for (const exp of unit.expansions) {
    const inner = matchRun(text, exp, 0, j, []);
    if (inner && inner.typos.length > 0) {
      const m = next(inner.end, inner.typos);
      if (m) return m;
    }
  }
  // A small typo in this one word.
  const typo = typoFor(tok, unit, text.lexicon);
  if (typo) {
    const m = next(j + 1, [{ given: tok.text, matched: typo, at: j }]);
    if (m) return m;
  }
  return null;
}

/** The spelling a learner's word was a typo of, or null. */
function typoFor(tok: Token, unit: Unit, lex: CompiledLexicon): string | null {
  if (tok.literal || unit.literal) return null;
  // A word the course itself uses is meant as written: "site" is not a typo of "sales".
  if (lex.vocabulary.has(tok.stem)) return null;
  const lang = lex.language;
  for (const f of unit.forms) {
    if (/[\d#+%]/.test(f.norm) || lang.isNegatedForm(tok.norm, f.norm)) continue;
    if (lang.distance(tok.norm, f.norm) <= lang.typoBudget(f.norm)) return f.spelling;
    if (f.stem.length >= 4 && lang.distance(tok.stem, f.stem) <= lang.typoBudget(f.stem)) return f.spelling;
  }
  return null;
}

/** Every non-overlapping place one of the phrasing's terms occurs, left to right (for contradictions, which
 *  may stand anywhere in an answer). A key-term list is searched term by term. */
export function findAll(text: PreparedText, phrasing: Phrasing): PhraseMatch[] {
  const compiled = compilePhrasing(phrasing, text.lexicon);
  const out: PhraseMatch[] = [];
  for (const term of compiled.terms) {
    for (let j = 0; j < text.tokens.length; j++) {
      let found: RunMatch | null = null;
      for (const run of term) {
        const m = matchRun(text, run, 0, j, []);
        if (m && (!found || m.end > found.end)) found = m;
      }
      if (!found) continue;
      const span: [number, number] = [j, found.end - 1];
      out.push({
        spans: [span],
        words: [text.text.slice(text.tokens[j]!.start, text.tokens[span[1]]!.end)],
        corrected: [correct(text, span, found.typos)],
        typos: found.typos.map(({ given, matched }) => ({ given, matched })),
      });
      j = found.end - 1;
    }
  }
  return out;
}

/** Whether a negator ("not", "rather than", "unlike") stands before token `at` in its clause, at most 5 words back. */
export function isNegated(text: PreparedText, at: number): boolean {
  const lang = text.lexicon.language;
  const clause = text.tokens[at]!.clause;
  for (let k = at - 1; k >= 0 && k >= at - 5; k--) {
    const t = text.tokens[k]!;
    if (t.clause !== clause) break;
    if (lang.isNegator(t.norm, text.tokens[k + 1]?.norm)) return true;
  }
  return false;
}

/** Convenience: prepare and find in one call. */
export function matchPhrasing(answer: string, phrasing: Phrasing, lexicon: Lexicon, language: Language): PhraseMatch | null {
  return findPhrasing(prepareText(answer, lexicon, language), phrasing);
}
