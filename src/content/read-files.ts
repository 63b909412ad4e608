// Schema for each content file kind: positioned YAML tree -> typed objects, or problems with file:line:col.
import {
  CONCEPT_DIMENSIONS, CONTENT_FORMAT_VERSION, QUESTION_KINDS,
  type AcceptedText, type Concept, type ConceptDimension, type GlossaryTerm, type Lesson, type Question,
  type QuestionKind, type Section, type SectionRef,
} from './model.js';
import type { PNode } from './parse-yaml.js';
import { ID_PATTERN, MapReader, Problems, textOf } from './read-node.js';
import { readSourcesFile, type SourcesFile } from './read-sources.js';

export type FileKind = 'lesson' | 'quiz' | 'concepts' | 'glossary' | 'sources';

export type ContentFile =
  | { kind: 'lesson'; lesson: Lesson }
  | { kind: 'quiz'; topic: string; questions: Question[]; topicWhere: string }
  | { kind: 'concepts'; concepts: Concept[] }
  | { kind: 'glossary'; terms: GlossaryTerm[] }
  | SourcesFile;

/** Reads the common header and dispatches on `kind`. Returns null when the file is unusable. */
export function readContentFile(root: PNode, problems: Problems, expected: readonly FileKind[]): ContentFile | null {
  const top = MapReader.of(root, problems, 'the file');
  if (!top) return null;
  const versionNode = top.raw('formatVersion');
  if (versionNode === undefined) {
    problems.at(root.pos, `missing "formatVersion: ${CONTENT_FORMAT_VERSION}"`);
  } else if (typeof versionNode.value !== 'number' || !Number.isInteger(versionNode.value) || versionNode.value < 1) {
    problems.at(versionNode.pos, '"formatVersion" must be a whole number');
  } else if (versionNode.value > CONTENT_FORMAT_VERSION) {
    problems.at(versionNode.pos, `formatVersion ${versionNode.value} is newer than this nm-tutor understands (${CONTENT_FORMAT_VERSION}); upgrade nm-tutor`);
    return null;
  }
  const kind = top.string('kind') as FileKind;
  if (kind && !expected.includes(kind)) {
    problems.at(top.raw('kind')?.pos, `"kind" must be ${expected.map((k) => `"${k}"`).join(' or ')} in this folder, not "${kind}"`);
    return null;
  }
  let result: ContentFile | null = null;
  if (kind === 'lesson') result = { kind, lesson: readLesson(top, problems) };
  else if (kind === 'quiz') {
    const topic = top.id('topic');
    const topicWhere = problems.where(top.raw('topic') ?? root);
    const questions = top.list('questions', { min: 1 }).map((n) => readQuestion(n, problems, topic, null)).filter(isPresent);
    result = { kind, topic, questions, topicWhere };
  } else if (kind === 'concepts') {
    result = { kind, concepts: top.list('concepts', { min: 1 }).map((n) => readConcept(n, problems)).filter(isPresent) };
  } else if (kind === 'glossary') {
    result = { kind, terms: top.list('terms', { min: 1 }).map((n) => readTerm(n, problems)).filter(isPresent) };
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
    sections: top.list('sections', { min: 1 }).map((n) => readSection(n, problems, id)).filter(isPresent),
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

function readAccepted(node: PNode, problems: Problems, accept: Record<string, string[]>): AcceptedText | null {
  const text = textOf(node, problems, 'each answer');
  return text ? { text, accept: accept[text] ?? [] } : null;
}

/** Reads a quiz question, or a lesson's check question when fixedId is given. */
function readQuestion(node: PNode, problems: Problems, topic: string, fixedId: string | null, fixedSection?: string): Question | null {
  const r = MapReader.of(node, problems, fixedId ? 'the check question' : 'a question');
  if (!r) return null;
  const id = fixedId ?? r.id('id');
  const section = fixedSection ?? r.id('section');
  const kindNode = r.raw('kind');
  const kind = r.string('kind') as QuestionKind;
  if (kind && !QUESTION_KINDS.includes(kind)) {
    problems.at(kindNode?.pos, `question kind "${kind}" is not one of ${QUESTION_KINDS.join(', ')}`);
    r.finish();
    return null;
  }
  const base = {
    id, topic, section,
    prompt: r.string('prompt'),
    explanation: r.string('explanation'),
    application: r.boolean('application', { optional: true }),
    where: problems.where(node),
    why: readWhy(r, problems),
  };
  const answerNode = r.raw('answer');
  const answerPos = answerNode?.pos ?? node.pos;
  let q: Question | null = null;
  const acceptMap = (): Record<string, string[]> => {
    const n = r.raw('accept');
    const out: Record<string, string[]> = Object.create(null);
    if (n === undefined) return out;
    const m = MapReader.of(n, problems, '"accept"');
    if (!m) return out;
    for (const key of Object.keys(m.map)) out[key] = m.stringList(key);
    return out;
  };
  switch (kind) {
    case 'single': {
      const choices = r.stringList('choices', { min: 2 });
      const answer = r.string('answer');
      if (answer && !choices.includes(answer)) problems.at(answerPos, `answer "${answer}" is not among the choices`);
      q = { ...base, kind, choices, answer };
      break;
    }
    case 'multi': {
      const choices = r.stringList('choices', { min: 2 });
      const answer = r.stringList('answer', { min: 1 });
      for (const a of answer) if (!choices.includes(a)) problems.at(answerPos, `answer "${a}" is not among the choices`);
      q = { ...base, kind, choices, answer };
      break;
    }
    case 'truefalse':
      q = { ...base, kind, answer: r.boolean('answer') };
      break;
    case 'recall': {
      const text = r.string('answer');
      const accept = r.has('accept') ? r.stringList('accept') : [];
      q = { ...base, kind, answer: { text, accept } };
      break;
    }
    case 'list':
    case 'cloze': {
      const items = r.list('answer', { min: 1 });
      const accept = acceptMap();
      const answer = items.map((n) => readAccepted(n, problems, accept)).filter(isPresent);
      for (const key of Object.keys(accept)) {
        if (!answer.some((a) => a.text === key)) problems.at(answerPos, `"accept" names "${key}", which is not one of the answers`);
      }
      if (kind === 'cloze') {
        const gaps = base.prompt.split('___').length - 1;
        if (gaps !== answer.length) problems.at(node.pos, `cloze prompt has ${gaps} gap(s) (___) but ${answer.length} answer(s)`);
      }
      q = { ...base, kind, answer };
      break;
    }
    case 'order': {
      const answer = r.stringList('answer', { min: 2 });
      if (new Set(answer).size !== answer.length) problems.at(answerPos, 'order items must be distinct');
      q = { ...base, kind, answer };
      break;
    }
    case 'match': {
      const pairs = r.list('pairs', { min: 2 }).map((n) => {
        const p = MapReader.of(n, problems, 'a pair');
        if (!p) return null;
        const pair = { left: p.string('left'), right: p.string('right') };
        p.finish();
        return pair;
      }).filter(isPresent);
      if (new Set(pairs.map((p) => p.left)).size !== pairs.length) problems.at(node.pos, 'match pairs need distinct "left" values');
      if (new Set(pairs.map((p) => p.right)).size !== pairs.length) problems.at(node.pos, 'match pairs need distinct "right" values');
      q = { ...base, kind, pairs };
      break;
    }
    case 'classify': {
      const categories = r.stringList('categories', { min: 2 });
      const items = r.list('items', { min: 2 }).map((n) => {
        const p = MapReader.of(n, problems, 'a classify item');
        if (!p) return null;
        const item = { text: p.string('text'), category: p.string('category') };
        if (item.category && !categories.includes(item.category)) problems.at(n.pos, `category "${item.category}" is not one of the categories`);
        p.finish();
        return item;
      }).filter(isPresent);
      q = { ...base, kind, categories, items };
      break;
    }
  }
  if (q && Object.keys(q.why).length > 0 && q.kind !== 'single' && q.kind !== 'multi') {
    problems.at(r.raw('why')?.pos, '"why" is only for single and multi questions');
  }
  if (q && (q.kind === 'single' || q.kind === 'multi')) {
    for (const key of Object.keys(q.why)) if (!q.choices.includes(key)) problems.at(r.raw('why')?.pos, `"why" names "${key}", which is not a choice`);
  }
  r.finish();
  return q;
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
  const [lesson = '', section = ''] = text.split('#');
  if (text && (!ID_PATTERN.test(lesson) || !ID_PATTERN.test(section))) {
    problems.at(r.raw('section')?.pos, `"section" must look like lesson-id#section-id, not "${text}"`);
  }
  return { lesson, section };
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
  const term = { id: r.id('id'), term: r.string('term'), aliases: r.stringList('aliases', { optional: true }), definition: r.string('definition'), section: readRef(r, problems) };
  r.finish();
  return term;
}

function isPresent<T>(x: T | null): x is T {
  return x !== null;
}
