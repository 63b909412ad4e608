// Decoding one content file (src/content/decode-content.ts): good files give exactly the objects the tutor uses;
// every mistake an author can make is reported once, at file:line:col, in words that say what to fix.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readContentFile, type FileKind } from '../../src/content/decode-content.js';
import { parseYaml } from '../../src/content/parse-yaml.js';
import { QUESTION_KINDS } from '../../src/content/model.js';
import { Problems } from '../../src/content/yaml-readers.js';
import type { ReadTools } from '../../src/kinds/kind.js';
import { KINDS } from '../../src/kinds/registry.js';

const ALL: FileKind[] = ['lesson', 'quiz', 'concepts', 'glossary', 'synonyms', 'sources'];

function decode(lines: string[], expected: readonly FileKind[] = ALL, file = 'f.yaml') {
  const parsed = parseYaml(lines.join('\n') + '\n', file);
  if (!parsed.root) throw new Error(parsed.errors.join('\n'));
  const problems = new Problems(file);
  const content = readContentFile(parsed.root, problems, expected);
  return { content, problems: problems.list };
}

const LESSON = [
  'formatVersion: 1', // 1
  'kind: lesson', // 2
  'id: basics', // 3
  'title: Basics', // 4
  'summary: What it is', // 5
  'order: 2', // 6
  'sources: ["001", "003"]', // 7
  'sections:', // 8
  '  - id: intro', // 9
  '    title: Intro', // 10
  '    body: Body text', // 11
  '    example: An example', // 12
  '    keyPoints: [one, two]', // 13
  '    check:', // 14
  '      kind: truefalse', // 15
  '      prompt: Is it?', // 16
  '      answer: true', // 17
  '      explanation: Yes.', // 18
];

/** A quiz file with the given question lines (each already indented under "questions:"). */
const quiz = (...questionLines: string[]) => ['formatVersion: 1', 'kind: quiz', 'topic: basics', 'questions:', ...questionLines];
/** The lines of one good truefalse question, then any extra lines. */
const tf = (id: string, ...extra: string[]) => [
  `  - id: ${id}`,
  '    section: intro',
  '    kind: truefalse',
  '    prompt: P',
  '    answer: false',
  '    explanation: E',
  ...extra,
];

