// Schema for each content file kind: positioned YAML tree -> typed objects, or problems with file:line:col.
import { editDistance } from '../engine/normalize.js';
import { readLexicon, type Lexicon } from '../grading/lexicon.js';
import type { KindSpec, QuestionBase } from '../kinds/kind.js';
import { isQuestionKind, KINDS } from '../kinds/registry.js';
import {
  CONCEPT_DIMENSIONS,
  CONTENT_FORMAT_VERSION,
  QUESTION_KINDS,
  type Concept,
  type ConceptDimension,
  type GlossaryTerm,
  type Lesson,
  type Question,
  type Section,
  type SectionRef,
} from './model.js';
import type { PNode } from './parse-yaml.js';
import { checkFormatVersion, ID_PATTERN, MapReader, Problems } from './yaml-readers.js';
import { readSourcesFile, type SourcesFile } from './decode-sources.js';

export type FileKind = 'lesson' | 'quiz' | 'concepts' | 'glossary' | 'synonyms' | 'sources';

export type ContentFile =
  | { kind: 'lesson'; lesson: Lesson }
  | { kind: 'quiz'; lesson: string; questions: Question[]; lessonWhere: string }
  | { kind: 'concepts'; concepts: Concept[] }
  | { kind: 'glossary'; terms: GlossaryTerm[] }
  | { kind: 'synonyms'; lexicon: Lexicon }
  | SourcesFile;

/** Reads the common header and dispatches on `kind`. Returns null when the file is unusable. */
export function readContentFile(root: PNode, problems: Problems, expected: readonly FileKind[]): ContentFile | null {
  // The lexicon has its own reader (with the grading engine's own format checks).
  if (expected.includes('synonyms') && isKind(root, 'synonyms')) {
    const lexicon = readLexicon(root, problems);
    return lexicon ? { kind: 'synonyms', lexicon } : null;
  }
  const top = MapReader.of(root, problems, 'the file');
  if (!top) return null;
  if (!checkFormatVersion(top, root, problems, CONTENT_FORMAT_VERSION)) return null;
  const kind = top.string('kind') as FileKind;
  if (kind && !expected.includes(kind)) {
    problems.at(top.raw('kind')!.pos, `"kind" must be ${expected.map((k) => `"${k}"`).join(' or ')} in this folder, not "${kind}"`);
    return null;
  }
  let result: ContentFile | null = null;
  if (kind === 'lesson') result = { kind, lesson: readLesson(top, problems) };
  else if (kind === 'quiz') {
    // A quiz bank names its lesson under the key `topic` (the file format authors write).
    const lesson = top.id('topic');
    const lessonWhere = problems.where(top.raw('topic') ?? root);
    const questions = top
      .list('questions', { min: 1 })
      .map((n) => readQuestion(n, problems, lesson, null))
      .filter(isPresent);
    result = { kind, lesson, questions, lessonWhere };
  } else if (kind === 'concepts') {
    result = {
      kind,
      concepts: top
        .list('concepts', { min: 1 })
        .map((n) => readConcept(n, problems))
        .filter(isPresent),
    };
  } else if (kind === 'glossary') {
    result = {
      kind,
      terms: top
        .list('terms', { min: 1 })
        .map((n) => readTerm(n, problems))
        .filter(isPresent),
    };
  } else if (kind === 'sources') result = readSourcesFile(top, problems);
  top.finish();
  return result;
}

function readLesson(top: MapReader, problems: Problems): Lesson {
  const id = top.id('id');
  const lesson: Lesson = {
    id,
    title: top.string('title'),
    summary: top.string('summary'),
    order: top.number('order', 999),
    sources: top.stringList('sources', { optional: true }),
    sections: top
      .list('sections', { min: 1 })
      .map((n) => readSection(n, problems, id))
      .filter(isPresent),
  };
  return lesson;
}

function readSection(node: PNode, problems: Problems, lessonId: string): Section | null {
  const r = MapReader.of(node, problems, 'a section');
  if (!r) return null;
  const id = r.id('id');
  const checkNode = r.raw('check');
  let check: Question | null = null;
  if (checkNode === undefined) problems.at(node.pos, `section "${id}" is missing "check" (a check-yourself question)`);
  else check = readQuestion(checkNode, problems, lessonId, `${lessonId}.${id}.check`, id);
  const section = {
    id,
    title: r.string('title'),
    body: r.string('body'),
    example: r.string('example'),
    keyPoints: r.stringList('keyPoints', { min: 1 }),
    check: check as Question,
  };
  r.finish();
  return check ? section : null;
}

