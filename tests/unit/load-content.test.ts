import { describe, expect, test } from '@jest/globals';
import { assembleContent } from '../../src/content/assemble.js';
import { parseYaml } from '../../src/content/parse-yaml.js';
import { readContentFile } from '../../src/content/decode-content.js';
import { Problems } from '../../src/content/yaml-readers.js';
import { sanitizeText } from '../../src/content/sanitize.js';
import { propertyRuns } from '../support/slow.js';

function read(text: string, kinds: ('lesson' | 'quiz' | 'concepts' | 'glossary')[] = ['quiz']) {
  const parsed = parseYaml(text, 'q.yaml');
  if (!parsed.root) return { problems: parsed.errors, content: null };
  const problems = new Problems('q.yaml');
  const content = readContentFile(parsed.root, problems, kinds);
  return { problems: problems.list, content };
}

const quizHead = 'formatVersion: 1\nkind: quiz\ntopic: t\nquestions:\n';

describe('content validation reports file:line:col', () => {
  test.each([
    [
      'answer not among choices',
      `${quizHead}  - id: t-1\n    section: s\n    kind: single\n    prompt: P\n    choices: [a, b]\n    answer: c\n    explanation: E\n`,
      'q.yaml:10:13: answer "c" is not among the choices',
    ],
    [
      'missing explanation',
      `${quizHead}  - id: t-1\n    section: s\n    kind: truefalse\n    prompt: P\n    answer: true\n`,
      'q.yaml:5:5: a question is missing "explanation" (text)',
    ],
    [
      'unknown kind',
      `${quizHead}  - id: t-1\n    section: s\n    kind: essay\n    prompt: P\n    explanation: E\n`,
      'q.yaml:7:11: question kind "essay" is not one of',
    ],
    [
      'misspelt key',
      `${quizHead}  - id: t-1\n    section: s\n    kind: truefalse\n    prompt: P\n    answer: true\n    explaination: E\n`,
      'q.yaml:10:5: unknown key "explaination" in a question',
    ],
    ['bad YAML', 'formatVersion: 1\nkind: [quiz\n', 'q.yaml:'],
    ['alias', `formatVersion: 1\nkind: quiz\ntopic: &a t\nquestions: *a\n`, 'aliases (*name) are not allowed'],
    ['custom tag', `formatVersion: 1\nkind: !js quiz\n`, 'q.yaml:2:7'],
    [
      'newer format',
      'formatVersion: 9\nkind: quiz\n',
      'q.yaml:1:16: formatVersion 9 is newer than this nm-tutor understands (1); upgrade nm-tutor',
    ],
    [
      'unquoted colon in a choice',
      `${quizHead}  - id: t-1\n    section: s\n    kind: single\n    prompt: P\n    choices: [a, Place: channel]\n    answer: a\n    explanation: E\n`,
      'q.yaml:9:18: each item of "choices" must be text, but it reads as a mapping; put text that contains ": " in quotes',
    ],
    [
      'unquoted comma in a flow mapping',
      `${quizHead}  - id: t-1\n    section: s\n    kind: match\n    prompt: P\n    pairs:\n      - { left: O2O, right: Book online, then visit }\n      - { left: B2C, right: Shop }\n    explanation: E\n`,
      'q.yaml:10:42: unknown key "then visit" in a pair; if it is the end of the text before it, put that text in quotes',
    ],
    [
      'cloze gaps',
      `${quizHead}  - id: t-1\n    section: s\n    kind: cloze\n    prompt: "a ___ b ___"\n    answer: [x]\n    explanation: E\n`,
      'cloze prompt has 2 gaps (___) but 1 answer',
    ],
  ])('%s', (_name, text, expected) => {
    const { problems } = read(text);
    expect(problems.join('\n')).toContain(expected);
  });

  test('every problem in a file is reported together', () => {
    const { problems } = read(`${quizHead}  - id: t-1\n    section: s\n    kind: single\n    prompt: P\n    choices: [a]\n    answer: c\n`);
    expect(problems.length).toBeGreaterThanOrEqual(3);
  });

  test('deep nesting is refused, not crashed on', () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const { problems } = read(deep);
    expect(problems.join()).toMatch(/nesting|deeper/);
  });

  test('__proto__ is plain data', () => {
    const { problems, content } = read(
      `${quizHead}  - id: t-1\n    section: s\n    kind: single\n    prompt: P\n    choices: [a, b]\n    answer: a\n    explanation: E\n    why:\n      __proto__: polluted\n`,
    );
    expect(problems.join()).toContain('"why" names "__proto__", which is not a choice');
    expect(content).not.toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('terminal escapes are stripped from content text', () => {
    expect(sanitizeText('safe\u001b]0;pwned\u0007 text\u001b[2J\u202e!')).toBe('safe text!');
  });

  test('duplicate ids and broken links are found across files', () => {
    const q = read(
      `${quizHead}  - id: t-1\n    section: nope\n    kind: truefalse\n    prompt: P\n    answer: true\n    explanation: E\n  - id: t-1\n    section: nope\n    kind: truefalse\n    prompt: Q\n    answer: true\n    explanation: E\n`,
    );
    const { problems } = assembleContent([{ file: 'q.yaml', content: q.content! }]);
    expect(problems.join('\n')).toContain('question id "t-1" is already used');
    expect(problems.join('\n')).toContain('quiz topic "t" is not a lesson id');
  });
});

describe('the loader never throws, whatever the input (fuzz)', () => {
  const kinds = ['lesson', 'quiz', 'concepts', 'glossary'] as const;
  test('arbitrary text', async () => {
    const fc = (await import('fast-check')).default;
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const { problems, content } = read(text, [...kinds]);
        expect(Array.isArray(problems)).toBe(true);
        if (problems.length === 0) expect(content).not.toBeUndefined();
      }),
      { numRuns: propertyRuns(250, 1000) },
    );
  });

  test('arbitrary JSON-shaped documents (YAML is a superset of JSON)', async () => {
    const fc = (await import('fast-check')).default;
    const doc = fc.record(
      {
        formatVersion: fc.oneof(fc.constant(1), fc.jsonValue()),
        kind: fc.oneof(fc.constantFrom(...kinds), fc.string()),
        topic: fc.jsonValue(),
        id: fc.jsonValue(),
        questions: fc.array(
          fc.dictionary(fc.constantFrom('id', 'kind', 'answer', 'choices', 'pairs', 'items', 'prompt', '__proto__'), fc.jsonValue()),
        ),
        sections: fc.jsonValue(),
        concepts: fc.jsonValue(),
        terms: fc.jsonValue(),
      },
      { requiredKeys: ['formatVersion', 'kind'] },
    );
    fc.assert(
      fc.property(doc, (value) => {
        const { problems } = read(JSON.stringify(value), [...kinds]);
        expect(Array.isArray(problems)).toBe(true);
      }),
      { numRuns: propertyRuns(250, 1000) },
    );
  });
});
