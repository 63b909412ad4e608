// Idea-unit rubrics for `explain` questions (docs/explain-format.md): which ideas an explanation covers, in the
// learner's own words, which known misconceptions it shows, and a score that a bare list of key terms or a copy
// of the question cannot max out. `checkRubric` runs a rubric's examples and model answer as tests. Pure.
import { english, type Language } from './language.js';
import { compileLexicon, type CompiledLexicon, type Lexicon } from './lexicon.js';
import {
  findPhrasing,
  isNegated,
  prepareWith,
  type PhraseMatch,
  type Phrasing,
  type PreparedText,
  type SpanFilter,
  type Typo,
} from './phrasing.js';

export interface Idea {
  readonly id: string;
  /** Short; shown in feedback as covered or missing. */
  readonly label: string;
  /** Any one phrasing earns the idea. */
  readonly phrasings: readonly Phrasing[];
}

export interface Misconception extends Idea {
  /** Shown when the misconception is found. */
  readonly correction: string;
}

export type Credit = 'full' | 'partial' | 'none';

export interface RubricExample {
  readonly answer: string;
  /** Exactly the ideas the grader must find. */
  readonly ideas: readonly string[];
  /** Exactly the misconceptions it must find. */
  readonly misconceptions: readonly string[];
  /** full: score 1; partial: 0 < score < 1; none: score 0. */
  readonly credit?: Credit;
}

export interface Rubric {
  readonly ideas: readonly Idea[];
  readonly misconceptions: readonly Misconception[];
  readonly model: string;
  readonly examples: readonly RubricExample[];
}

/** Why an explanation could not earn full credit however many ideas it names. */
export type ExplanationFlag =
  /** Too few of the small words that make terms into statements: a list of key terms, not an explanation. */
  | 'keyword-list'
  /** Most of its words are runs copied from the question. */
  | 'copy'
  /** Nothing to grade. */
  | 'empty';

export interface IdeaResult {
  readonly id: string;
  readonly label: string;
  readonly covered: boolean;
  /** The learner's words that earned it (one entry per key term), empty when missing. */
  readonly words: readonly string[];
  /** Typos forgiven in those words. */
  readonly typos: readonly Typo[];
  /** Found only in words (by stem) the question itself contains, so not counted. */
  readonly copied: boolean;
}

export interface MisconceptionResult {
  readonly id: string;
  readonly label: string;
  readonly correction: string;
  readonly words: readonly string[];
}

export interface ExplanationGrade {
  /** 0..1: share of ideas covered, less one idea's worth per misconception, at most FLAGGED_CAP when flagged. */
  readonly score: number;
  /** score === 1. */
  readonly correct: boolean;
  readonly ideas: readonly IdeaResult[];
  /** Only the misconceptions found. */
  readonly misconceptions: readonly MisconceptionResult[];
  readonly flags: readonly ExplanationFlag[];
  /** The measures behind the flags, so feedback and authors can see why. */
  readonly measures: {
    readonly words: number;
    /** Share of words that are function words (articles, pronouns, auxiliaries, prepositions, conjunctions),
     *  leaving out those that also join bare lists ("and", "or", "not"). */
    readonly functionShare: number;
    /** Share of content words that stand in runs of COPY_RUN or more words copied from the question. */
    readonly copiedShare: number;
  };
}

/** Below this share of function words an answer reads as a list of terms: ordinary English prose has 40-50%,
 *  terse notes ("Promotion spreads information, marketing is bigger") about 15-20%, a list of terms almost none. */
export const MIN_FUNCTION_SHARE = 0.15;
/** A run of this many content words in the same order as in the question counts as copied. */
export const COPY_RUN = 3;
/** Above this share of copied content words the answer is mostly a copy of the question. */
export const MAX_COPIED_SHARE = 0.6;
/** The most a flagged answer (keyword list or copy) can score: it shows recognition, not explanation. */
export const FLAGGED_CAP = 0.5;

