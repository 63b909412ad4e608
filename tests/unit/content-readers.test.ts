// The typed readers every content decoder is built from (src/content/yaml-readers.ts): what each one accepts,
// what it reports for an author's mistake, and that the report names the file and line:col of the mistake.
import { describe, expect, test } from '@jest/globals';
import { parseYaml, type PNode } from '../../src/content/parse-yaml.js';
import { checkFormatVersion, ID_PATTERN, MapReader, Problems, textOf } from '../../src/content/yaml-readers.js';

function tree(text: string): PNode {
  const parsed = parseYaml(text, 'r.yaml');
  if (!parsed.root) throw new Error(parsed.errors.join('\n'));
  return parsed.root;
}

/** A reader over the top mapping of `text`, with the problems it records. */
function reader(text: string): { r: MapReader; problems: Problems } {
  const problems = new Problems('r.yaml');
  const r = MapReader.of(tree(text), problems, 'the thing');
  if (!r) throw new Error(problems.list.join('\n'));
  return { r, problems };
}

describe('Problems', () => {
  test('a problem names the file and the line:col it is given', () => {
    const p = new Problems('lessons/a.yaml');
    p.at({ line: 7, col: 3 }, 'something is wrong');
    expect(p.list).toEqual(['lessons/a.yaml:7:3: something is wrong']);
  });

  test('a problem with no position is put at the start of the file', () => {
    const p = new Problems('a.yaml');
    p.at(undefined, 'no place');
    expect(p.list).toEqual(['a.yaml:1:1: no place']);
  });

  test('where() gives file:line:col of a node', () => {
    const root = tree('a: 1\nb:\n  c: x\n');
    const b = (root.value as Record<string, PNode>).b!;
    const c = (b.value as Record<string, PNode>).c!;
    expect(new Problems('x.yaml').where(c)).toBe('x.yaml:3:6');
  });
});

describe('ID_PATTERN', () => {
  test.each(['a', '0', 'basics', 'b2b-vs-b2c', '4p', 'a-', 'a'.repeat(64)])('accepts %s', (id) => {
    expect(ID_PATTERN.test(id)).toBe(true);
  });
  test.each(['', '-a', 'A', 'Basics', 'a_b', 'a b', 'a.b', 'é', 'a'.repeat(65), 'x\ny', 'ok!'])('refuses %j', (id) => {
    expect(ID_PATTERN.test(id)).toBe(false);
  });
});

describe('MapReader.of', () => {
  test.each([
    ['a list', '- a\n- b\n'],
    ['a text', 'just words\n'],
    ['a number', '42\n'],
    ['nothing', '~\n'],
  ])('%s is not a mapping', (_name, text) => {
    const problems = new Problems('r.yaml');
    expect(MapReader.of(tree(text), problems, 'a section')).toBeNull();
    expect(problems.list).toEqual(['r.yaml:1:1: a section must be a mapping of keys to values']);
  });

  test('a non-mapping is reported where it stands', () => {
    const root = tree('a: 1\nb: [x]\n');
    const problems = new Problems('r.yaml');
    expect(MapReader.of((root.value as Record<string, PNode>).b, problems, '"b"')).toBeNull();
    expect(problems.list).toEqual(['r.yaml:2:4: "b" must be a mapping of keys to values']);
  });

  test('a missing node is reported at the fallback position, or the start of the file', () => {
    const problems = new Problems('r.yaml');
    expect(MapReader.of(undefined, problems, 'the dimensions', { line: 4, col: 5 })).toBeNull();
    expect(MapReader.of(undefined, problems, 'the dimensions')).toBeNull();
    expect(problems.list).toEqual([
      'r.yaml:4:5: the dimensions must be a mapping of keys to values',
      'r.yaml:1:1: the dimensions must be a mapping of keys to values',
    ]);
  });

  test('a mapping gives a reader over its keys', () => {
    const problems = new Problems('r.yaml');
    const r = MapReader.of(tree('a: 1\nb: two\n'), problems, 'x');
    expect(r).not.toBeNull();
    expect(Object.keys(r!.map)).toEqual(['a', 'b']);
    expect(r!.has('a')).toBe(true);
    expect(r!.has('c')).toBe(false);
    expect(problems.list).toEqual([]);
  });

  test('keys are own keys only: a mapping built as a plain object does not have "constructor" or "toString"', () => {
    const problems = new Problems('r.yaml');
    const node: PNode = { value: { title: { value: 'T', pos: { line: 1, col: 8 } } }, pos: { line: 1, col: 1 } };
    const r = MapReader.of(node, problems, 'x')!;
    expect(r.has('constructor')).toBe(false);
    expect(r.raw('toString')).toBeUndefined();
    expect(r.string('constructor')).toBe('');
    expect(r.string('title')).toBe('T');
    expect(problems.list).toEqual(['r.yaml:1:1: x is missing "constructor" (text)']);
  });
});

