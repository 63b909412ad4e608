import { describe, expect, test } from '@jest/globals';
import { assembleContent } from '../../src/content/assemble.js';
import { parseYaml } from '../../src/content/parse-yaml.js';
import { readContentFile } from '../../src/content/decode-content.js';
import { Problems } from '../../src/content/yaml-readers.js';
import { sourceViews } from '../../src/commands/sources.js';

function read(file: string, text: string) {
  const parsed = parseYaml(text, file);
  const problems = new Problems(file);
  const content = readContentFile(parsed.root!, problems, ['lesson', 'concepts', 'glossary', 'sources']);
  return { file, content: content!, problems: [...parsed.errors, ...problems.list] };
}
const sourcesYaml = (entries: string) => `formatVersion: 1\nkind: sources\nabout: Five articles.\nsources:\n${entries}`;
const entry = (id: string) => `  - id: "${id}"\n    title: T${id}\n    kind: An essay.\n    covers: Things.\n`;
const lesson = (id: string, sources: string) =>
  `formatVersion: 1\nkind: lesson\nid: ${id}\ntitle: L ${id}\nsummary: S.\norder: 1\nsources: ${sources}\nsections:\n  - id: s\n    title: T\n    body: B.\n    example: E.\n    keyPoints: [K]\n    check: { kind: truefalse, prompt: P, answer: true, explanation: E }\n`;

describe('lessons/sources.yaml', () => {
  test.each([
    ['a good file', sourcesYaml(entry('000') + entry('001')), []],
    [
      'an id YAML would read as a number',
      sourcesYaml('  - id: 002\n    title: T\n    kind: K\n    covers: C\n'),
      ['s.yaml:5:9: source id "2" must be three digits, e.g. "002" (quote it so YAML keeps the zeros)'],
    ],
    ['a missing title', sourcesYaml('  - id: "002"\n    kind: K\n    covers: C\n'), ['s.yaml:5:5: a source is missing "title" (text)']],
    ['a misspelt key', sourcesYaml(`${entry('000')}    cover: C\n`), ['s.yaml:9:5: unknown key "cover" in a source']],
    ['no sources', 'formatVersion: 1\nkind: sources\nabout: A.\nsources: []\n', ['s.yaml:4:10: "sources" needs at least 1 item']],
  ])('%s', (_name, text, problems) => {
    expect(read('s.yaml', text).problems).toEqual(problems);
  });

  test('each lesson cites known sources; ids are unique', () => {
    const files = [read('s.yaml', sourcesYaml(entry('000') + entry('001') + entry('001'))), read('a.yaml', lesson('a', '["000", "009"]'))];
    expect(assembleContent(files).problems).toEqual([
      's.yaml:13:5: source id "001" appears twice',
      'lesson "a": source "009" is not in lessons/sources.yaml (known: 000, 001)',
    ]);
  });

  test('a pack without a sources file may cite anything', () => {
    expect(assembleContent([read('a.yaml', lesson('a', '["anything"]'))]).problems).toEqual([]);
  });

  test('the view lists the lessons that use each source, in curriculum order', () => {
    const files = [
      read('s.yaml', sourcesYaml(entry('000') + entry('001') + entry('002'))),
      read('b.yaml', lesson('b', '["001", "000"]')),
      read('a.yaml', lesson('a', '["000"]')),
    ];
    const { content, problems } = assembleContent(files);
    expect(problems).toEqual([]);
    expect(sourceViews(content).map((s) => [s.id, s.lessons])).toEqual([
      ['000', ['a', 'b']],
      ['001', ['b']],
      ['002', []],
    ]);
  });
});
