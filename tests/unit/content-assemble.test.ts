// Assembling decoded files into one Content (src/content/assemble.ts): the checks across files (ids used twice,
// links that do not resolve, a quiz on a lesson that does not exist) and the coverage rule authors meet.
import { describe, expect, test } from '@jest/globals';
import { assembleContent, coverageProblems, questionsBySection, type ReadFile } from '../../src/content/assemble.js';
import type { Concept, GlossaryTerm, Lesson, Question, Section } from '../../src/content/model.js';
import { EMPTY_LEXICON } from '../../src/grading/lexicon.js';

function question(id: string, lesson: string, section: string, more: Partial<Question> = {}): Question {
  return {
    id,
    lesson,
    section,
    prompt: `Prompt of ${id}?`,
    explanation: 'E',
    application: false,
    where: `quizzes/${lesson}.yaml:${id.length}:5`,
    why: {},
    kind: 'truefalse',
    answer: true,
    ...more,
  } as Question;
}

function section(lesson: string, id: string, line = 9): Section {
  return {
    id,
    title: id.toUpperCase(),
    body: 'B',
    example: 'Ex',
    keyPoints: ['k'],
    check: question(`${lesson}.${id}.check`, lesson, id, { where: `lessons/${lesson}.yaml:${line}:7` }),
  };
}

function lessonFile(id: string, sectionIds: string[], order = 1, sources: string[] = [], file = `lessons/${id}.yaml`): ReadFile {
  const lesson: Lesson = { id, title: id, summary: 'S', order, sources, sections: sectionIds.map((s, i) => section(id, s, 9 + i * 10)) };
  return { file, content: { kind: 'lesson', lesson } };
}

function quizFile(lesson: string, questions: Question[], file = `quizzes/${lesson}.yaml`): ReadFile {
  return { file, content: { kind: 'quiz', lesson, questions, lessonWhere: `${file}:3:8` } };
}

const concept = (id: string, aliases: string[], lesson: string, sec: string): Concept => ({
  id,
  name: id,
  aliases,
  section: { lesson, section: sec },
  dimensions: { definition: 'D', viewpoint: 'V', focus: 'F', goal: 'G', scope: 'S', activities: 'A', measure: 'M' },
  statements: ['a', 'b', 'c'],
});
const term = (id: string, aliases: string[], lesson: string, sec: string): GlossaryTerm => ({
  id,
  term: id.toUpperCase(),
  aliases,
  definition: 'D',
  section: { lesson, section: sec },
});

describe('a consistent pack assembles into one Content', () => {
  test('every part lands in its place, lessons in order', () => {
    const q1 = question('b-1', 'basics', 'intro');
    const q2 = question('a-1', 'advanced', 'deep');
    const c = concept('b2c', ['B2C'], 'basics', 'intro');
    const t = term('seo', [], 'advanced', 'deep');
    const lexicon = { synonyms: [['internet', 'online']], siblings: [] };
    const files: ReadFile[] = [
      lessonFile('advanced', ['deep'], 2, ['001']),
      lessonFile('basics', ['intro', 'more'], 1),
      quizFile('basics', [q1]),
      quizFile('advanced', [q2]),
      { file: 'lessons/concepts.yaml', content: { kind: 'concepts', concepts: [c] } },
      { file: 'lessons/glossary.yaml', content: { kind: 'glossary', terms: [t] } },
      { file: 'lessons/synonyms.yaml', content: { kind: 'synonyms', lexicon } },
      {
        file: 'lessons/sources.yaml',
        content: {
          kind: 'sources',
          about: 'The texts.',
          sources: [{ id: '001', title: 'T', kind: 'essay', covers: 'c', where: 'lessons/sources.yaml:5:5' }],
        },
      },
    ];
    const { content, problems } = assembleContent(files);
    expect(problems).toEqual([]);
    expect(content.lessons.map((l) => l.id)).toEqual(['basics', 'advanced']);
    expect(content.lessons[1]).toBe((files[0]!.content as { lesson: Lesson }).lesson);
    expect(content.questions).toEqual([q1, q2]);
    expect(content.concepts).toEqual([c]);
    expect(content.glossary).toEqual([t]);
    expect(content.lexicon).toEqual(lexicon);
    expect(content.sources).toEqual({
      about: 'The texts.',
      list: [{ id: '001', title: 'T', kind: 'essay', covers: 'c', where: 'lessons/sources.yaml:5:5' }],
    });
    expect(content.warnings).toEqual([]);
  });

  test('lessons of the same order are sorted by id', () => {
    const { content } = assembleContent([
      lessonFile('c', ['s'], 1),
      lessonFile('b', ['s'], 2),
      lessonFile('a', ['s'], 2),
      lessonFile('d', ['s'], 0),
    ]);
    expect(content.lessons.map((l) => l.id)).toEqual(['d', 'c', 'a', 'b']);
  });

  test('a pack without synonyms or sources has an empty lexicon and no sources', () => {
    const { content, problems } = assembleContent([lessonFile('basics', ['intro'])]);
    expect(problems).toEqual([]);
    expect(content.lexicon).toBe(EMPTY_LEXICON);
    expect(Object.isFrozen(content.lexicon.synonyms)).toBe(true);
    expect(Object.isFrozen(content.lexicon.siblings)).toBe(true);
    expect(content.sources).toEqual({ about: '', list: [] });
    expect(content.questions).toEqual([]);
    expect(content.concepts).toEqual([]);
    expect(content.glossary).toEqual([]);
  });

  test('an empty pack is empty', () => {
    expect(assembleContent([])).toEqual({
      problems: [],
      content: {
        lessons: [],
        questions: [],
        concepts: [],
        glossary: [],
        lexicon: EMPTY_LEXICON,
        sources: { about: '', list: [] },
        warnings: [],
      },
    });
  });

  test('the content is frozen all the way down', () => {
    const { content } = assembleContent([lessonFile('basics', ['intro']), quizFile('basics', [question('b-1', 'basics', 'intro')])]);
    expect(Object.isFrozen(content)).toBe(true);
    expect(Object.isFrozen(content.lessons)).toBe(true);
    expect(Object.isFrozen(content.lessons[0])).toBe(true);
    expect(Object.isFrozen(content.lessons[0]!.sections[0]!.check)).toBe(true);
    expect(Object.isFrozen(content.questions[0])).toBe(true);
    expect(Object.isFrozen(content.sources.list)).toBe(true);
    expect(() => (content.lessons as Lesson[]).push(content.lessons[0]!)).toThrow(TypeError);
  });
});