describe('a good file decodes into exactly the expected objects', () => {
  test('a lesson, with its sections and their check questions', () => {
    expect(decode(LESSON, ['lesson'], 'lessons/basics.yaml')).toEqual({
      problems: [],
      content: {
        kind: 'lesson',
        lesson: {
          id: 'basics',
          title: 'Basics',
          summary: 'What it is',
          order: 2,
          sources: ['001', '003'],
          sections: [
            {
              id: 'intro',
              title: 'Intro',
              body: 'Body text',
              example: 'An example',
              keyPoints: ['one', 'two'],
              check: {
                id: 'basics.intro.check',
                lesson: 'basics',
                section: 'intro',
                prompt: 'Is it?',
                explanation: 'Yes.',
                application: false,
                where: 'lessons/basics.yaml:15:7',
                why: {},
                kind: 'truefalse',
                answer: true,
              },
            },
          ],
        },
      },
    });
  });

  test('a lesson without order or sources comes last and cites nothing', () => {
    const { content, problems } = decode(LESSON.filter((l) => !/^(order|sources):/.test(l)));
    expect(problems).toEqual([]);
    expect(content).toMatchObject({ kind: 'lesson', lesson: { order: 999, sources: [] } });
  });

  test('a quiz, with why-notes and the application flag', () => {
    const { content, problems } = decode(
      quiz(
        '  - id: basics-1', // 5
        '    section: intro',
        '    kind: single',
        '    prompt: " Pick one "',
        '    choices: [a, b, c]',
        '    answer: a',
        '    explanation: Because',
        '    application: true',
        '    why:',
        '      b: Not b',
        '      c: Not c either',
        ...tf('basics-2'), // 16
      ),
      ['quiz'],
      'quizzes/basics.yaml',
    );
    expect(problems).toEqual([]);
    expect(content).toEqual({
      kind: 'quiz',
      lesson: 'basics',
      lessonWhere: 'quizzes/basics.yaml:3:8',
      questions: [
        {
          id: 'basics-1',
          lesson: 'basics',
          section: 'intro',
          prompt: 'Pick one',
          explanation: 'Because',
          application: true,
          where: 'quizzes/basics.yaml:5:5',
          why: { b: 'Not b', c: 'Not c either' },
          kind: 'single',
          choices: ['a', 'b', 'c'],
          answer: 'a',
        },
        {
          id: 'basics-2',
          lesson: 'basics',
          section: 'intro',
          prompt: 'P',
          explanation: 'E',
          application: false,
          where: 'quizzes/basics.yaml:16:5',
          why: {},
          kind: 'truefalse',
          answer: false,
        },
      ],
    });
  });

  test('a concepts file', () => {
    const { content, problems } = decode([
      'formatVersion: 1',
      'kind: concepts',
      'concepts:',
      '  - id: b2c',
      '    name: Business to consumer',
      '    aliases: [B2C, business-to-consumer]',
      '    section: basics#intro',
      '    dimensions:',
      '      definition: D',
      '      viewpoint: V',
      '      focus: F',
      '      goal: G',
      '      scope: S',
      '      activities: A',
      '      measure: M',
      '    statements: [one, two, three]',
    ]);
    expect(problems).toEqual([]);
    expect(content).toEqual({
      kind: 'concepts',
      concepts: [
        {
          id: 'b2c',
          name: 'Business to consumer',
          aliases: ['B2C', 'business-to-consumer'],
          section: { lesson: 'basics', section: 'intro' },
          dimensions: { definition: 'D', viewpoint: 'V', focus: 'F', goal: 'G', scope: 'S', activities: 'A', measure: 'M' },
          statements: ['one', 'two', 'three'],
        },
      ],
    });
  });

  test('a glossary', () => {
    const { content, problems } = decode([
      'formatVersion: 1',
      'kind: glossary',
      'terms:',
      '  - id: seo',
      '    term: SEO',
      '    aliases: [search engine optimisation]',
      '    definition: Making pages easy to find.',
      '    section: basics#intro',
      '  - id: ctr',
      '    term: CTR',
      '    definition: Clicks per view.',
      '    section: basics#intro',
    ]);
    expect(problems).toEqual([]);
    expect(content).toEqual({
      kind: 'glossary',
      terms: [
        {
          id: 'seo',
          term: 'SEO',
          aliases: ['search engine optimisation'],
          definition: 'Making pages easy to find.',
          section: { lesson: 'basics', section: 'intro' },
        },
        { id: 'ctr', term: 'CTR', aliases: [], definition: 'Clicks per view.', section: { lesson: 'basics', section: 'intro' } },
      ],
    });
  });

  test('a synonyms file, read by the lexicon reader', () => {
    const { content, problems } = decode([
      'formatVersion: 1',
      'kind: synonyms',
      'synonyms:',
      '  - [internet, online]',
      'siblings:',
      '  - [B2B, B2C]',
    ]);
    expect(problems).toEqual([]);
    expect(content).toEqual({ kind: 'synonyms', lexicon: { synonyms: [['internet', 'online']], siblings: [['B2B', 'B2C']] } });
  });

  test('a sources file', () => {
    const { content, problems } = decode([
      'formatVersion: 1',
      'kind: sources',
      'about: The texts.',
      'sources:',
      '  - id: "001"',
      '    title: An essay',
      '    kind: essay',
      '    covers: basics',
    ]);
    expect(problems).toEqual([]);
    expect(content).toEqual({
      kind: 'sources',
      about: 'The texts.',
      sources: [{ id: '001', title: 'An essay', kind: 'essay', covers: 'basics', where: 'f.yaml:5:5' }],
    });
  });
});

