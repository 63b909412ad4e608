// A pack large enough (over 4 MiB of YAML) to be parsed by worker threads, through the built binary:
// the same result and the same file:line:col messages as the inline path.
import { beforeAll, expect, test } from '@jest/globals';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PARALLEL_ABOVE_CHARS } from '../../src/content/load-content.js';
import { runCli, tempHome } from '../support/run-cli.js';

/** Just over the size at which the parser threads take over: larger only makes the test slower. */
const FILES = 6;
const PER_FILE = 2500;
let dir = '';

function question(file: number, n: number): string {
  return `  - id: big-${file}-${n}\n    section: only\n    kind: ${n % 2 === 0 ? 'truefalse' : 'recall'}\n    prompt: Statement ${n} of file ${file}, padded so that the pack is large enough to need the parser threads at all.\n    answer: ${n % 2 === 0 ? 'true' : 'padding'}\n    explanation: It is so because the generator says so, and this sentence pads the explanation as well.\n`;
}

beforeAll(() => {
  dir = tempHome();
  mkdirSync(path.join(dir, 'lessons'));
  mkdirSync(path.join(dir, 'quizzes'));
  writeFileSync(
    path.join(dir, 'lessons', 'big.yaml'),
    'formatVersion: 1\nkind: lesson\nid: big\ntitle: Big\nsummary: Generated.\norder: 1\nsections:\n  - id: only\n    title: Only\n    body: Text.\n    example: An example.\n    keyPoints: [One, Two]\n    check:\n      kind: truefalse\n      prompt: True?\n      answer: true\n      explanation: Yes.\n',
  );
  let chars = 0;
  for (let f = 0; f < FILES; f++) {
    let text = `formatVersion: 1\nkind: quiz\ntopic: big\nquestions:\n`;
    for (let n = 0; n < PER_FILE; n++) text += question(f, n);
    writeFileSync(path.join(dir, 'quizzes', `big-${f}.yaml`), text);
    chars += text.length;
  }
  expect(chars).toBeGreaterThan(PARALLEL_ABOVE_CHARS);
});

test('a very large pack validates through the parser threads', () => {
  // 15,000 questions through parser threads and the lint: seconds here, but give a loaded CI machine room.
  const res = runCli(['validate', dir], { timeoutMs: 55000 });
  // Generated questions are near-duplicates of each other: lint warnings, but no problems.
  expect(
    res.stderr.split('\n').filter((l) => l && !/: warning \[[a-z-]+\] /.test(l) && !/^! … and \d+ more \[[a-z-]+\] warnings$/.test(l)),
  ).toEqual([]);
  // Thousands of one warning: the first 200 of each rule, then a count.
  expect(res.stderr).toMatch(/… and \d+ more \[near-duplicate\] warnings/);
  expect(res.status).toBe(0);
  expect(res.stdout).toContain(`OK: 1 lesson, 1 section, ${FILES * PER_FILE} questions`);
}, 60000);

test('a mistake deep in one file of a very large pack is reported at its file:line:col', () => {
  const file = path.join(dir, 'quizzes', 'big-3.yaml');
  let text = `formatVersion: 1\nkind: quiz\ntopic: big\nquestions:\n`;
  for (let n = 0; n < PER_FILE; n++) text += n === 2000 ? question(3, n).replace('answer: true', 'answer: maybe') : question(3, n);
  writeFileSync(file, text);
  const res = runCli(['validate', dir], { timeoutMs: 55000 });
  expect(res.status).toBe(1);
  // Header is 4 lines, each question 6 lines; "answer" is the 5th line of question 2000.
  expect(res.stderr).toContain(`big-3.yaml:${4 + 2000 * 6 + 5}:13: `);
}, 60000);
