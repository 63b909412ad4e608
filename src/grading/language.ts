// Everything about grading that depends on the learner's language, behind one interface: how text splits into
// words, which words are filler, how words are stemmed, how far a typo may go, what separates list items and
// what negates or hedges a statement. `english` implements it; a Chinese version would be a second object.
// Pure: no terminal, file or process access.
import { distance } from 'fastest-levenshtein';
import { stemmer } from 'stemmer';

/** One word of a learner's text, with where it stood so feedback can quote the learner's own words. */
export interface Token {
  /** As typed. */
  readonly text: string;
  /** Character offsets into the original text: text.slice(start, end) === token.text. */
  readonly start: number;
  readonly end: number;
  /** Lower-case, accents and apostrophes removed; a symbol-bearing word keeps its symbols ("c#", "c++"). */
  readonly norm: string;
  /** The stem that inflected forms share ("markets", "marketing" -> "market"); symbol words are their own stem. */
  readonly stem: string;
  /** Holds digits or symbols (B2B, 4P, C#): compared exactly, never forgiven as a typo, never stemmed. */
  readonly literal: boolean;
  /** Index of the clause (between . ; : ! ? , ( ) and new lines) the word stands in, for negation scope. */
  readonly clause: number;
}

export interface Language {
  /** BCP 47 code, for messages and caches. */
  readonly code: string;
  /** Words with their offsets, normalised and stemmed (see Token). */
  tokenize(text: string): Token[];
  /** One word as compared: lower case, accents and apostrophes gone, symbols kept. */
  normalize(word: string): string;
  /** The stem a normalised word shares with its inflections. */
  stem(norm: string): string;
  /** Filler words that may differ inside a phrase ("the cost of promotion" ~ "cost promotion"). */
  isFiller(norm: string): boolean;
  /** Grammatical words (articles, pronouns, auxiliaries, prepositions, conjunctions): the words that make a
   *  list of terms into a statement. Used to tell a sentence from a bare keyword list. */
  isFunctionWord(norm: string): boolean;
  /** Function words that also join bare lists of terms ("and", "or", "not"), so they do not make a statement. */
  isListWord(norm: string): boolean;
  /** Words that hedge an answer ("maybe", "perhaps"): they never make a mention of a concept into a statement. */
  isHedge(norm: string): boolean;
  /** Words (or "not" from "n't") that negate what follows in the same clause. */
  isNegator(norm: string, next?: string): boolean;
  /** Splits a typed list answer into items on commas, semicolons and new lines (see splitConjunction for "and"). */
  splitList(text: string): string[];
  /** Splits one list item further on the language's "and", for items that were not recognised whole. */
  splitConjunction(text: string): string[];
  /** How many typos a word of this spelling may carry and still be taken as meant. */
  typoBudget(norm: string): number;
  /** Edit distance where swapping two neighbouring letters costs one. */
  distance(a: string, b: string): number;
  /** Whether one word is the other with a negating prefix ("indirectly" / "directly"): its opposite, so never
   *  a typo of it however small the distance. */
  isNegatedForm(a: string, b: string): boolean;
  /** An explain prompt without its instruction frame ("In your own words: ..."), which is not part of the
   *  question: "own" in a learner's "their own needs" is the learner's word, not one copied from the question. */
  questionOf(prompt: string): string;
}

// --- English -----------------------------------------------------------------------------------------------

const FILLER = new Set([
  'a',
  'an',
  'the',
  'of',
  's',
  'its',
  'their',
  'his',
  'her',
  'our',
  'your',
  'my',
  'very',
  'really',
  'just',
  'so',
  'this',
  'that',
  'these',
  'those',
  'some',
]);

const FUNCTION_WORDS = new Set([
  ...FILLER,
  // pronouns and determiners
  'it',
  'they',
  'them',
  'he',
  'she',
  'we',
  'you',
  'i',
  'me',
  'us',
  'one',
  'which',
  'who',
  'whom',
  'what',
  'whose',
  'there',
  'here',
  'each',
  'every',
  'all',
  'any',
  'both',
  'either',
  'neither',
  'such',
  'other',
  'another',
  'more',
  'most',
  'less',
  'only',
  'also',
  'too',
  'then',
  'than',
  'not',
  'no',
  'nor',
  'never',
  // auxiliaries and copulas
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'am',
  'do',
  'does',
  'did',
  'has',
  'have',
  'had',
  'can',
  'could',
  'will',
  'would',
  'shall',
  'should',
  'may',
  'might',
  'must',
  'cannot',
  'means',
  'mean',
  'uses',
  'use',
  'used',
  'using',
  'makes',
  'make',
  'gets',
  'get',
  'lets',
  'let',
  'helps',
  'help',
  'gives',
  'give',
  'takes',
  'take',
  'goes',
  'go',
  // prepositions and conjunctions
  'to',
  'in',
  'on',
  'at',
  'by',
  'for',
  'with',
  'from',
  'into',
  'onto',
  'about',
  'as',
  'like',
  'through',
  'over',
  'under',
  'between',
  'before',
  'after',
  'during',
  'while',
  'because',
  'since',
  'so',
  'if',
  'when',
  'where',
  'how',
  'why',
  'and',
  'or',
  'but',
  'while',
  'whereas',
  'though',
  'although',
  'unlike',
  'without',
  'within',
  'instead',
  'rather',
  'not',
  'just',
  'even',
  'still',
  'etc',
  'plus',
]);

const LIST_WORDS = new Set(['and', 'or', 'not', 'no', 'nor', 'etc', 'also', 'plus']);

