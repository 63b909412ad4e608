// What every question kind provides. One module per kind (src/kinds/<kind>.ts) implements this interface;
// the registry (registry.ts) is typed so that the compiler refuses a kind that lacks a part.
import type { PNode } from '../content/parse-yaml.js';
import type { MapReader, Problems } from '../content/yaml-readers.js';
import type { Random } from '../engine/random.js';
import type * as Grading from '../grading/index.js';
import type { Prompter } from '../ui/prompter.js';

/** The fields every question has, whatever its kind. */
export interface QuestionBase {
  readonly id: string;
  readonly lesson: string;
  readonly section: string;
  readonly prompt: string;
  readonly explanation: string;
  /** Choice kinds: why a tempting wrong choice is wrong, keyed by the choice. */
  readonly why: Readonly<Record<string, string>>;
  readonly application: boolean;
  /** Where it was defined, for messages: file:line:col. */
  readonly where: string;
}

/** What a grade says beyond its score, as data: the UI turns it into words (src/ui/words.ts). */
export type GradeNote =
  | { readonly kind: 'missed'; readonly items: readonly string[] }
  | { readonly kind: 'not-right'; readonly items: readonly string[] }
  | { readonly kind: 'typo'; readonly given: string; readonly matched: string }
  | { readonly kind: 'missing'; readonly items: readonly string[] }
  | { readonly kind: 'gap-typo'; readonly gap: number; readonly matched: string }
  | { readonly kind: 'gap-wrong'; readonly gap: number; readonly answer: string }
  | { readonly kind: 'placed'; readonly right: number; readonly total: number }
  | { readonly kind: 'pair'; readonly left: string; readonly right: string }
  | { readonly kind: 'belongs'; readonly item: string; readonly category: string }
  | { readonly kind: 'why'; readonly choice: string; readonly note: string }
  /** The learner said they did not know (or asked to see the answer): no guess was graded. */
  | { readonly kind: 'shown' }
  /** List items that are not right answers, as the learner typed them. */
  | { readonly kind: 'extra'; readonly items: readonly string[] }
  /** A sibling concept next to the right answer ("O2O or B2C"): the answer does not stand. */
  | { readonly kind: 'contradiction'; readonly given: string; readonly sibling: string; readonly gap?: number }
  /** An idea of an explanation, covered or missing, with the learner's words that earned it. */
  | {
      readonly kind: 'idea';
      readonly label: string;
      readonly covered: boolean;
      readonly words: readonly string[];
      readonly selfScored?: boolean;
    }
  /** A known wrong idea found in an explanation, and its correction. */
  | { readonly kind: 'misconception'; readonly label: string; readonly correction: string }
  /** Why an explanation was capped: a bare list of terms, or mostly the question's own words. */
  | { readonly kind: 'flag'; readonly flag: 'keyword-list' | 'copy' | 'empty' }
  /** The model answer of an explanation. */
  | { readonly kind: 'model'; readonly text: string };

export interface Grade {
  /** 0..1; partial credit where a kind has parts. */
  readonly score: number;
  readonly correct: boolean;
  readonly notes: readonly GradeNote[];
}

export function gradeOf(score: number, notes: readonly GradeNote[] = []): Grade {
  const rounded = Math.round(score * 1000) / 1000;
  return { score: rounded, correct: rounded >= 1, notes };
}

/** A hint shown while answering, as data. */
export type Hint =
  | { readonly kind: 'first-letters'; readonly shown: string; readonly length?: number }
  | { readonly kind: 'initials'; readonly initials: readonly string[] }
  | { readonly kind: 'idea-count'; readonly count: number }
  | { readonly kind: 'idea-labels'; readonly labels: readonly string[] };

export interface AskTools {
  readonly prompter: Prompter;
  readonly random: Random;
  readonly hint: (hint: Hint) => void;
}

/**
 * What grading needs beyond the question: the course lexicon (synonyms, sibling concepts) and the grading engine,
 * which the commands that grade load on demand, so verbs that never grade never load it.
 */
export interface GradeTools {
  readonly lexicon: Grading.Lexicon;
  readonly grading: typeof Grading;
}

export interface Asked<R> {
  readonly response: R;
  readonly hintsUsed: number;
  readonly revealed: boolean;
}

/** A JSON Schema fragment: the fields this kind adds to a question. */
export interface SchemaPart {
  readonly required: readonly string[];
  readonly properties: Readonly<Record<string, unknown>>;
}

export interface ReadTools {
  readonly r: MapReader;
  readonly problems: Problems;
  readonly node: PNode;
  /** Position of the `answer` key (or the question) for messages. */
  readonly answerPos: PNode['pos'];
  readonly prompt: string;
}

/**
 * Everything about one kind of question. Q is the kind's own fields, R the learner's response.
 * `fields` and `read` define the content format; the rest is how it is asked, graded and shown.
 */
export interface KindSpec<Q, R> {
  /** One line for authors, shown in `validate` errors and the schema. */
  readonly summary: string;
  readonly schema: SchemaPart;
  /** Reads this kind's fields (recording problems); null when they are unusable. */
  read(tools: ReadTools): Q | null;
  /** The choices a `why` note may name, or null when the kind takes no `why` notes. */
  whyTargets(q: Q): readonly string[] | null;
  ask(q: QuestionBase & Q, tools: AskTools): Promise<Asked<R>>;
  grade(q: QuestionBase & Q, response: R, tools: GradeTools): Grade;
  /** The prompt as the learner sees it (a cloze numbers its gaps). */
  stem(q: QuestionBase & Q): string;
  /** The right answer on one line, for feedback and the back of a flashcard. */
  describe(q: QuestionBase & Q): string;
  /** The front of a flashcard: the prompt plus what the learner chooses from. */
  cardFront(q: QuestionBase & Q): string;
  /** Typed kinds: the response a typed line (or one line per gap) makes, for `nm-tutor grade`. */
  fromTyped?(q: QuestionBase & Q, lines: readonly string[]): R;
  /** Checks beyond the shape that need the grader (an explanation's examples); problems at file:line:col. */
  selfCheck?(q: QuestionBase & Q, tools: GradeTools): string[];
  /** After the feedback, a chance to correct the grader (an explanation's missed ideas); a new grade or null. */
  reconsider?(q: QuestionBase & Q, grade: Grade, prompter: Prompter): Promise<Grade | null>;
}