describe('the file as a whole', () => {
  test.each([
    ['a list', ['- a', '- b']],
    ['a text', ['hello']],
  ])('%s is not a content file', (_name, lines) => {
    expect(decode(lines)).toEqual({ content: null, problems: ['f.yaml:1:1: the file must be a mapping of keys to values'] });
  });

  test('an empty file is not a content file', () => {
    expect(decode(['# nothing here yet'])).toEqual({
      content: null,
      problems: ['f.yaml:1:1: the file must be a mapping of keys to values'],
    });
  });

  test('a list is not a synonyms file either, even where one is expected', () => {
    expect(decode(['- kind: synonyms'], ['synonyms'])).toEqual({
      content: null,
      problems: ['f.yaml:1:1: the file must be a mapping of keys to values'],
    });
  });

  test('a missing formatVersion is reported, and the rest is still read', () => {
    const { content, problems } = decode(LESSON.slice(1));
    expect(problems).toEqual(['f.yaml:1:1: missing "formatVersion: 1"']);
    expect(content).toMatchObject({ kind: 'lesson', lesson: { id: 'basics' } });
  });

  test('a newer formatVersion makes the file unusable, and nothing else is reported', () => {
    expect(decode(['formatVersion: 2', 'kind: lesson', 'colour: blue'])).toEqual({
      content: null,
      problems: ['f.yaml:1:16: formatVersion 2 is newer than this nm-tutor understands (1); upgrade nm-tutor'],
    });
  });

  test('a newer synonyms file is unusable too', () => {
    expect(decode(['formatVersion: 5', 'kind: synonyms'], ['synonyms'])).toEqual({
      content: null,
      problems: ['f.yaml:1:16: formatVersion 5 is newer than this nm-tutor understands (1); upgrade nm-tutor'],
    });
  });

  test('a kind that does not belong in this folder is named, with the kinds that do', () => {
    expect(decode(['formatVersion: 1', 'kind: quiz', 'topic: x'], ['lesson', 'sources'])).toEqual({
      content: null,
      problems: ['f.yaml:2:7: "kind" must be "lesson" or "sources" in this folder, not "quiz"'],
    });
    expect(decode(['formatVersion: 1', 'kind: synonyms'], ['quiz'])).toEqual({
      content: null,
      problems: ['f.yaml:2:7: "kind" must be "quiz" in this folder, not "synonyms"'],
    });
  });

  test('an unknown kind is not a content file', () => {
    expect(decode(['formatVersion: 1', 'kind: essay'], ['quiz'])).toEqual({
      content: null,
      problems: ['f.yaml:2:7: "kind" must be "quiz" in this folder, not "essay"'],
    });
  });

  test('a missing kind is reported, and the keys it would have explained are unknown', () => {
    expect(decode(['formatVersion: 1', 'topic: basics'])).toEqual({
      content: null,
      problems: ['f.yaml:1:1: the file is missing "kind" (text)', 'f.yaml:2:1: unknown key "topic" in the file'],
    });
  });

  test('an unknown top-level key is reported at the key', () => {
    const { content, problems } = decode([...LESSON.slice(0, 3), 'titel: Basics', ...LESSON.slice(3)]);
    expect(problems).toEqual(['f.yaml:4:1: unknown key "titel" in the file']);
    expect(content).toMatchObject({ kind: 'lesson', lesson: { id: 'basics', title: 'Basics' } });
  });
});