const HEDGES = new Set(['maybe', 'perhaps', 'probably', 'possibly', 'either', 'think', 'guess', 'unsure', 'sure', 'or', 'else', 'etc']);

const NEGATORS = new Set([
  'not',
  'no',
  'never',
  'neither',
  'nor',
  'without',
  'unlike',
  'beyond',
  'instead',
  'isnt',
  'arent',
  'doesnt',
  'dont',
  'cannot',
]);
/** Two-word negators: "rather than", "more than", "other than", "instead of". */
const NEGATOR_PAIRS: Record<string, string> = { rather: 'than', more: 'than', other: 'than', instead: 'of' };

// Dashes of every kind (-, ‐, –, —, −) separate words like spaces; matching joins words back where needed
// ("e-commerce" ~ "e commerce" ~ "ecommerce").
// A word: letters and digits, joined by apostrophes, with trailing # or + kept (C#, C++) and a trailing % (30%).
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*(?:[#+]+|%)?/gu;
const CLAUSE_BREAK = /[.;:!?,()[\]{}\n/]/;

/** British -ise/-isation spellings meet American -ize/-ization before stemming ("organising" ~ "organizing"). */
function americanise(word: string): string {
  if (word.length < 6) return word;
  return word.replace(/is(e|es|ed|ing|ation|ations|er|ers)$/, 'iz$1');
}

function stemEnglish(norm: string): string {
  return stemmer(americanise(norm));
}

function tokenizeEnglish(text: string): Token[] {
  const out: Token[] = [];
  let clause = 0;
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const between = text.slice(last, start);
    if (out.length > 0 && CLAUSE_BREAK.test(between)) clause++;
    last = start + m[0].length;
    const raw = m[0];
    const parts = splitApostrophe(raw);
    let offset = start;
    for (const part of parts) {
      const norm = part.norm;
      const literal = /[\d#+%]/.test(norm);
      const stem = literal ? literalStem(norm) : stemEnglish(norm);
      out.push({ text: text.slice(offset, offset + part.length), start: offset, end: offset + part.length, norm, stem, literal, clause });
      offset += part.length;
    }
  }
  return out;
}

/** "customer's" -> customer; "isn't" -> is + not; "don't" -> do + not. */
function splitApostrophe(raw: string): { norm: string; length: number }[] {
  const lower = fold(raw);
  const m = /^(.*?)['’](s|t|re|ve|ll|d|m)$/.exec(lower);
  if (!m) return [{ norm: lower.replace(/['’]/g, ''), length: raw.length }];
  const [, base, tail] = m as unknown as [string, string, string];
  if (tail === 't' && base.endsWith('n')) {
    const stemPart = base === 'won' ? 'will' : base === 'can' ? 'can' : base.slice(0, -1);
    return [
      { norm: stemPart, length: raw.length - 2 },
      { norm: 'not', length: 2 },
    ];
  }
  return [{ norm: base.replace(/['’]/g, ''), length: raw.length }];
}

function fold(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** Words with digits or symbols: exact, but a plural s after a letter goes ("4Ps" ~ "4P", "B2Cs" ~ "B2C"). */
function literalStem(norm: string): string {
  return /\d[a-z]s$/.test(norm) ? norm.slice(0, -1) : norm;
}

/** Optimal string alignment on top of Levenshtein: one swap of neighbouring letters is one typo, not two. */
export function typoDistance(a: string, b: string): number {
  const d = distance(a, b);
  if (d !== 2 || a.length !== b.length) return d;
  let first = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (first < 0) first = i;
    else return i === first + 1 && a[first] === b[i] && a[i] === b[first] ? 1 : d;
  }
  return d;
}

/** Prefixes that turn an English word into its opposite (in-direct, un-important, non-profit, dis-like). */
const NEGATING_PREFIXES = ['in', 'im', 'il', 'ir', 'un', 'non', 'dis'];

function isNegatedFormEnglish(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 3 && NEGATING_PREFIXES.some((p) => long === p + short || long === `${p}-${short}`);
}

/** "In your own words:", "Now say it in your own words:" and the like, at the start of a prompt. */
const INSTRUCTION_FRAME = /^[^:?.]*\bin (?:your|my|our) own words\s*[:,.-]\s*/i;

export const english: Language = {
  code: 'en',
  tokenize: tokenizeEnglish,
  normalize: (word) => fold(word).replace(/['’]/g, ''),
  stem: (norm) => (/[\d#+%]/.test(norm) ? literalStem(norm) : stemEnglish(norm)),
  isFiller: (norm) => FILLER.has(norm),
  isFunctionWord: (norm) => FUNCTION_WORDS.has(norm),
  isListWord: (norm) => LIST_WORDS.has(norm),
  isHedge: (norm) => HEDGES.has(norm),
  isNegator: (norm, next) => NEGATORS.has(norm) || (next !== undefined && NEGATOR_PAIRS[norm] === next),
  splitList: (text) =>
    text
      .split(/[,;\n]+/)
      .map((s) => s.trim())
      .filter(Boolean),
  splitConjunction: (text) =>
    text
      .split(/\s+(?:and|&)\s+|\s*&\s*/i)
      .map((s) => s.trim())
      .filter(Boolean),
  // None for short words (B2B vs B2C, cost vs cast must differ), one up to 7 letters, two from 8.
  typoBudget: (norm) => (norm.length <= 4 ? 0 : norm.length <= 7 ? 1 : 2),
  distance: typoDistance,
  isNegatedForm: isNegatedFormEnglish,
  questionOf: (prompt) => prompt.replace(INSTRUCTION_FRAME, ''),
};
