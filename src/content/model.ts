// The typed, validated content model. Everything past the loader trusts these types.
export const CONTENT_FORMAT_VERSION = 1;

export const QUESTION_KINDS = [
  'single', 'multi', 'truefalse', 'recall', 'list', 'cloze', 'order', 'match', 'classify',
] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** A typed answer with the spellings that also count as right. */
export interface AcceptedText { readonly text: string; readonly accept: readonly string[] }

interface QuestionBase {
  readonly id: string;
  readonly topic: string;
  readonly section: string;
  readonly prompt: string;
  readonly explanation: string;
  readonly why: Readonly<Record<string, string>>;
  readonly application: boolean;
  /** Where it was defined, for messages: file:line:col. */
  readonly where: string;
}

export type Question = QuestionBase & (
  | { readonly kind: 'single'; readonly choices: readonly string[]; readonly answer: string }
  | { readonly kind: 'multi'; readonly choices: readonly string[]; readonly answer: readonly string[] }
  | { readonly kind: 'truefalse'; readonly answer: boolean }
  | { readonly kind: 'recall'; readonly answer: AcceptedText }
  | { readonly kind: 'list'; readonly answer: readonly AcceptedText[] }
  | { readonly kind: 'cloze'; readonly answer: readonly AcceptedText[] }
  | { readonly kind: 'order'; readonly answer: readonly string[] }
  | { readonly kind: 'match'; readonly pairs: readonly { readonly left: string; readonly right: string }[] }
  | { readonly kind: 'classify'; readonly categories: readonly string[]; readonly items: readonly { readonly text: string; readonly category: string }[] }
);

export interface Section {
  readonly id: string;
  readonly title: string;
  readonly body: string;
  readonly example: string;
  readonly keyPoints: readonly string[];
  readonly check: Question;
}

export interface Lesson {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly order: number;
  readonly sources: readonly string[];
  readonly sections: readonly Section[];
}

export const CONCEPT_DIMENSIONS = ['definition', 'viewpoint', 'focus', 'goal', 'scope', 'activities', 'measure'] as const;
export type ConceptDimension = (typeof CONCEPT_DIMENSIONS)[number];
export const DIMENSION_LABELS: Record<ConceptDimension, string> = {
  definition: 'Definition', viewpoint: 'Viewpoint', focus: 'Focus', goal: 'Goal', scope: 'Scope',
  activities: 'Typical activities', measure: 'Success measured by',
};

export interface Concept {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly section: SectionRef;
  readonly dimensions: Readonly<Record<ConceptDimension, string>>;
  readonly statements: readonly string[];
}

export interface GlossaryTerm {
  readonly id: string;
  readonly term: string;
  readonly aliases: readonly string[];
  readonly definition: string;
  readonly section: SectionRef;
}

/** One source text of the curriculum, as `nm-tutor sources` shows it. */
export interface SourceText {
  /** As lessons cite it in their `sources:` field, e.g. "002". */
  readonly id: string;
  readonly title: string;
  /** What kind of text it is (an essay, a reprinted article, a blog post quoting a textbook). */
  readonly kind: string;
  readonly covers: string;
  readonly where: string;
}

export interface SectionRef { readonly lesson: string; readonly section: string }

export interface Content {
  readonly lessons: readonly Lesson[];
  /** All quiz questions, in bank order. */
  readonly questions: readonly Question[];
  readonly concepts: readonly Concept[];
  readonly glossary: readonly GlossaryTerm[];
  /** The source texts (lessons/sources.yaml), with a note about all of them; empty when a pack has none. */
  readonly sources: { readonly about: string; readonly list: readonly SourceText[] };
  readonly warnings: readonly string[];
}

export function sectionLink(ref: SectionRef): string {
  return `${ref.lesson}#${ref.section}`;
}