describe('lessons', () => {
  test('missing fields are each reported at the lesson', () => {
    expect(decode(['formatVersion: 1', 'kind: lesson'])).toEqual({
      content: { kind: 'lesson', lesson: { id: '', title: '', summary: '', order: 999, sources: [], sections: [] } },
      problems: [
        'f.yaml:1:1: the file is missing "id" (text)',
        'f.yaml:1:1: the file is missing "title" (text)',
        'f.yaml:1:1: the file is missing "summary" (text)',
        'f.yaml:1:1: the file is missing "sections" (a list)',
      ],
    });
  });

  test('a bad id, order and sources are reported at their values', () => {
    const lines = [...LESSON];
    lines[2] = 'id: Basics';
    lines[5] = 'order: second';
    lines[6] = 'sources: "001"';
    const { content, problems } = decode(lines);
    expect(problems).toEqual([
      'f.yaml:3:5: "id" "Basics" must be lower-case letters, digits and hyphens',
      'f.yaml:6:8: "order" must be a number',
      'f.yaml:7:10: "sources" must be a list',
    ]);
    expect(content).toMatchObject({ lesson: { id: 'Basics', order: 999, sources: [] } });
  });

  test('a lesson needs at least one section', () => {
    expect(decode([...LESSON.slice(0, 7), 'sections: []']).problems).toEqual(['f.yaml:8:11: "sections" needs at least 1 item']);
  });

  test('a section that is not a mapping is reported and left out', () => {
    const { content, problems } = decode([...LESSON, '  - just words']);
    expect(problems).toEqual(['f.yaml:19:5: a section must be a mapping of keys to values']);
    expect(content).toMatchObject({ lesson: { sections: [{ id: 'intro' }] } });
  });

  test('a section without a check question is reported at the section and left out', () => {
    const { content, problems } = decode([...LESSON.slice(0, 13), '    kind: truefalse']);
    expect(problems).toEqual([
      'f.yaml:9:5: section "intro" is missing "check" (a check-yourself question)',
      'f.yaml:14:5: unknown key "kind" in a section',
    ]);
    expect(content).toMatchObject({ lesson: { sections: [] } });
  });

  test('a section missing its texts is reported at the section; it is kept when its check is good', () => {
    const lines = LESSON.filter((l) => !/^ {4}(title|body|example|keyPoints):/.test(l));
    const { content, problems } = decode(lines);
    expect(problems).toEqual([
      'f.yaml:9:5: a section is missing "title" (text)',
      'f.yaml:9:5: a section is missing "body" (text)',
      'f.yaml:9:5: a section is missing "example" (text)',
      'f.yaml:9:5: a section is missing "keyPoints" (a list)',
    ]);
    expect(content).toMatchObject({ lesson: { sections: [{ id: 'intro', title: '', body: '', example: '', keyPoints: [] }] } });
  });

  test('empty key points are reported', () => {
    const lines = [...LESSON];
    lines[12] = '    keyPoints: []';
    expect(decode(lines).problems).toEqual(['f.yaml:13:16: "keyPoints" needs at least 1 item']);
  });

  test('a bad section id is reported, and the check question id is built from it', () => {
    const lines = [...LESSON];
    lines[8] = '  - id: Intro';
    const { content, problems } = decode(lines);
    expect(problems).toEqual(['f.yaml:9:9: "id" "Intro" must be lower-case letters, digits and hyphens']);
    expect(content).toMatchObject({ lesson: { sections: [{ id: 'Intro', check: { id: 'basics.Intro.check', section: 'Intro' } }] } });
  });

  test('a check question has no id or section of its own: both are unknown keys there', () => {
    const { content, problems } = decode([...LESSON, '      id: mine', '      section: other']);
    expect(problems).toEqual([
      'f.yaml:19:7: unknown key "id" in the check question',
      'f.yaml:20:7: unknown key "section" in the check question',
    ]);
    expect(content).toMatchObject({ lesson: { sections: [{ check: { id: 'basics.intro.check', section: 'intro' } }] } });
  });

  test('a check question that is not a mapping, or has problems, is named as the check question', () => {
    const notMap = [...LESSON.slice(0, 13), '    check: Is it?'];
    expect(decode(notMap)).toMatchObject({
      problems: ['f.yaml:14:12: the check question must be a mapping of keys to values'],
      content: { lesson: { sections: [] } },
    });
    const noPrompt = LESSON.filter((l) => !l.includes('prompt:'));
    expect(decode(noPrompt).problems).toEqual(['f.yaml:15:7: the check question is missing "prompt" (text)']);
  });

  test('a check question with a bad kind drops its section', () => {
    const lines = [...LESSON];
    lines[14] = '      kind: trufalse';
    const { content, problems } = decode(lines);
    expect(problems).toEqual([
      `f.yaml:15:13: question kind "trufalse" is not one of ${QUESTION_KINDS.join(', ')}; did you mean "truefalse"?`,
    ]);
    expect(content).toMatchObject({ lesson: { sections: [] } });
  });
});

