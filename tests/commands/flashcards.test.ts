// `nm-tutor flashcards` as a learner runs it: the format follows the file name, an existing file is kept unless
// --force, any case of --format works, a pack cannot smuggle spreadsheet formulas into the CSV.
import { describe, expect, test } from '@jest/globals';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { csvField } from '../../src/commands/flashcards.js';
import { miniPack, tempHome } from '../support/run-cli.js';
import { runInProcess } from '../support/run-in-process.js';

const mini = ['--content', miniPack];

test.each([
  ['=1+2', "'=1+2"],
  ['+1', "'+1"],
  ['-2', "'-2"],
  ['@SUM(A1)', "'@SUM(A1)"],
  ['\tx', "'\tx"],
  ['\rx', `"'\rx"`],
  ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
  ['a = b', 'a = b'],
  ['plain, with comma', '"plain, with comma"'],
])('csvField(%j) is %j', async (cell, expected) => expect(csvField(cell)).toBe(expected));

describe('export --out', () => {
  test('the format follows the extension, in any case; the note is not a warning', async () => {
    const dir = tempHome();
    for (const [name, first] of [
      ['cards.csv', 'id,lesson,section'],
      ['cards.JSON', '{'],
      ['cards.txt', '#separator:tab'],
    ] as const) {
      const res = await runInProcess([...mini, 'flashcards', '--out', path.join(dir, name)], { env: { FORCE_COLOR: '1' } });
      expect(res.status).toBe(0);
      expect(readFileSync(path.join(dir, name), 'utf8').startsWith(first)).toBe(true);
      expect(res.stderr).toContain(`Wrote 9 questions to ${path.join(dir, name)}`);
      expect(res.stderr).not.toContain('!');
      expect(res.stderr).not.toContain('\u001b[31m'); // no red
    }
  });

  test('--format in any case beats the extension', async () => {
    const out = path.join(tempHome(), 'cards.csv');
    const res = await runInProcess([...mini, 'flashcards', '--format', 'JSON', '--out', out]);
    expect(res.status).toBe(0);
    const json = JSON.parse(readFileSync(out, 'utf8'));
    expect(json.formatVersion).toBe(2);
    expect(json.questions[0]).toMatchObject({ lesson: 'mini' });
    expect(json.questions[0].topic).toBeUndefined();
    expect((await runInProcess([...mini, 'flashcards', '--format', 'Csv'])).stdout.split('\r\n')[0]).toBe(
      'id,lesson,section,kind,front,back,explanation',
    );
  });

  test('an existing file is kept unless --force', async () => {
    const out = path.join(tempHome(), 'cards.csv');
    writeFileSync(out, 'my own notes');
    const res = await runInProcess([...mini, 'flashcards', '--out', out]);
    expect(res.status).toBe(1);
    expect(res.stderr).toBe(`${out} already exists; nothing was written. Add --force to replace it.\n`);
    expect(readFileSync(out, 'utf8')).toBe('my own notes');
    const forced = await runInProcess([...mini, 'flashcards', '--out', out, '--force']);
    expect(forced.status).toBe(0);
    expect(readFileSync(out, 'utf8').startsWith('id,lesson')).toBe(true);
  });

  test('a name that says no format, and a folder that does not exist, are clear one-line errors', async () => {
    const dir = tempHome();
    const odd = await runInProcess([...mini, 'flashcards', '--out', path.join(dir, 'cards.xlsx')]);
    expect(odd.status).toBe(2);
    expect(odd.stderr).toContain('Cannot tell the format from the name');
    const missing = await runInProcess([...mini, 'flashcards', '--out', path.join(dir, 'no/such/cards.csv')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe(`Cannot write ${path.join(dir, 'no/such/cards.csv')}: its folder does not exist.\n`);
  });
});

test('a pack cannot put a formula into a CSV cell', async () => {
  const dir = tempHome();
  cpSync(miniPack, dir, { recursive: true });
  const quiz = path.join(dir, 'quizzes/mini.yaml');
  writeFileSync(
    quiz,
    readFileSync(quiz, 'utf8')
      .replace('prompt: Name the colour of grass.', 'prompt: \'=HYPERLINK("http://evil.example","Click")\'')
      .replace('explanation: Grass is green.', 'explanation: "@SUM(1+1)"'),
  );
  const res = await runInProcess(['--content', dir, 'flashcards', '--format', 'csv']);
  expect(res.status).toBe(0);
  const row = res.stdout.split('\r\n').find((l) => l.startsWith('mini-002'));
  expect(row).toBe(`mini-002,mini,first,recall,"'=HYPERLINK(""http://evil.example"",""Click"")",green,'@SUM(1+1)`);
});
