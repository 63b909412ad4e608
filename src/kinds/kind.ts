// What every question kind provides. One module per kind (src/kinds/<kind>.ts) implements this interface;
// the registry (registry.ts) is typed so that the compiler refuses a kind that lacks a part.
import type { PNode } from '../content/parse-yaml.js';
import type { MapReader, Problems } from '../content/read-node.js';
import type { Random } from '../engine/random.js';
import type { Prompter } from '../ui/prompter.js';

/** The fields every question has, whatever its kind. */
export interface QuestionBase {
  readonly id: string;
  readonly topic: string;
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
  | { readonly kind: 'shown' };

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
  | { readonly kind: 'initials'; readonly initials: readonly string[] };

export interface AskTools {
  readonly prompter: Prompter;
  readonly random: Random;
  readonly hint: (hint: Hint) => void;
}

export interface Asked<R> { readonly response: R; readonly hintsUsed: number; readonly revealed: boolean }

/** A JSON Schema fragment: the fields this kind adds to a question. */
export interface SchemaPart { readonly required: readonly string[]; readonly properties: Readonly<Record<string, unknown>> }

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
  grade(q: QuestionBase & Q, response: R): Grade;
  /** The prompt as the learner sees it (a cloze numbers its gaps). */
  stem(q: QuestionBase & Q): string;
  /** The right answer on one line, for feedback and the back of a flashcard. */
  describe(q: QuestionBase & Q): string;
  /** The front of a flashcard: the prompt plus what the learner chooses from. */
  cardFront(q: QuestionBase & Q): string;
}