describe('string', () => {
  test('text is trimmed', () => {
    const { r, problems } = reader('title: "  Hello there  "\n');
    expect(r.string('title')).toBe('Hello there');
    expect(problems.list).toEqual([]);
  });

  test('a number is read as its text', () => {
    const { r, problems } = reader('a: 12\nb: 1.50\n');
    expect(r.string('a')).toBe('12');
    expect(r.string('b')).toBe('1.5');
    expect(problems.list).toEqual([]);
  });

  test('a missing key, or a key with no value, is reported at the mapping', () => {
    const { r, problems } = reader('other: x\ntitle:\n');
    expect(r.string('summary')).toBe('');
    expect(r.string('title')).toBe('');
    expect(problems.list).toEqual(['r.yaml:1:1: the thing is missing "summary" (text)', 'r.yaml:1:1: the thing is missing "title" (text)']);
  });

  test('an optional key may be missing, empty or blank', () => {
    const { r, problems } = reader('a:\nb: ""\nc: "   "\n');
    expect(r.string('a', { optional: true })).toBe('');
    expect(r.string('b', { optional: true })).toBe('');
    expect(r.string('c', { optional: true })).toBe('');
    expect(r.string('d', { optional: true })).toBe('');
    expect(problems.list).toEqual([]);
  });

  test('blank text is reported at the value', () => {
    const { r, problems } = reader('title: "   "\n');
    expect(r.string('title')).toBe('');
    expect(problems.list).toEqual(['r.yaml:1:8: "title" must not be empty']);
  });

  test.each([
    ['true or false', 'title: true\n'],
    ['a list', 'title: [a, b]\n'],
    ['a mapping', 'title: {a: b}\n'],
  ])('%s is not text, even when optional', (_name, text) => {
    const { r, problems } = reader(text);
    expect(r.string('title')).toBe('');
    expect(r.string('title', { optional: true })).toBe('');
    expect(problems.list).toEqual(['r.yaml:1:8: "title" must be text', 'r.yaml:1:8: "title" must be text']);
  });
});

describe('id', () => {
  test('a good id is returned as it is', () => {
    const { r, problems } = reader('id: b2b-basics\n');
    expect(r.id('id')).toBe('b2b-basics');
    expect(problems.list).toEqual([]);
  });

  test('a bad id is reported at its value, and still returned', () => {
    const { r, problems } = reader('name: x\nid: B2B Basics\n');
    expect(r.id('id')).toBe('B2B Basics');
    expect(problems.list).toEqual(['r.yaml:2:5: "id" "B2B Basics" must be lower-case letters, digits and hyphens']);
  });

  test('a number is an id', () => {
    const { r, problems } = reader('id: 42\n');
    expect(r.id('id')).toBe('42');
    expect(problems.list).toEqual([]);
  });

  test('a missing id is reported once, as missing', () => {
    const { r, problems } = reader('name: x\n');
    expect(r.id('id')).toBe('');
    expect(problems.list).toEqual(['r.yaml:1:1: the thing is missing "id" (text)']);
  });
});

describe('number', () => {
  test('a number is returned; a missing one is the fallback, without a problem', () => {
    const { r, problems } = reader('order: 3\nweight: -0.5\n');
    expect(r.number('order', 999)).toBe(3);
    expect(r.number('weight', 1)).toBe(-0.5);
    expect(r.number('rank', 999)).toBe(999);
    expect(problems.list).toEqual([]);
  });

  test.each([
    ['text', 'order: first\n'],
    ['a quoted number', 'order: "3"\n'],
    ['infinity', 'order: .inf\n'],
    ['not a number', 'order: .nan\n'],
    ['nothing (~)', 'order: ~\n'],
    ['true', 'order: true\n'],
  ])('%s is not a number: reported at the value, the fallback is used', (_name, text) => {
    const { r, problems } = reader(text);
    expect(r.number('order', 999)).toBe(999);
    expect(problems.list).toEqual(['r.yaml:1:8: "order" must be a number']);
  });
});

