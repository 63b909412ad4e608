import { expect, test } from '@jest/globals';
import { placeholderProblems } from '../../src/commands/validate.js';
import { lessonSkeleton, quizSkeleton } from '../../src/commands/new.js';
import { describeSystemError } from '../../src/errors.js';

test.each([
  ['a value', 'title: "TODO: the title"\n', ['f.yaml:1:9: unfilled skeleton text "TODO: the title"; replace it with your own']],
  [
    'two on one line',
    'choices: ["TODO: a", "TODO: b"]\n',
    [
      'f.yaml:1:12: unfilled skeleton text "TODO: a"; replace it with your own',
      'f.yaml:1:23: unfilled skeleton text "TODO: b"; replace it with your own',
    ],
  ],
  [
    'a block text, second line',
    'body: |\n  Text.\n  TODO: more\n',
    ['f.yaml:3:3: unfilled skeleton text "TODO: more"; replace it with your own'],
  ],
  ['a comment', '# Replace every TODO: text\nid: x  # TODO: later\n', []],
  ['lower case is ordinary text', 'body: a todo: list\n', []],
  ['none', 'title: Done\n', []],
])('placeholders: %s', (_name, text, problems) => {
  expect(placeholderProblems(text, 'f.yaml')).toEqual(problems);
});

test('every text the skeletons leave to the author carries the marker', () => {
  for (const text of [lessonSkeleton('x'), quizSkeleton('x')]) {
    const values = text
      .split('\n')
      .filter((l) => /^\s*(title|summary|prompt|explanation|answer|choices|body|example|- ")/.test(l) && !/answer: true/.test(l));
    expect(values.length).toBeGreaterThan(3);
    for (const l of values) if (!/: [|]$/.test(l)) expect(l).toContain('TODO:');
  }
});

test.each([
  [{ code: 'ENOENT', message: "ENOENT: no such file or directory, open '/x'" }, 'no such file or folder'],
  [{ code: 'EEXIST', message: 'EEXIST: file already exists' }, 'already exists; use --force to overwrite'],
  [{ code: 'ENOTDIR', message: 'x' }, 'part of the path is a file, not a folder'],
  [{ code: 'EWEIRD', message: "EWEIRD: something odd happened, open '/x'" }, 'something odd happened'],
])('describeSystemError(%j)', (err, words) => {
  expect(describeSystemError(Object.assign(new Error(err.message), err))).toBe(words);
});