export function gradeExplanation(
  answer: string,
  rubric: Pick<Rubric, 'ideas' | 'misconceptions'>,
  prompt: string,
  lexicon: Lexicon,
  language: Language = english,
): ExplanationGrade {
  const lex = compileLexicon(lexicon, language);
  const text = prepareWith(answer, lex);
  // The instruction frame ("In your own words:") is not the question: its words are the learner's to use.
  const promptText = prepareWith(language.questionOf(prompt), lex);
  const copied = copiedTokens(text, promptText);
  // An idea is not earned by the question's own words alone: its evidence needs a word (by stem) the question
  // does not contain ("what is network marketing?" "network marketing is marketing" earns nothing).
  const promptStems = new Set(promptText.tokens.map((t) => t.stem));
  const given = new Set(text.tokens.map((t, i) => (promptStems.has(t.stem) ? i : -1)).filter((i) => i >= 0));
  const contentCount = text.tokens.filter((_, i) => !text.filler[i]).length;
  const copiedShare = contentCount ? [...copied].filter((i) => !text.filler[i]).length / contentCount : 0;
  const glue = text.tokens.filter((t) => language.isFunctionWord(t.norm) && !language.isListWord(t.norm)).length;
  const functionShare = text.tokens.length ? glue / text.tokens.length : 0;

  const ideas: IdeaResult[] = rubric.ideas.map((idea) => {
    const found = findIdea(text, idea.phrasings, lex, given);
    return {
      id: idea.id,
      label: idea.label,
      covered: found.match !== null,
      words: found.match?.words ?? [],
      typos: found.match?.typos ?? [],
      copied: found.onlyCopied,
    };
  });
  const misconceptions: MisconceptionResult[] = [];
  for (const m of rubric.misconceptions) {
    const found = findIdea(text, m.phrasings, lex, copied);
    if (found.match) misconceptions.push({ id: m.id, label: m.label, correction: m.correction, words: found.match.words });
  }

  const flags: ExplanationFlag[] = [];
  if (text.tokens.length === 0) flags.push('empty');
  else {
    if (functionShare < MIN_FUNCTION_SHARE) flags.push('keyword-list');
    if (copiedShare > MAX_COPIED_SHARE) flags.push('copy');
  }
  const total = rubric.ideas.length;
  const covered = ideas.filter((i) => i.covered).length;
  let score = total ? (covered - misconceptions.length) / total : 0;
  if (flags.length) score = Math.min(score, FLAGGED_CAP);
  const rounded = Math.round(Math.max(0, Math.min(1, score)) * 1000) / 1000;
  return {
    score: rounded,
    correct: rounded >= 1,
    ideas,
    misconceptions,
    flags,
    measures: { words: text.tokens.length, functionShare: round(functionShare), copiedShare: round(copiedShare) },
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * The first phrasing found that is neither negated ("it is not pyramid selling" shows no misconception) nor
 * standing only on `excluded` words: for ideas, words the question contains (restating the question earns
 * nothing); for misconceptions, runs copied from it. A phrasing that itself holds a negator ("not only sales")
 * is matched as written.
 */
function findIdea(
  text: PreparedText,
  phrasings: readonly Phrasing[],
  lex: CompiledLexicon,
  excluded: ReadonlySet<number>,
): { match: PhraseMatch | null; onlyCopied: boolean } {
  let onlyCopied = false;
  const spanTokens = (first: number, last: number) =>
    Array.from({ length: last - first + 1 }, (_, k) => first + k).filter((i) => !text.filler[i]);
  for (const phrasing of phrasings) {
    const negatable = !holdsNegator(phrasing, lex);
    const notNegated: SpanFilter = (first) => !negatable || !isNegated(text, first);
    const m = findPhrasing(text, phrasing, notNegated);
    if (!m) continue;
    if (!m.spans.flatMap(([a, b]) => spanTokens(a, b)).every((i) => excluded.has(i))) return { match: m, onlyCopied: false };
    // Every term stood on excluded words: try again with each term kept off them, where it occurs elsewhere.
    const fresh = findPhrasing(
      text,
      phrasing,
      (first, last) => notNegated(first, last) && !spanTokens(first, last).every((i) => excluded.has(i)),
    );
    if (fresh) return { match: fresh, onlyCopied: false };
    onlyCopied = true;
  }
  return { match: null, onlyCopied };
}

function holdsNegator(phrasing: Phrasing, lex: CompiledLexicon): boolean {
  const words = (typeof phrasing === 'string' ? [phrasing] : phrasing).flatMap((t) => lex.language.tokenize(t.replace(/\|/g, ' ')));
  return words.some((t, i) => lex.language.isNegator(t.norm, words[i + 1]?.norm));
}

/** Answer tokens in runs of COPY_RUN or more content words that stand in the same order in the question. */
function copiedTokens(text: PreparedText, prompt: PreparedText): Set<number> {
  const content = (p: PreparedText) => p.tokens.map((_, i) => i).filter((i) => !p.filler[i]);
  const promptIdx = content(prompt);
  const grams = new Set<string>();
  for (let i = 0; i + COPY_RUN <= promptIdx.length; i++)
    grams.add(
      promptIdx
        .slice(i, i + COPY_RUN)
        .map((k) => prompt.tokens[k]!.stem)
        .join(' '),
    );
  const answerIdx = content(text);
  const out = new Set<number>();
  for (let i = 0; i + COPY_RUN <= answerIdx.length; i++) {
    const run = answerIdx.slice(i, i + COPY_RUN);
    if (grams.has(run.map((k) => text.tokens[k]!.stem).join(' '))) {
      // Filler inside a copied run is copied too.
      for (let k = run[0]!; k <= run[run.length - 1]!; k++) out.add(k);
    }
  }
  return out;
}

// --- checking a rubric against its own examples -----------------------------------------------------------------

export type RubricFailure =
  /** The model answer must earn every idea, show no misconception and not be flagged. */
  | {
      readonly kind: 'model';
      readonly missingIdeas: readonly string[];
      readonly misconceptions: readonly string[];
      readonly flags: readonly ExplanationFlag[];
    }
  /** An example graded otherwise than it says. `index` is its place in `examples`, for file:line:col. */
  | {
      readonly kind: 'example';
      readonly index: number;
      readonly answer: string;
      readonly expected: { readonly ideas: readonly string[]; readonly misconceptions: readonly string[]; readonly credit?: Credit };
      readonly got: {
        readonly ideas: readonly string[];
        readonly misconceptions: readonly string[];
        readonly credit: Credit;
        readonly score: number;
        readonly flags: readonly ExplanationFlag[];
      };
    }
  /** An example names an idea or misconception the rubric does not have. */
  | { readonly kind: 'unknown-id'; readonly index: number; readonly id: string }
  /** The examples lack a kind of answer every rubric must test (see RUBRIC_NEEDS). */
  | { readonly kind: 'coverage'; readonly needs: RubricNeed };

/**
 * What a rubric's examples must include (issue 14, docs/explain-format.md), judged by how they grade:
 * at least MIN_EXAMPLES; one right answer in other words (full credit); one partial; one bare keyword list
 * (flagged keyword-list); one copy of the question (flagged copy); one showing a misconception, when the rubric has any.
 */
export const RUBRIC_NEEDS = ['examples', 'full', 'partial', 'keyword-list', 'copy', 'misconception'] as const;
export type RubricNeed = (typeof RUBRIC_NEEDS)[number];
export const MIN_EXAMPLES = 6;

export function creditOf(score: number): Credit {
  return score >= 1 ? 'full' : score > 0 ? 'partial' : 'none';
}

export function checkRubric(rubric: Rubric, prompt: string, lexicon: Lexicon, language: Language = english): RubricFailure[] {
  const failures: RubricFailure[] = [];
  const model = gradeExplanation(rubric.model, rubric, prompt, lexicon, language);
  const missingIdeas = model.ideas.filter((i) => !i.covered).map((i) => i.id);
  if (missingIdeas.length || model.misconceptions.length || model.flags.length) {
    failures.push({ kind: 'model', missingIdeas, misconceptions: model.misconceptions.map((m) => m.id), flags: model.flags });
  }
  const grades: ExplanationGrade[] = [];
  const ideaIds = new Set(rubric.ideas.map((i) => i.id));
  const misIds = new Set(rubric.misconceptions.map((m) => m.id));
  rubric.examples.forEach((ex, index) => {
    const unknown = [...ex.ideas.filter((id) => !ideaIds.has(id)), ...ex.misconceptions.filter((id) => !misIds.has(id))];
    for (const id of unknown) failures.push({ kind: 'unknown-id', index, id });
    const g = gradeExplanation(ex.answer, rubric, prompt, lexicon, language);
    grades.push(g);
    const gotIdeas = g.ideas.filter((i) => i.covered).map((i) => i.id);
    const gotMis = g.misconceptions.map((m) => m.id);
    const credit = creditOf(g.score);
    const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));
    if (!same(gotIdeas, ex.ideas) || !same(gotMis, ex.misconceptions) || (ex.credit !== undefined && ex.credit !== credit)) {
      failures.push({
        kind: 'example',
        index,
        answer: ex.answer,
        expected: { ideas: ex.ideas, misconceptions: ex.misconceptions, ...(ex.credit === undefined ? {} : { credit: ex.credit }) },
        got: { ideas: gotIdeas, misconceptions: gotMis, credit, score: g.score, flags: g.flags },
      });
    }
  });
  const has: Record<RubricNeed, boolean> = {
    examples: rubric.examples.length >= MIN_EXAMPLES,
    full: grades.some((g) => g.score >= 1),
    partial: grades.some((g) => g.score > 0 && g.score < 1),
    'keyword-list': grades.some((g) => g.flags.includes('keyword-list')),
    copy: grades.some((g) => g.flags.includes('copy')),
    misconception: rubric.misconceptions.length === 0 || grades.some((g) => g.misconceptions.length > 0),
  };
  for (const needs of RUBRIC_NEEDS) if (!has[needs]) failures.push({ kind: 'coverage', needs });
  return failures;
}