describe('quizzes', () => {
  test('a quiz needs a topic and questions', () => {
    expect(decode(['formatVersion: 1', 'kind: quiz'])).toEqual({
      content: { kind: 'quiz', lesson: '', questions: [], lessonWhere: 'f.yaml:1:1' },
      problems: ['f.yaml:1:1: the file is missing "topic" (text)', 'f.yaml:1:1: the file is missing "questions" (a list)'],
    });
    expect(decode(['formatVersion: 1', 'kind: quiz', 'topic: Basics', 'questions: []'])).toEqual({
      content: { kind: 'quiz', lesson: 'Basics', questions: [], lessonWhere: 'f.yaml:3:8' },
      problems: [
        'f.yaml:3:8: "topic" "Basics" must be lower-case letters, digits and hyphens',
        'f.yaml:4:12: "questions" needs at least 1 item',
      ],
    });
  });

  test('a question that is not a mapping is reported and left out', () => {
    const { content, problems } = decode(quiz('  - Is it true?', ...tf('q-2')));
    expect(problems).toEqual(['f.yaml:5:5: a question must be a mapping of keys to values']);
    expect(content).toMatchObject({ questions: [{ id: 'q-2', where: 'f.yaml:6:5' }] });
  });

  test('a question missing its common fields reports each one at the question', () => {
    const { content, problems } = decode(quiz('  - kind: truefalse', '    answer: true'));
    expect(problems).toEqual([
      'f.yaml:5:5: a question is missing "id" (text)',
      'f.yaml:5:5: a question is missing "section" (text)',
      'f.yaml:5:5: a question is missing "prompt" (text)',
      'f.yaml:5:5: a question is missing "explanation" (text)',
    ]);
    expect(content).toMatchObject({ questions: [{ id: '', section: '', prompt: '', explanation: '', answer: true }] });
  });

  test('bad ids are reported at their values', () => {
    const lines = tf('Q_1');
    lines[1] = '    section: Intro';
    expect(decode(quiz(...lines)).problems).toEqual([
      'f.yaml:5:9: "id" "Q_1" must be lower-case letters, digits and hyphens',
      'f.yaml:6:14: "section" "Intro" must be lower-case letters, digits and hyphens',
    ]);
  });

  test('a question without a kind is reported and left out, without further noise', () => {
    const { content, problems } = decode(quiz('  - id: q-1', '    prompt: P', '    colour: blue', ...tf('q-2')));
    expect(problems).toEqual(['f.yaml:5:5: a question is missing "section" (text)', 'f.yaml:5:5: a question is missing "kind" (text)']);
    expect(content).toMatchObject({ questions: [{ id: 'q-2' }] });
  });

  test.each([
    ['essay', ''],
    ['singel', '; did you mean "single"?'],
    ['Single', '; did you mean "single"?'],
    ['MULTI', '; did you mean "multi"?'],
    ['truefals', '; did you mean "truefalse"?'],
    ['clozze', '; did you mean "cloze"?'],
    ['lsit', '; did you mean "list"?'],
    ['xyz', ''],
    ['explanation', ''],
    // Two edits from both "multi" and "match": the first in the list wins.
    ['mati', '; did you mean "multi"?'],
  ])('an unknown kind "%s" is named with the kinds there are%s', (kind, hint) => {
    const lines = tf('q-1');
    lines[2] = `    kind: ${kind}`;
    const { content, problems } = decode(quiz(...lines));
    expect(problems).toEqual([`f.yaml:7:11: question kind "${kind}" is not one of ${QUESTION_KINDS.join(', ')}${hint}`]);
    expect(content).toMatchObject({ questions: [] });
  });

  test('the closest of several near kinds is suggested, whatever their order', () => {
    // "matc" is one edit from "match" and two from "multi", which comes first.
    const lines = tf('q-1');
    lines[2] = '    kind: matc';
    expect(decode(quiz(...lines)).problems[0]).toMatch(/; did you mean "match"\?$/);
  });

  test('an application flag that is not true or false is reported', () => {
    expect(decode(quiz(...tf('q-1', '    application: yes'))).problems).toEqual(['f.yaml:11:18: "application" must be true or false']);
  });

  test('an unknown key in a question is reported at the key', () => {
    expect(decode(quiz(...tf('q-1', '    explaination: E2'))).problems).toEqual(['f.yaml:11:5: unknown key "explaination" in a question']);
  });

  test('the kind reads its own fields, and reports at the answer', () => {
    const { problems } = decode(
      quiz(
        '  - id: q-1',
        '    section: intro',
        '    kind: single',
        '    prompt: P',
        '    choices: [a, b]',
        '    answer: c',
        '    explanation: E',
      ),
    );
    expect(problems).toEqual(['f.yaml:10:13: answer "c" is not among the choices']);
  });

  test('without an answer key, the kind reports at the question', () => {
    const { problems } = decode(
      quiz('  - id: q-1', '    section: intro', '    kind: list', '    prompt: P', '    accept: {x: [y]}', '    explanation: E'),
    );
    expect(problems).toEqual([
      'f.yaml:5:5: a question is missing "answer" (a list)',
      'f.yaml:5:5: "accept" names "x", which is not one of the answers',
    ]);
  });
});

