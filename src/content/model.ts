// The typed, validated content model. Everything past the loader trusts these types.
export const CONTENT_FORMAT_VERSION = 1;

// Questions are defined kind by kind in src/kinds/; the registry derives the kind list and the Question type.
export { QUESTION_KINDS, type Question, type QuestionKind } from '../kinds/registry.js';
export type { AcceptedText } from '../kinds/typed-answer.js';
import type { Lexicon } from '../grading/lexicon.js';
import type { Question } from '../kinds/registry.js';

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

export interface SectionRef {
  readonly lesson: string;
  readonly section: string;
}

export interface Content {
  readonly lessons: readonly Lesson[];
  /** All quiz questions, in bank order. */
  readonly questions: readonly Question[];
  readonly concepts: readonly Concept[];
  readonly glossary: readonly GlossaryTerm[];
  /** The course's synonyms and sibling concepts (lessons/synonyms.yaml), for grading typed answers. */
  readonly lexicon: Lexicon;
  /** The source texts (lessons/sources.yaml), with a note about all of them; empty when a pack has none. */
  readonly sources: { readonly about: string; readonly list: readonly SourceText[] };
  readonly warnings: readonly string[];
}

const studyItemsCache = new WeakMap<Content, readonly Question[]>();
/**
 * Everything a learner answers: the quiz questions and every section's check question. Reviews, mastery and
 * "answered" count both, so an answer given while reading counts like one given in a quiz.
 */
export function studyItems(content: Content): readonly Question[] {
  let items = studyItemsCache.get(content);
  if (!items) {
    items = [...content.questions, ...content.lessons.flatMap((l) => l.sections.map((s) => s.check))];
    studyItemsCache.set(content, items);
  }
  return items;
}
