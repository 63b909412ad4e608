// Cross-file checks (ids, links) and assembly into one frozen Content. Pure: no file access.
import { count } from '../words.js';
import type { Concept, Content, GlossaryTerm, Lesson, Question, SectionRef, SourceText } from './model.js';
import type { ContentFile } from './decode-content.js';
import { EMPTY_LEXICON, type Lexicon } from '../grading/lexicon.js';
import { sourceProblems } from './decode-sources.js';

export interface ReadFile {
  readonly file: string;
  readonly content: ContentFile;
}

export function assembleContent(files: readonly ReadFile[]): { content: Content; problems: string[] } {
  const problems: string[] = [];
  const warnings: string[] = [];
  const lessons: Lesson[] = [];
  const questions: Question[] = [];
  const quizzes: { file: string; lesson: string; lessonWhere: string }[] = [];
  const concepts: Concept[] = [];
  const glossary: GlossaryTerm[] = [];
  let lexicon: Lexicon | undefined;
  const sources: SourceText[] = [];
  let sourcesAbout = '';
  const lessonFile = new Map<string, string>();
  for (const { file, content } of files) {
    if (content.kind === 'lesson') {
      const { lesson } = content;
      const seen = lessonFile.get(lesson.id);
      if (seen) problems.push(`${file}: lesson id "${lesson.id}" is already used by ${seen}`);
      else {
        lessonFile.set(lesson.id, file);
        lessons.push(lesson);
      }
      const ids = new Set<string>();
      for (const s of lesson.sections) {
        if (ids.has(s.id)) problems.push(`${s.check.where}: section id "${s.id}" appears twice in lesson "${lesson.id}"`);
        ids.add(s.id);
      }
    } else if (content.kind === 'quiz') {
      questions.push(...content.questions);
      quizzes.push({ file, lesson: content.lesson, lessonWhere: content.lessonWhere });
    } else if (content.kind === 'concepts') concepts.push(...content.concepts);
    else if (content.kind === 'synonyms') {
      if (lexicon) problems.push(`${file}: a second synonyms file; a pack has one`);
      lexicon = content.lexicon;
    } else if (content.kind === 'glossary') glossary.push(...content.terms);
    else {
      sources.push(...content.sources);
      sourcesAbout = content.about;
    }
  }
  lessons.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  const byId = new Map(lessons.map((l) => [l.id, l]));
  // A set of "lesson#section" keys: checking each question against a lesson's sections one by one was
  // quadratic (a 3.2 MB pack took 70 s to validate).
  const sectionKeys = new Set(lessons.flatMap((l) => l.sections.map((s) => `${l.id}#${s.id}`)));
  const hasSection = (ref: SectionRef) => sectionKeys.has(`${ref.lesson}#${ref.section}`);

  for (const { file, lesson, lessonWhere } of quizzes) {
    // The YAML key is still `topic` (the file format authors write); its value is a lesson id.
    if (lesson && !byId.has(lesson)) problems.push(`${lessonWhere}: quiz topic "${lesson}" is not a lesson id (${file})`);
  }
  const questionIds = new Map<string, string>();
  const prompts = new Map<string, string>();
  for (const q of questions) {
    const seen = questionIds.get(q.id);
    if (seen) problems.push(`${q.where}: question id "${q.id}" is already used at ${seen}`);
    else questionIds.set(q.id, q.where);
    if (byId.has(q.lesson) && !hasSection({ lesson: q.lesson, section: q.section })) {
      problems.push(`${q.where}: section "${q.section}" is not a section of lesson "${q.lesson}"`);
    }
    const key = q.prompt.toLowerCase().replace(/\s+/g, ' ');
    const samePrompt = prompts.get(key);
    if (samePrompt) warnings.push(`${q.where}: warning: same prompt as ${samePrompt}`);
    else prompts.set(key, q.where);
  }
  const checkNames = (items: readonly { id: string; aliases: readonly string[]; section: SectionRef }[], what: string) => {
    const names = new Map<string, string>();
    for (const item of items) {
      for (const name of [item.id, ...item.aliases]) {
        const key = name.toLowerCase();
        const owner = names.get(key);
        if (owner && owner !== item.id) problems.push(`${what} "${item.id}": name "${name}" is already used by "${owner}"`);
        names.set(key, item.id);
      }
      if (item.section.lesson && !hasSection(item.section)) {
        problems.push(`${what} "${item.id}": section link "${item.section.lesson}#${item.section.section}" does not resolve`);
      }
    }
  };
  checkNames(concepts, 'concept');
  checkNames(glossary, 'glossary term');

  problems.push(...sourceProblems(sources, lessons));
  const content: Content = deepFreeze({
    lessons,
    questions,
    concepts,
    glossary,
    lexicon: lexicon ?? EMPTY_LEXICON,
    sources: { about: sourcesAbout, list: sources },
    warnings,
  });
  return { content, problems };
}

/** Author-facing coverage rule: every section tested by at least three questions of at least two kinds. */
export function coverageProblems(content: Content): string[] {
  const out: string[] = [];
  const bySection = questionsBySection(content);
  for (const lesson of content.lessons) {
    for (const section of lesson.sections) {
      const qs = bySection.get(`${lesson.id}#${section.id}`) ?? [];
      const kinds = new Set(qs.map((q) => q.kind));
      if (qs.length < 3) out.push(`${lesson.id}#${section.id}: has ${count(qs.length, 'question')}; every section needs at least 3`);
      else if (kinds.size < 2) out.push(`${lesson.id}#${section.id}: all questions are "${[...kinds][0]}"; use at least 2 kinds`);
    }
  }
  return out;
}

/** Questions grouped by "lesson#section", in one pass. */
export function questionsBySection(content: Content): Map<string, Content['questions'][number][]> {
  const map = new Map<string, Content['questions'][number][]>();
  for (const q of content.questions) {
    const key = `${q.lesson}#${q.section}`;
    const list = map.get(key);
    if (list) list.push(q);
    else map.set(key, [q]);
  }
  return map;
}

/** Freezes every object reachable from value, including those already frozen on top only (EMPTY_LEXICON's lists). */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}