describe('boolean', () => {
  test('true and false are read', () => {
    const { r, problems } = reader('a: true\nb: false\n');
    expect(r.boolean('a')).toBe(true);
    expect(r.boolean('b')).toBe(false);
    expect(r.boolean('a', { optional: true })).toBe(true);
    expect(problems.list).toEqual([]);
  });

  test('a missing key is false; reported unless optional', () => {
    const { r, problems } = reader('x: 1\n');
    expect(r.boolean('application', { optional: true })).toBe(false);
    expect(problems.list).toEqual([]);
    expect(r.boolean('answer')).toBe(false);
    expect(problems.list).toEqual(['r.yaml:1:1: the thing is missing "answer" (true or false)']);
  });

  test.each([
    ['yes (YAML 1.2 text)', 'answer: yes\n'],
    ['a quoted true', 'answer: "true"\n'],
    ['1', 'answer: 1\n'],
    ['nothing (~)', 'answer: ~\n'],
  ])('%s is not true or false', (_name, text) => {
    const { r, problems } = reader(text);
    expect(r.boolean('answer', { optional: true })).toBe(false);
    expect(problems.list).toEqual(['r.yaml:1:9: "answer" must be true or false']);
  });

  test('a value true that is not a boolean is still false', () => {
    const { r } = reader('answer: "true"\n');
    expect(r.boolean('answer')).toBe(false);
  });
});

describe('list', () => {
  test('the items are returned', () => {
    const { r, problems } = reader('items: [a, b, c]\n');
    expect(r.list('items', { min: 3 }).map((n) => n.value)).toEqual(['a', 'b', 'c']);
    expect(problems.list).toEqual([]);
  });

  test('a missing list, or one with no value, is reported unless optional', () => {
    const { r, problems } = reader('x: 1\nitems:\n');
    expect(r.list('items', { optional: true })).toEqual([]);
    expect(r.list('more', { optional: true })).toEqual([]);
    expect(problems.list).toEqual([]);
    expect(r.list('items')).toEqual([]);
    expect(r.list('more', { min: 1 })).toEqual([]);
    expect(problems.list).toEqual([
      'r.yaml:1:1: the thing is missing "items" (a list)',
      'r.yaml:1:1: the thing is missing "more" (a list)',
    ]);
  });

  test('a value that is not a list is reported at the value', () => {
    const { r, problems } = reader('items: a, b\n');
    expect(r.list('items', { optional: true })).toEqual([]);
    expect(problems.list).toEqual(['r.yaml:1:8: "items" must be a list']);
  });

  test('too few items are reported, with the right plural, and still returned', () => {
    const { r, problems } = reader('one: []\ntwo: [a]\nok: [a, b]\n');
    expect(r.list('one', { min: 1 })).toEqual([]);
    expect(r.list('two', { min: 2 }).map((n) => n.value)).toEqual(['a']);
    expect(r.list('ok', { min: 2 })).toHaveLength(2);
    expect(r.list('one')).toEqual([]);
    expect(problems.list).toEqual(['r.yaml:1:6: "one" needs at least 1 item', 'r.yaml:2:6: "two" needs at least 2 items']);
  });
});

describe('stringList', () => {
  test('text items are trimmed; numbers are text', () => {
    const { r, problems } = reader('points: ["  one ", two, 3]\n');
    expect(r.stringList('points')).toEqual(['one', 'two', '3']);
    expect(problems.list).toEqual([]);
  });

  test('bad items are reported one by one and left out', () => {
    const { r, problems } = reader('points:\n  - fine\n  - ""\n  -\n  - true\n  - [x]\n  - Key point: detail\n  - also fine\n');
    expect(r.stringList('points', { min: 1 })).toEqual(['fine', 'also fine']);
    expect(problems.list).toEqual([
      'r.yaml:3:5: each item of "points" must be non-empty text',
      'r.yaml:4:4: each item of "points" must be non-empty text',
      'r.yaml:5:5: each item of "points" must be non-empty text',
      'r.yaml:6:5: each item of "points" must be non-empty text',
      'r.yaml:7:5: each item of "points" must be text, but it reads as a mapping; put text that contains ": " in quotes',
    ]);
  });

  test('a missing optional list is empty; a short one is reported', () => {
    const { r, problems } = reader('statements: [a, b]\n');
    expect(r.stringList('aliases', { optional: true })).toEqual([]);
    expect(r.stringList('statements', { min: 3 })).toEqual(['a', 'b']);
    expect(problems.list).toEqual(['r.yaml:1:13: "statements" needs at least 3 items']);
  });
});