/** Reads a quiz question, or a lesson's check question when fixedId is given. The kind's own fields are read by its module. */
function readQuestion(node: PNode, problems: Problems, lesson: string, fixedId: string | null, fixedSection?: string): Question | null {
  const r = MapReader.of(node, problems, fixedId ? 'the check question' : 'a question');
  if (!r) return null;
  const id = fixedId ?? r.id('id');
  const section = fixedSection ?? r.id('section');
  const kindNode = r.raw('kind');
  const kind = r.string('kind');
  if (!kind) return null;
  if (!isQuestionKind(kind)) {
    const close = closestWord(kind, QUESTION_KINDS);
    problems.at(
      kindNode!.pos,
      `question kind "${kind}" is not one of ${QUESTION_KINDS.join(', ')}${close ? `; did you mean "${close}"?` : ''}`,
    );
    return null;
  }
  const base = {
    id,
    lesson,
    section,
    prompt: r.string('prompt'),
    explanation: r.string('explanation'),
    application: r.boolean('application', { optional: true }),
    where: problems.where(node),
    why: readWhy(r, problems),
  };
  const spec = KINDS[kind] as KindSpec<Omit<Question, keyof QuestionBase>, unknown>;
  const fields = spec.read({ r, problems, node, answerPos: r.raw('answer')?.pos ?? node.pos, prompt: base.prompt });
  const q = fields ? ({ ...base, ...fields } as Question) : null;
  if (q) {
    const targets = spec.whyTargets(fields!);
    const whyPos = r.raw('why')?.pos;
    if (targets === null && Object.keys(q.why).length > 0) {
      problems.at(whyPos, `"why" is only for questions with choices, not for ${kind} questions`);
    }
    for (const key of Object.keys(q.why))
      if (targets && !targets.includes(key)) problems.at(whyPos, `"why" names "${key}", which is not a choice`);
  }
  r.finish();
  return q;
}

/**
 * The candidate within two edits of a misspelt word, for "did you mean". The kinds are more than three edits
 * apart, so no word is within one edit of one kind and two of another: the first within two is the closest.
 */
function closestWord(word: string, candidates: readonly string[]): string | undefined {
  return candidates.find((c) => editDistance(word.toLowerCase(), c) <= 2);
}

function readWhy(r: MapReader, problems: Problems): Record<string, string> {
  const n = r.raw('why');
  const out: Record<string, string> = Object.create(null);
  if (n === undefined) return out;
  const m = MapReader.of(n, problems, '"why"');
  if (!m) return out;
  for (const key of Object.keys(m.map)) out[key] = m.string(key);
  return out;
}

function readRef(r: MapReader, problems: Problems): SectionRef {
  const text = r.string('section');
  const parts = text.split('#');
  // "a#b#c" is not a link to a#b: the rest would be dropped without a word.
  if (text && (parts.length !== 2 || !parts.every((p) => ID_PATTERN.test(p)))) {
    problems.at(r.raw('section')!.pos, `"section" must look like lesson-id#section-id, not "${text}"`);
  }
  return { lesson: parts[0]!, section: parts[1] ?? '' };
}

function readConcept(node: PNode, problems: Problems): Concept | null {
  const r = MapReader.of(node, problems, 'a concept');
  if (!r) return null;
  const id = r.id('id');
  const name = r.string('name');
  const aliases = r.stringList('aliases', { optional: true });
  const section = readRef(r, problems);
  const dims = MapReader.of(r.raw('dimensions'), problems, `the dimensions of "${id}"`, node.pos);
  const dimensions = {} as Record<ConceptDimension, string>;
  for (const d of CONCEPT_DIMENSIONS) dimensions[d] = dims ? dims.string(d) : '';
  dims?.finish();
  const statements = r.stringList('statements', { min: 3 });
  r.finish();
  return { id, name, aliases, section, dimensions, statements };
}

function readTerm(node: PNode, problems: Problems): GlossaryTerm | null {
  const r = MapReader.of(node, problems, 'a glossary term');
  if (!r) return null;
  const term = {
    id: r.id('id'),
    term: r.string('term'),
    aliases: r.stringList('aliases', { optional: true }),
    definition: r.string('definition'),
    section: readRef(r, problems),
  };
  r.finish();
  return term;
}

function isPresent<T>(x: T | null): x is T {
  return x !== null;
}

function isKind(root: PNode, kind: string): boolean {
  // Only a mapping can have a "kind" entry: on a list, a text or a number the lookup finds nothing.
  return (root.value as { readonly kind?: PNode } | null)?.kind?.value === kind;
}