describe('ids and links across files', () => {
  test('a lesson id used twice is reported with both files; the first lesson stays', () => {
    const first = lessonFile('basics', ['intro'], 1, [], 'lessons/a.yaml');
    const { content, problems } = assembleContent([first, lessonFile('basics', ['other'], 1, [], 'lessons/b.yaml')]);
    expect(problems).toEqual(['lessons/b.yaml: lesson id "basics" is already used by lessons/a.yaml']);
    expect(content.lessons).toEqual([(first.content as { lesson: Lesson }).lesson]);
  });

  test('a section id used twice in a lesson is reported at the second one', () => {
    const { problems } = assembleContent([lessonFile('basics', ['intro', 'more', 'intro', 'intro'])]);
    expect(problems).toEqual([
      'lessons/basics.yaml:29:7: section id "intro" appears twice in lesson "basics"',
      'lessons/basics.yaml:39:7: section id "intro" appears twice in lesson "basics"',
    ]);
  });

  test('the same section id in two lessons is fine', () => {
    expect(assembleContent([lessonFile('a', ['intro']), lessonFile('b', ['intro'])]).problems).toEqual([]);
  });

  test('a quiz on a topic that is not a lesson is reported at its topic', () => {
    const { problems } = assembleContent([lessonFile('basics', ['intro']), quizFile('basic', [question('q-1', 'basic', 'intro')])]);
    expect(problems).toEqual(['quizzes/basic.yaml:3:8: quiz topic "basic" is not a lesson id (quizzes/basic.yaml)']);
  });

  test('a quiz with no topic is not reported again (its decoder said it is missing)', () => {
    expect(assembleContent([quizFile('', [question('q-1', '', 'intro')])]).problems).toEqual([]);
  });

  test('a question id used twice is reported at the second, naming the first', () => {
    const { problems } = assembleContent([
      lessonFile('basics', ['intro']),
      quizFile('basics', [
        question('q-1', 'basics', 'intro', { where: 'quizzes/basics.yaml:5:5' }),
        question('q-2', 'basics', 'intro'),
        question('q-1', 'basics', 'intro', { where: 'quizzes/basics.yaml:20:5', prompt: 'Another?' }),
        question('q-1', 'basics', 'intro', { where: 'quizzes/basics.yaml:30:5', prompt: 'A third?' }),
      ]),
    ]);
    expect(problems).toEqual([
      'quizzes/basics.yaml:20:5: question id "q-1" is already used at quizzes/basics.yaml:5:5',
      'quizzes/basics.yaml:30:5: question id "q-1" is already used at quizzes/basics.yaml:5:5',
    ]);
  });

  test('a question on a section its lesson does not have is reported', () => {
    const { problems } = assembleContent([
      lessonFile('basics', ['intro']),
      lessonFile('other', ['outro']),
      quizFile('basics', [question('q-1', 'basics', 'outro', { where: 'quizzes/basics.yaml:5:5' }), question('q-2', 'basics', 'intro')]),
    ]);
    expect(problems).toEqual(['quizzes/basics.yaml:5:5: section "outro" is not a section of lesson "basics"']);
  });

  test('a question whose topic is not a lesson is reported once, for the quiz', () => {
    const { problems } = assembleContent([quizFile('nope', [question('q-1', 'nope', 'intro')])]);
    expect(problems).toEqual(['quizzes/nope.yaml:3:8: quiz topic "nope" is not a lesson id (quizzes/nope.yaml)']);
  });

  test('a second lesson with a used id does not lend its sections to questions', () => {
    const { problems } = assembleContent([
      lessonFile('basics', ['intro'], 1, [], 'lessons/a.yaml'),
      lessonFile('basics', ['extra'], 1, [], 'lessons/b.yaml'),
      quizFile('basics', [question('q-1', 'basics', 'extra', { where: 'q:5:5' })]),
    ]);
    expect(problems).toEqual([
      'lessons/b.yaml: lesson id "basics" is already used by lessons/a.yaml',
      'q:5:5: section "extra" is not a section of lesson "basics"',
    ]);
  });

  test('a second synonyms file is reported; the last one is used', () => {
    const second = { synonyms: [['web', 'online']], siblings: [] };
    const { content, problems } = assembleContent([
      { file: 'lessons/synonyms.yaml', content: { kind: 'synonyms', lexicon: { synonyms: [['a', 'b']], siblings: [] } } },
      { file: 'lessons/more-synonyms.yaml', content: { kind: 'synonyms', lexicon: second } },
    ]);
    expect(problems).toEqual(['lessons/more-synonyms.yaml: a second synonyms file; a pack has one']);
    expect(content.lexicon).toEqual(second);
  });

  test('source ids are checked across the pack', () => {
    const src = (id: string, line: number) => ({ id, title: 'T', kind: 'k', covers: 'c', where: `lessons/sources.yaml:${line}:5` });
    const { problems } = assembleContent([
      lessonFile('basics', ['intro'], 1, ['002']),
      { file: 'lessons/sources.yaml', content: { kind: 'sources', about: 'A', sources: [src('001', 5), src('001', 9)] } },
    ]);
    expect(problems).toEqual([
      'lessons/sources.yaml:9:5: source id "001" appears twice',
      'lesson "basics": source "002" is not in lessons/sources.yaml (known: 001)',
    ]);
  });
});