describe('why-notes', () => {
  const single = (...why: string[]) =>
    quiz(
      '  - id: q-1',
      '    section: intro',
      '    kind: single',
      '    prompt: P',
      '    choices: [a, b]',
      '    answer: a',
      '    explanation: E',
      ...why,
    );

  test('a note must name a choice; it is reported at "why"', () => {
    const { content, problems } = decode(single('    why:', '      b: Not b', '      z: Not z', '      y: Not y'));
    expect(problems).toEqual([
      'f.yaml:13:7: "why" names "z", which is not a choice',
      'f.yaml:13:7: "why" names "y", which is not a choice',
    ]);
    expect(content).toMatchObject({ questions: [{ why: { b: 'Not b', z: 'Not z', y: 'Not y' } }] });
  });

  test('"why" must be a mapping', () => {
    const { content, problems } = decode(single('    why: b is wrong'));
    expect(problems).toEqual(['f.yaml:12:10: "why" must be a mapping of keys to values']);
    expect(content).toMatchObject({ questions: [{ why: {} }] });
  });

  test('each note must be text', () => {
    expect(decode(single('    why:', '      b: [x]')).problems).toEqual(['f.yaml:13:10: "b" must be text']);
  });

  test('an empty "why" is allowed on any kind', () => {
    expect(decode(quiz(...tf('q-1', '    why: {}'))).problems).toEqual([]);
  });

  test('a kind without choices takes no why-notes', () => {
    const { problems } = decode(quiz(...tf('q-1', '    why:', '      a: No')));
    expect(problems).toEqual(['f.yaml:12:7: "why" is only for questions with choices, not for truefalse questions']);
  });
});

describe('concepts', () => {
  const concept = (...lines: string[]) => ['formatVersion: 1', 'kind: concepts', 'concepts:', ...lines];
  const DIMS = [
    '    dimensions:',
    '      definition: D',
    '      viewpoint: V',
    '      focus: F',
    '      goal: G',
    '      scope: S',
    '      activities: A',
    '      measure: M',
  ];

  test.each([
    ['an empty list', 'concepts: []', 'f.yaml:3:11: "concepts" needs at least 1 item'],
    ['an entry that is not a mapping', 'concepts:\n  - b2c', 'f.yaml:4:5: a concept must be a mapping of keys to values'],
  ])('concepts: %s is reported and nothing is kept', (_name, body, problem) => {
    expect(decode(['formatVersion: 1', 'kind: concepts', ...body.split('\n')])).toEqual({
      content: { kind: 'concepts', concepts: [] },
      problems: [problem],
    });
  });

  test('a concept without dimensions is reported at the concept, with every field it lacks', () => {
    expect(decode(concept('  - id: b2c'))).toEqual({
      content: {
        kind: 'concepts',
        concepts: [
          {
            id: 'b2c',
            name: '',
            aliases: [],
            section: { lesson: '', section: '' },
            dimensions: { definition: '', viewpoint: '', focus: '', goal: '', scope: '', activities: '', measure: '' },
            statements: [],
          },
        ],
      },
      problems: [
        'f.yaml:4:5: a concept is missing "name" (text)',
        'f.yaml:4:5: a concept is missing "section" (text)',
        'f.yaml:4:5: the dimensions of "b2c" must be a mapping of keys to values',
        'f.yaml:4:5: a concept is missing "statements" (a list)',
      ],
    });
  });

  test('a missing or unknown dimension is reported; the others are kept', () => {
    const dims = DIMS.filter((l) => !l.includes('goal:'));
    const { content, problems } = decode(
      concept('  - id: b2c', '    name: N', '    section: basics#intro', ...dims, '      colour: blue', '    statements: [a, b, c]'),
    );
    expect(problems).toEqual([
      'f.yaml:8:7: the dimensions of "b2c" is missing "goal" (text)',
      'f.yaml:14:7: unknown key "colour" in the dimensions of "b2c"',
    ]);
    expect(content).toMatchObject({ concepts: [{ dimensions: { definition: 'D', goal: '', measure: 'M' } }] });
  });

  test('dimensions that are not a mapping are reported where they stand', () => {
    const { problems } = decode(
      concept('  - id: b2c', '    name: N', '    section: basics#intro', '    dimensions: [D]', '    statements: [a, b, c]'),
    );
    expect(problems).toEqual(['f.yaml:7:17: the dimensions of "b2c" must be a mapping of keys to values']);
  });

  test('a concept needs at least three statements, and no unknown keys', () => {
    const { problems } = decode(
      concept('  - id: b2c', '    name: N', '    section: basics#intro', ...DIMS, '    statements: [a, b]', '    colour: x'),
    );
    expect(problems).toEqual(['f.yaml:15:17: "statements" needs at least 3 items', 'f.yaml:16:5: unknown key "colour" in a concept']);
  });

  test.each([
    ['basics', 'basics', ''],
    ['Basics#intro', 'Basics', 'intro'],
    ['basics#Intro', 'basics', 'Intro'],
    ['basics#', 'basics', ''],
    ['#intro', '', 'intro'],
    ['a#b#c', 'a', 'b'],
  ])('a section link "%s" is not lesson-id#section-id', (link, lesson, section) => {
    const { content, problems } = decode(
      concept('  - id: b2c', '    name: N', `    section: "${link}"`, ...DIMS, '    statements: [a, b, c]'),
    );
    expect(problems).toEqual([`f.yaml:6:14: "section" must look like lesson-id#section-id, not "${link}"`]);
    expect(content).toMatchObject({ concepts: [{ section: { lesson, section } }] });
  });
});

