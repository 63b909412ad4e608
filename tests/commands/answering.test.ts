// How a learner answers, whatever the kind: hints, "I don't know", empty answers, undo, stopping early.
// Run in-process through the real command table and plain-mode prompter, with piped answers.
import { describe, expect, test } from '@jest/globals';
import { CHOICE_QUESTIONS, CLOZE_QUESTION, packWith } from '../support/one-question-pack.js';
import { miniPack, readProgress, tempHome } from '../support/run-cli.js';
import { runInProcess } from '../support/run-in-process.js';

const recall = packWith(`  - id: typed-001
    section: first
    kind: recall
    prompt: What does SEO stand for?
    answer: search engine optimization
    explanation: SEO is search engine optimisation.
`);
const list = packWith(`  - id: typed-002
    section: first
    kind: list
    prompt: Name the four Cs.
    answer: [customer, cost, convenience, communication]
    explanation: Customer, cost, convenience, communication.
`);
const cloze = packWith(CLOZE_QUESTION);
const choices = packWith(CHOICE_QUESTIONS);

async function quiz(pack: string, input: string, home = tempHome(), extra: string[] = []) {
  const res = await runInProcess(['--content', pack, 'quiz', '--seed', '3', ...extra], { input, home });
  return { ...res, home, attempts: (id: string) => readProgress(home).questions[id]?.attempts ?? [] };
}

describe('hints', () => {
  test('? gives a list its initials, and the hint is recorded', async () => {
    const r = await quiz(list, '?\ncustomer, cost, convenience, communication\n');
    expect(r.stdout).toContain('They start with: c…, c…, c…, c…');
    expect(r.stdout).toContain('Right.');
    expect(r.attempts('typed-002')).toEqual([expect.objectContaining({ score: 1, hints: 1 })]);
  });

  test("? in a cloze gap gives that gap's first letter, never becomes the text of the gap", async () => {
    const r = await quiz(cloze, '?\nprice\ncost\n');
    expect(r.stdout).toContain('It starts with "p" and has 5 characters.');
    expect(r.stdout).toContain('The (1) ___ P became the (2) ___ C.');
    expect(r.attempts('typed-003')).toEqual([expect.objectContaining({ score: 1, hints: 1 })]);
  });

  test('the prompts say that hints and "I don\'t know" exist', async () => {
    const r = await quiz(recall, 'search engine optimization\n');
    expect(r.stdout).toContain("Your answer (? for a hint, ! if you don't know):");
  });
});

describe("I don't know", () => {
  test('typed: ! shows the answer, scores 0, records no guess and schedules the question soon', async () => {
    const r = await quiz(recall, '!\n1\n');
    expect(r.stdout).toContain('Here is the answer. It counts as not known yet');
    expect(r.stdout).toContain('Answer: search engine optimization');
    const [attempt] = r.attempts('typed-001');
    expect(attempt).toEqual(expect.objectContaining({ score: 0 }));
    const due = new Date(readProgress(r.home).questions['typed-001']!.card!.due);
    expect(due.getTime() - Date.now()).toBeLessThan(60 * 60 * 1000);
  });

  test('a choice question lists "I don\'t know" last', async () => {
    const r = await quiz(choices, '5\n1\n3\n', tempHome(), ['--lesson', 'typed']);
    expect(r.stdout).toMatch(/5\) I don't know/);
    expect(r.stdout).toContain('Here is the answer.');
  });
});