describe('same prompts', () => {
  test('a prompt repeated (ignoring case and spacing) is a warning, not a problem', () => {
    const { content, problems } = assembleContent([
      lessonFile('basics', ['intro']),
      quizFile('basics', [
        question('q-1', 'basics', 'intro', { prompt: 'What is  SEO?', where: 'q:5:5' }),
        question('q-2', 'basics', 'intro', { prompt: 'what is\nseo?', where: 'q:11:5' }),
        question('q-3', 'basics', 'intro', { prompt: 'What is SEM?', where: 'q:17:5' }),
        question('q-4', 'basics', 'intro', { prompt: 'WHAT IS SEO?', where: 'q:23:5' }),
        question('q-5', 'basics', 'intro', { prompt: 'WhatisSEO?', where: 'q:29:5' }),
        // Case is folded letter by letter: "ß" is not "ss".
        question('q-6', 'basics', 'intro', { prompt: 'Straße?', where: 'q:35:5' }),
        question('q-7', 'basics', 'intro', { prompt: 'STRASSE?', where: 'q:41:5' }),
      ]),
    ]);
    expect(problems).toEqual([]);
    expect(content.warnings).toEqual(['q:11:5: warning: same prompt as q:5:5', 'q:23:5: warning: same prompt as q:5:5']);
  });
});

