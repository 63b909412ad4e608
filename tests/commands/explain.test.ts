// The explain kind from the learner's and the author's side: asked in plain mode, graded idea by idea,
// self-scored, tested by validate through its examples, and shown by `nm-tutor grade`.
import { describe, expect, test } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { CLOZE_QUESTION, explainQuestion, goodExamples, packWith } from '../support/one-question-pack.js';
import { readProgress, tempHome } from '../support/run-cli.js';
import { runInProcess } from '../support/run-in-process.js';

const pack = packWith(explainQuestion(goodExamples));

describe('explain questions in a session', () => {
  test('a partial answer gets feedback idea by idea, the model answer, and may be self-scored', async () => {
    const home = tempHome();
    const res = await runInProcess(['--content', pack, 'quiz'], { home, input: 'Red and blue are the two I remember.\n\n1\n1\n' });
    expect(res.stdout).toContain('In a few sentences; an empty line ends your answer');
    expect(res.stdout).toContain('Partly right (50%)');
    expect(res.stdout).toContain('✔ red and blue are colours');
    expect(res.stdout).toContain('✘ colours have names');
    expect(res.stdout).toContain('A model answer: Every colour has a name');
    expect(res.stdout).toContain('Did your answer make any of these points in other words?');
    expect(res.stdout).toContain('Recorded with the points you ticked: 75%.');
    expect(readProgress(home).questions['typed-explain']!.attempts).toEqual([expect.objectContaining({ score: 0.75 })]);
  });

  test('a misconception is named with its correction; a full answer is right and asks nothing more', async () => {
    const wrong = await runInProcess(['--content', pack, 'quiz'], { input: 'I think seven is a colour, like red and blue.\n\n\n1\n' });
    expect(wrong.stdout.replace(/\s+/g, ' ')).toContain(
      'Careful: seven is a colour. Seven is a number; red and blue are the colours here.',
    );
    const right = await runInProcess(['--content', pack, 'quiz'], { input: 'Every colour has a name, for example red and blue.\n\n' });
    expect(right.stdout).toContain('Right.');
    expect(right.stdout).not.toContain('Did your answer make');
    expect(right.stdout).toContain('Score: 1 / 1 (100%)');
  });

  test('a bare list of key words does not earn full credit', async () => {
    const res = await runInProcess(['--content', pack, 'quiz'], { input: 'colour name red blue\n\n\n1\n' });
    expect(res.stdout).toContain('This reads as a list of key words');
    expect(res.stdout).not.toContain('Score: 1 / 1');
  });
});

describe('validate tests each rubric with its examples', () => {
  test('the fixture rubric passes (the one-question pack fails only on coverage)', async () => {
    const res = await runInProcess(['validate', pack]);
    expect(res.stderr).toContain('every section needs at least 3');
    expect(res.stderr).not.toMatch(/example|model answer/);
  });

  test('an example graded otherwise than it says is reported at its file:line:col', async () => {
    const bad = packWith(
      explainQuestion(`      - answer: Red and blue are mentioned.
        ideas: [names, examples]
        misconceptions: []
`),
    );
    const res = await runInProcess(['validate', bad]);
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(
      /quizzes\/typed\.yaml:\d+:9: example graded otherwise than it says: ideas expected names, examples, got examples/,
    );
  });

  test('a model answer that misses an idea, and an example naming an unknown idea, are problems', async () => {
    const file = path.join(packWith(''), 'quizzes/typed.yaml');
    const text = `formatVersion: 1\nkind: quiz\ntopic: typed\nquestions:\n${explainQuestion(goodExamples)
      .replace('model: Every colour has a name, and red and blue are both colours.', 'model: Red is nice.')
      .replace(
        'ideas: [examples]\n        misconceptions: []\n        credit: partial',
        'ideas: [exemples]\n        misconceptions: []\n        credit: partial',
      )}`;
    writeFileSync(file, text);
    const res = await runInProcess(['validate', path.dirname(path.dirname(file))]);
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('example names idea "exemples", which the rubric does not have');
  });
});

describe('nm-tutor grade shows a grade and records nothing', () => {
  test('explain, as text and JSON', async () => {
    const home = tempHome();
    const text = await runInProcess(['--content', pack, 'grade', 'typed-explain', 'Every colour has a name; red and blue are two.'], {
      home,
    });
    expect(text.stdout).toContain('typed-explain: score 1 (100%), correct');
    const json = JSON.parse(
      (await runInProcess(['--content', pack, 'grade', 'typed-explain', 'seven is a colour', '--json'], { home })).stdout,
    );
    expect(json.correct).toBe(false);
    expect(json.notes).toContainEqual({
      kind: 'misconception',
      label: 'seven is a colour',
      correction: 'Seven is a number; red and blue are the colours here.',
    });
    expect(() => readProgress(home)).toThrow();
  });

  test('a cloze takes one argument per gap; a choice question is refused; an unknown id says so', async () => {
    const cloze = packWith(CLOZE_QUESTION);
    const res = await runInProcess(['--content', cloze, 'grade', 'typed-003', 'price', 'cost', '--json']);
    expect(JSON.parse(res.stdout).score).toBe(1);
    const half = await runInProcess(['--content', cloze, 'grade', 'typed-003', 'price', 'convenience', '--json']);
    expect(JSON.parse(half.stdout).score).toBe(0.5);
    const choice = await runInProcess(['--content', cloze, 'grade', 'typed.first.check', 'Red']);
    expect(choice.status).toBe(2);
    expect(choice.stderr).toContain('is a single question; grade takes typed answers');
    const unknown = await runInProcess(['--content', cloze, 'grade', 'nope', 'x']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain("Unknown question 'nope'");
  });
});