describe('textOf', () => {
  test('reads text and numbers; reports the rest under the name it is given', () => {
    const root = tree('- " x "\n- 7\n- {a: b}\n- "  "\n- false\n');
    const problems = new Problems('r.yaml');
    const texts = (root.value as PNode[]).map((n) => textOf(n, problems, 'each answer'));
    expect(texts).toEqual(['x', '7', '', '', '']);
    expect(problems.list).toEqual([
      'r.yaml:3:3: each answer must be text, but it reads as a mapping; put text that contains ": " in quotes',
      'r.yaml:4:3: each answer must be non-empty text',
      'r.yaml:5:3: each answer must be non-empty text',
    ]);
  });
});

describe('finish: unknown keys', () => {
  test('keys nobody read are reported at the key, in file order', () => {
    const { r, problems } = reader('title: T\nexplaination: E\nsumary: S\n');
    r.string('title');
    r.finish();
    expect(problems.list).toEqual(['r.yaml:2:1: unknown key "explaination" in the thing', 'r.yaml:3:1: unknown key "sumary" in the thing']);
  });

  test('a key that was asked for counts as used even when it was missing or optional', () => {
    const { r, problems } = reader('title: T\nwhy: {}\n');
    r.string('title');
    r.raw('why');
    r.boolean('application', { optional: true });
    r.finish();
    expect(problems.list).toEqual([]);
  });

  test('a valueless key with a space gets a hint about quoting; others do not', () => {
    const { r, problems } = reader('a: { left: O2O, right: Book online, then visit, plain, has value: x }\n');
    const pair = MapReader.of((r.map as Record<string, PNode>).a, problems, 'a pair')!;
    pair.string('left');
    pair.string('right');
    pair.finish();
    expect(problems.list).toEqual([
      'r.yaml:1:37: unknown key "then visit" in a pair; if it is the end of the text before it, put that text in quotes',
      'r.yaml:1:49: unknown key "plain" in a pair',
      'r.yaml:1:56: unknown key "has value" in a pair',
    ]);
  });
});

describe('checkFormatVersion', () => {
  function check(text: string, understood = 1) {
    const root = tree(text);
    const problems = new Problems('r.yaml');
    const top = MapReader.of(root, problems, 'the file')!;
    return { usable: checkFormatVersion(top, root, problems, understood), problems: problems.list, top };
  }

  test('the version understood, or an older one, is fine', () => {
    expect(check('formatVersion: 1\n')).toMatchObject({ usable: true, problems: [] });
    expect(check('formatVersion: 2\n', 3)).toMatchObject({ usable: true, problems: [] });
    expect(check('formatVersion: 3\n', 3)).toMatchObject({ usable: true, problems: [] });
  });

  test('a missing version is reported at the start of the file; the file is still read', () => {
    expect(check('kind: quiz\n')).toMatchObject({ usable: true, problems: ['r.yaml:1:1: missing "formatVersion: 1"'] });
    expect(check('kind: quiz\n', 2).problems).toEqual(['r.yaml:1:1: missing "formatVersion: 2"']);
  });

  test.each([
    ['zero', 'formatVersion: 0\n'],
    ['negative', 'formatVersion: -1\n'],
    ['a fraction', 'formatVersion: 1.5\n'],
    ['text', 'formatVersion: "1"\n'],
    ['nothing (~)', 'formatVersion: ~\n'],
    ['infinity', 'formatVersion: .inf\n'],
  ])('%s is not a version: reported at the value; the file is still read', (_name, text) => {
    expect(check(text)).toMatchObject({ usable: true, problems: ['r.yaml:1:16: "formatVersion" must be a whole number'] });
  });

  test('a newer version makes the file unusable', () => {
    expect(check('kind: x\nformatVersion: 2\n')).toMatchObject({
      usable: false,
      problems: ['r.yaml:2:16: formatVersion 2 is newer than this nm-tutor understands (1); upgrade nm-tutor'],
    });
  });

  test('formatVersion counts as a used key', () => {
    const { top, problems } = check('formatVersion: 1\n');
    top.finish();
    expect(problems).toEqual([]);
  });
});