describe('glossary', () => {
  const glossary = (...lines: string[]) => ['formatVersion: 1', 'kind: glossary', 'terms:', ...lines];

  test('a glossary needs terms', () => {
    expect(decode(['formatVersion: 1', 'kind: glossary'])).toEqual({
      content: { kind: 'glossary', terms: [] },
      problems: ['f.yaml:1:1: the file is missing "terms" (a list)'],
    });
  });

  test.each([
    ['an empty list', 'terms: []', 'f.yaml:3:8: "terms" needs at least 1 item'],
    ['an entry that is not a mapping', 'terms:\n  - SEO', 'f.yaml:4:5: a glossary term must be a mapping of keys to values'],
  ])('glossary: %s is reported and nothing is kept', (_name, body, problem) => {
    expect(decode(['formatVersion: 1', 'kind: glossary', ...body.split('\n')])).toEqual({
      content: { kind: 'glossary', terms: [] },
      problems: [problem],
    });
  });

  test('a term missing its fields, with a bad link and an unknown key, reports each', () => {
    const { content, problems } = decode(glossary('  - id: SEO', '    section: basics/intro', '    defintion: D'));
    expect(problems).toEqual([
      'f.yaml:4:9: "id" "SEO" must be lower-case letters, digits and hyphens',
      'f.yaml:4:5: a glossary term is missing "term" (text)',
      'f.yaml:4:5: a glossary term is missing "definition" (text)',
      'f.yaml:5:14: "section" must look like lesson-id#section-id, not "basics/intro"',
      'f.yaml:6:5: unknown key "defintion" in a glossary term',
    ]);
    expect(content).toEqual({
      kind: 'glossary',
      terms: [{ id: 'SEO', term: '', aliases: [], definition: '', section: { lesson: 'basics/intro', section: '' } }],
    });
  });
});

describe('a kind whose fields are unusable (a fixture kind: the kind contract allows read() to give null)', () => {
  const registry = KINDS as Record<string, unknown>;
  beforeAll(() => {
    registry.unusable = {
      read: ({ r, problems, answerPos }: ReadTools) => {
        r.raw('answer');
        problems.at(answerPos, 'this answer cannot be used');
        return null;
      },
      whyTargets: () => null,
    };
  });
  afterAll(() => {
    delete registry.unusable;
  });

  test('the question is left out; the problems of its kind and unknown keys are reported, its why-notes are not judged', () => {
    const { content, problems } = decode(
      quiz(
        ...tf('q-1'),
        '  - id: q-2',
        '    section: intro',
        '    kind: unusable',
        '    prompt: P',
        '    answer: 42',
        '    explanation: E',
        '    why: {a: b}',
        '    colour: x',
      ),
    );
    expect(problems).toEqual(['f.yaml:15:13: this answer cannot be used', 'f.yaml:18:5: unknown key "colour" in a question']);
    expect(content).toMatchObject({ questions: [{ id: 'q-1' }] });
    expect((content as { questions: unknown[] }).questions).toHaveLength(1);
  });
});