describe('an empty answer is asked again, not graded', () => {
  test('typed', async () => {
    const r = await quiz(recall, '\n\nsearch engine optimization\n');
    expect(r.stdout.match(/Type an answer: \? for a hint, ! if you don't know\./g)).toHaveLength(2);
    expect(r.attempts('typed-001')).toEqual([expect.objectContaining({ score: 1 })]);
  });

  test('multi-select with nothing ticked', async () => {
    const r = await quiz(choices, '\nRed,Blue\n', tempHome(), ['--limit', '1']);
    expect(r.stdout).toContain('Tick at least one choice');
    expect(r.stdout).not.toContain('Not quite');
  });
});

describe('why-notes of multi-select questions reach the learner', () => {
  test('each wrong pick with a note gets it', async () => {
    // The seed puts the multi first; its choices are numbered in shuffled order, so pick by name.
    const r = await quiz(choices, 'Red,Seven,Loud\n1\nFalse\n', tempHome(), ['--limit', '2']);
    expect(r.stdout).toContain('Why not "Seven": Seven is a number, not a colour.');
    expect(r.stdout).toContain('Why not "Loud": Loud describes a sound.');
  });
});

describe('undo takes back a mis-key, never what the learner saw', () => {
  test('hints used before the undo stay on the record', async () => {
    // three ? reveal the answer; undo; type it: still not a known answer
    const r = await quiz(recall, '?\n?\n?\n2\nsearch engine optimization\n');
    expect(r.stdout).toContain('Answer taken back. Try again:');
    expect(r.attempts('typed-001')).toEqual([expect.objectContaining({ score: 0, hints: 2 })]);
  });

  test('a wrong answer taken back and answered right counts as right, but schedules sooner than a first-time right', async () => {
    const now = new Date('2026-03-02T10:00:00Z');
    const directHome = tempHome();
    const direct = await runInProcess(['--content', recall, 'quiz'], {
      input: 'search engine optimization\n',
      home: directHome,
      now: () => now,
    });
    expect(direct.stdout).toContain('Right.');
    const home = tempHome();
    const undone = await runInProcess(['--content', recall, 'quiz'], {
      input: 'search engine marketing\n2\nsearch engine optimization\n',
      home,
      now: () => now,
    });
    expect(undone.stdout).toContain('Answer taken back.');
    expect(readProgress(home).questions['typed-001']!.attempts).toEqual([expect.objectContaining({ score: 1 })]);
    const due = (h: string) => new Date(readProgress(h).questions['typed-001']!.card!.due).getTime();
    expect(due(home)).toBeLessThan(due(directHome));
  });
});

describe('stopping early', () => {
  test('"Stop here" at Next? ends the quiz with the partial score', async () => {
    const r = await quiz(choices, 'Seven\n3\n', tempHome(), ['--limit', '2']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Score: 0 / 1 (0%)');
    expect(r.stdout).toContain('You stopped after 1 question; the score covers those.');
  });

  test('the end of piped input after an answer still shows the score and keeps the answer', async () => {
    const r = await quiz(recall, 'search engine optimization\n');
    expect(r.stdout).toContain('Score: 1 / 1 (100%)');
    const cut = await quiz(choices, 'Red,Blue\n', tempHome(), ['--limit', '2']);
    expect(cut.status).toBe(130);
    expect(cut.stdout).toContain('Score: 1 / 1 (100%)');
    expect(cut.stdout).toContain('You stopped after 1 question');
  });
});

describe('a lesson check counts like any other answer', () => {
  test('a wrong check answered while reading comes back in review', async () => {
    const home = tempHome();
    const day0 = new Date('2026-03-02T10:00:00Z');
    const learn = await runInProcess(['--content', recall, 'learn', 'typed'], { input: 'Seven\n1\n', home, now: () => day0 });
    expect(learn.stdout).toContain('Not quite');
    const later = new Date(day0.getTime() + 3 * 86400000);
    const review = await runInProcess(['--content', recall, 'review'], { input: 'Red\n', home, now: () => later });
    expect(review.stdout).toContain('Which of these is a colour?');
    expect(review.stdout).toContain('Score: 1 / 1 (100%)');
  });
});

describe('one place to start', () => {
  test('a bare nm-tutor in a terminal continues where the learner is, saying why', async () => {
    const home = tempHome();
    const first = await runInProcess(['--content', recall], { home, interactive: true, input: 'Red\n' });
    expect(first.stdout.replace(/\s+/g, ' ')).toContain(
      `Next: nm-tutor --content ${recall} learn typed (the next lesson in the course, not started yet).`,
    );
    expect(first.stdout).toContain('First section');
    const later = new Date(Date.now() + 3 * 86400000);
    const second = await runInProcess(['--content', recall, 'study'], { home, now: () => later, input: 'search engine optimization\n' });
    expect(second.stdout.replace(/\s+/g, ' ')).toMatch(/Next: nm-tutor --content \S+ (review|quiz --lesson typed) \(/);
  });

  test('piped, or with --help, it still prints the help', async () => {
    const piped = await runInProcess([]);
    expect(piped.stdout).toContain('Usage: nm-tutor');
    const help = await runInProcess(['--help'], { interactive: true });
    expect(help.stdout).toContain('Usage: nm-tutor');
  });
});

describe('quiz --studied and topics follow what was read', () => {
  test('--studied asks only about sections already read; topics says how far each lesson is read', async () => {
    const home = tempHome();
    const none = await runInProcess(['--content', miniPack, 'quiz', '--studied'], { home });
    expect(none.stdout).toContain('You have not finished a section yet');
    // Within one lesson, the hint names that lesson.
    const noneInLesson = await runInProcess(['--content', miniPack, 'quiz', '--studied', '--lesson', 'mini'], { home });
    expect(noneInLesson.stdout).toContain(
      `You have not finished a section of this lesson yet, so --studied has nothing to ask. Start with \`nm-tutor --content ${miniPack} learn mini\`.`,
    );
    await runInProcess(['--content', miniPack, 'learn', 'mini'], { home, input: 'Red\nn\n' });
    const quiz = await runInProcess(['--content', miniPack, 'quiz', '--studied', '--limit', '50'], { home, input: '1\n'.repeat(60) });
    const ids = Object.keys(readProgress(home).questions).filter((id) => id.startsWith('mini-'));
    // mini-001, -002, -003 and -008 test the first section; the rest test the second, not yet read.
    expect(ids.sort()).toEqual(['mini-001', 'mini-002', 'mini-003', 'mini-008']);
    expect(quiz.stdout).toContain('question 4 of 4');
    const topics = await runInProcess(['--content', miniPack, 'topics'], { home });
    expect(topics.stdout).toContain('A tiny lesson (2 sections, 1 read, 9 questions)');
  });
});

test('progress --lesson shows mastery section by section and points at the weakest', async () => {
  const home = tempHome();
  await runInProcess(['--content', miniPack, 'quiz', '--limit', '9', '--seed', '7'], { home, input: '1\n'.repeat(30) });
  const res = await runInProcess(['--content', miniPack, 'progress', '--lesson', 'mini'], { home });
  expect(res.stdout).toMatch(/First section: \d+%/);
  expect(res.stdout).toMatch(/Second section: \d+%/);
  expect(res.stdout.replace(/\s+/g, ' ')).toMatch(
    /Weakest section: "(First|Second) section"\. Read it again: nm-tutor --content \S+ learn mini (first|second)/,
  );
  const json = JSON.parse((await runInProcess(['--content', miniPack, 'progress', '--lesson', 'mini', '--json'], { home })).stdout);
  expect(json.sectionMastery.map((s: { id: string }) => s.id)).toEqual(['first', 'second']);
});

test('q at "Next?" stops the session with the score so far (Esc or q in the terminal UI)', async () => {
  const res = await runInProcess(['--content', packWith(CHOICE_QUESTIONS), 'quiz', '--limit', '2'], { input: 'Seven\nq\n' });
  expect(res.status).toBe(0);
  expect(res.stdout).toContain('You stopped after 1 question');
});

describe('hostile input', () => {
  test('a choice with a line break in it is refused at its file:line:col', async () => {
    const pack = packWith(`  - id: typed-009
    section: first
    kind: single
    prompt: Pick one.
    choices: ["Red\\n✔ Right.", Blue]
    answer: Blue
    explanation: Blue.
    why:
      "Red\\n✔ Right.": Red is not it.
`);
    const res = await runInProcess(['validate', pack]);
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/quizzes\/typed\.yaml:\d+:\d+: each item of "choices" must be one line: "Red…" has a line break/);
  });

  test('an endless piped line is cut into lines of at most 64 KiB, not buffered until the heap gives out', async () => {
    const { boundedLines, MAX_LINE_CHARS } = await import('../../src/ui/plain-prompter.js');
    const { Readable } = await import('node:stream');
    const chunks = Array.from({ length: 50 }, () => 'y'.repeat(10_000));
    let text = '';
    for await (const part of Readable.from([...chunks, '\nshort\n']).pipe(boundedLines())) text += part.toString();
    const lines = text.split('\n');
    expect(Math.max(...lines.map((l) => l.length))).toBe(MAX_LINE_CHARS);
    expect(lines.join('')).toBe(`${'y'.repeat(500_000)}short`);
    const res = await runInProcess(['--content', recall, 'quiz'], { input: 'y'.repeat(300_000) });
    expect(res.status).toBe(130);
    expect(res.stdout).toContain('Score: 0 / 1 (0%)');
  });
});

test('feedback that cites a numbered source says how to find out what it is', async () => {
  const pack = packWith(`  - id: typed-010
    section: first
    kind: recall
    prompt: Name the colour.
    answer: red
    explanation: Source 002 calls it red.
`);
  const res = await runInProcess(['--content', pack, 'quiz'], { input: 'blue\n1\n' });
  expect(res.stdout.replace(/\s+/g, ' ')).toContain(`What the numbered sources are: nm-tutor --content ${pack} sources`);
  const plain = await runInProcess(['--content', recall, 'quiz'], { input: 'blue\n1\n' });
  expect(plain.stdout).not.toContain('What the numbered sources are');
});