describe('concept and glossary names', () => {
  test('a name (id or alias, any case) used by two concepts is reported', () => {
    const { problems } = assembleContent([
      lessonFile('basics', ['intro']),
      {
        file: 'c.yaml',
        content: {
          kind: 'concepts',
          concepts: [
            concept('b2c', ['Business to consumer', 'B2C'], 'basics', 'intro'),
            concept('b2b', ['business TO consumer'], 'basics', 'intro'),
            concept('o2o', ['b2b'], 'basics', 'intro'),
          ],
        },
      },
    ]);
    expect(problems).toEqual([
      'concept "b2b": name "business TO consumer" is already used by "b2c"',
      'concept "o2o": name "b2b" is already used by "b2b"',
    ]);
  });

  test('names differ when their letters differ: "Maße" is not "MASSE"', () => {
    const { problems } = assembleContent([
      lessonFile('basics', ['intro']),
      {
        file: 'c.yaml',
        content: { kind: 'concepts', concepts: [concept('a', ['Maße'], 'basics', 'intro'), concept('b', ['MASSE'], 'basics', 'intro')] },
      },
    ]);
    expect(problems).toEqual([]);
  });

  test('a concept may repeat its own id as an alias', () => {
    const { problems } = assembleContent([
      lessonFile('basics', ['intro']),
      { file: 'c.yaml', content: { kind: 'concepts', concepts: [concept('b2c', ['B2C', 'b2c'], 'basics', 'intro')] } },
    ]);
    expect(problems).toEqual([]);
  });

  test('concepts and glossary terms keep separate names', () => {
    const { problems } = assembleContent([
      lessonFile('basics', ['intro']),
      { file: 'c.yaml', content: { kind: 'concepts', concepts: [concept('seo', [], 'basics', 'intro')] } },
      { file: 'g.yaml', content: { kind: 'glossary', terms: [term('seo', [], 'basics', 'intro')] } },
    ]);
    expect(problems).toEqual([]);
  });

  test('glossary terms: a name used twice and a link that does not resolve are reported', () => {
    const { problems } = assembleContent([
      lessonFile('basics', ['intro']),
      {
        file: 'g.yaml',
        content: {
          kind: 'glossary',
          terms: [term('seo', ['search'], 'basics', 'intro'), term('sem', ['Search'], 'basics', 'outro'), term('ctr', [], 'nope', 'intro')],
        },
      },
    ]);
    expect(problems).toEqual([
      'glossary term "sem": name "Search" is already used by "seo"',
      'glossary term "sem": section link "basics#outro" does not resolve',
      'glossary term "ctr": section link "nope#intro" does not resolve',
    ]);
  });

  test('a concept link to a missing section is reported; a link left empty (already reported) is not', () => {
    const { problems } = assembleContent([
      lessonFile('basics', ['intro']),
      {
        file: 'c.yaml',
        content: { kind: 'concepts', concepts: [concept('b2c', [], 'basics', 'nope'), concept('b2b', [], '', '')] },
      },
    ]);
    expect(problems).toEqual(['concept "b2c": section link "basics#nope" does not resolve']);
  });
});

describe('coverage: every section tested by at least three questions of at least two kinds', () => {
  const single = (id: string, sec: string) =>
    question(id, 'basics', sec, { kind: 'single', choices: ['a', 'b'], answer: 'a' } as Partial<Question>);

  function pack(questions: Question[]) {
    return assembleContent([lessonFile('basics', ['intro', 'more', 'last']), quizFile('basics', questions)]).content;
  }

  test('each section short of the rule is named with what it lacks', () => {
    const content = pack([
      question('q-1', 'basics', 'intro'),
      single('q-2', 'intro'),
      question('q-3', 'basics', 'intro'),
      question('q-4', 'basics', 'more'),
      question('q-5', 'basics', 'more'),
      question('q-6', 'basics', 'more'),
      question('q-7', 'basics', 'last'),
      single('q-8', 'last'),
    ]);
    expect(coverageProblems(content)).toEqual([
      'basics#more: all questions are "truefalse"; use at least 2 kinds',
      'basics#last: has 2 questions; every section needs at least 3',
    ]);
  });

  test('a section with no questions is named', () => {
    const content = pack([question('q-1', 'basics', 'intro'), single('q-2', 'intro'), single('q-3', 'intro')]);
    expect(coverageProblems(content)).toEqual([
      'basics#more: has 0 questions; every section needs at least 3',
      'basics#last: has 0 questions; every section needs at least 3',
    ]);
  });

  test('a pack that meets the rule has no coverage problems', () => {
    const qs = ['intro', 'more', 'last'].flatMap((s) => [
      question(`${s}-1`, 'basics', s),
      question(`${s}-2`, 'basics', s),
      single(`${s}-3`, s),
    ]);
    expect(coverageProblems(pack(qs))).toEqual([]);
  });

  test('check questions do not count towards coverage', () => {
    const content = pack([]);
    expect(coverageProblems(content)).toHaveLength(3);
  });

  test('questionsBySection groups questions by lesson#section, in bank order', () => {
    const a = question('q-1', 'basics', 'intro');
    const b = question('q-2', 'basics', 'more');
    const c = question('q-3', 'basics', 'intro');
    const d = question('q-4', 'other', 'intro');
    const map = questionsBySection(assembleContent([quizFile('basics', [a, b, c]), quizFile('other', [d])]).content);
    expect([...map.entries()]).toEqual([
      ['basics#intro', [a, c]],
      ['basics#more', [b]],
      ['other#intro', [d]],
    ]);
  });
});
