// End-to-end in plain line mode: piped answers, as scripts and screen readers use the tutor.
import { describe, expect, test } from '@jest/globals';
import { miniPack, readProgress, repoRoot, runPipeline, tempHome } from '../support/run-cli.js';
import { runInProcess } from '../support/run-in-process.js';
import path from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';

const typedPack = path.join(repoRoot, 'tests/fixtures/typed');

const mini = ['--content', miniPack];

describe('plain mode', () => {
  test('quiz uses every piped answer, saves each, and summarises', async () => {
    const home = tempHome();
    // Every answer "1" picks the first option; typed questions get "1" too and are wrong.
    const res = await runInProcess([...mini, 'quiz', '--limit', '9', '--seed', '7'], { home, input: '1\n'.repeat(40) });
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
    expect(res.stdout).toContain('question 9 of 9');
    expect(res.stdout).toMatch(/Score: [\d.]+ \/ 9/);
    const progress = readProgress(home);
    expect(Object.keys(progress.questions).sort()).toEqual([
      'mini-001',
      'mini-002',
      'mini-003',
      'mini-004',
      'mini-005',
      'mini-006',
      'mini-007',
      'mini-008',
      'mini-009',
    ]);
    for (const q of Object.values(progress.questions)) expect(q.card?.due).toMatch(/^\d{4}-/);
  });

  test('the same seed gives the same quiz', async () => {
    const a = await runInProcess([...mini, 'quiz', '--limit', '5', '--seed', '42'], { input: '1\n'.repeat(30) });
    const b = await runInProcess([...mini, 'quiz', '--limit', '5', '--seed', '42'], { input: '1\n'.repeat(30) });
    expect(a.stdout).toBe(b.stdout);
  });

  test('typed answers forgive typos, show the spelling, and offer a hint ladder', async () => {
    const res = await runInProcess(['--content', typedPack, 'quiz'], { input: '?\n?\nthe Search Engin Optimisaton\n' });
    expect(res.status).toBe(0);
    expect(res.stdout).toContain('It starts with "s" and has 26 characters.');
    expect(res.stdout).toContain('It starts with "search engine".');
    expect(res.stdout).toContain('Right.');
    expect(res.stdout.replace(/\s+/g, ' ')).toContain(
      'Accepted with a small typo: "Search Engin Optimisaton" read as "Search Engin optimization".',
    );
    expect(res.stdout).toContain('SEO is search engine optimisation.');
  });

  test('a wrong typed answer shows the correct answer and the section to revisit', async () => {
    const res = await runInProcess(['--content', typedPack, 'quiz'], { input: 'social media\n' });
    expect(res.stdout).toContain('Not quite.');
    expect(res.stdout).toContain('Answer: search engine optimization');
    const revisit = res.stdout.replace(/\n(?=\S)/g, ' ').match(/Revisit: (nm-tutor .*?) \("First section"\)/)?.[1];
    expect(revisit).toBe(`nm-tutor --content ${typedPack} learn typed first`);
    // The link is a command that works: pasted back, it opens that section.
    const opened = await runInProcess(revisit!.split(' ').slice(1), { input: 'Red\n' });
    expect(opened.status).toBe(0);
    expect(opened.stdout).toContain('First section');
    expect(opened.stdout).toContain('Check yourself (from memory):');
  });

  test('a section opens by id, as topic#section too, and a finished lesson says so instead of starting over', async () => {
    const home = tempHome();
    const second = await runInProcess([...mini, 'learn', 'mini#second'], { home, input: 'True\n' });
    expect(second.stdout).toMatch(/A tiny lesson, 2\/2/);
    expect(second.stdout).not.toContain('1/2');
    const rest = await runInProcess([...mini, 'learn', 'mini'], { home, input: 'Red\n' });
    expect(rest.stdout).toMatch(/A tiny lesson, 1\/2/);
    const again = await runInProcess([...mini, 'learn', 'mini'], { home, input: '2\n2\nTrue\n' });
    expect(again.stdout).toContain('You have finished "A tiny lesson". What now?');
    expect(again.stdout).toMatch(/A tiny lesson, 2\/2/);
    const unknown = await runInProcess([...mini, 'learn', 'mini', 'third']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain("Lesson 'mini' has no section 'third'. Its sections: first, second.");
  });

  test('EOF mid-session ends cleanly with 130 and keeps saved answers', async () => {
    const home = tempHome();
    const res = await runInProcess([...mini, 'quiz', '--limit', '9', '--seed', '7'], { home, input: '1\n1\n1\n' });
    expect(res.status).toBe(130);
    expect(res.stderr).toContain('Everything you answered is saved');
    expect(res.stderr).not.toMatch(/at .*\.js:\d+/);
    expect(Object.keys(readProgress(home).questions).length).toBeGreaterThanOrEqual(1);
  });

  test('learn walks the sections, records position, and offers to resume', async () => {
    const home = tempHome();
    const first = await runInProcess([...mini, 'learn', 'mini'], { home, input: 'Red\nn\n' });
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('First section');
    expect(first.stdout).toContain('Key points');
    expect(first.stdout).toContain('Check yourself');
    expect(first.stdout).toContain('Right.');
    expect(readProgress(home).lessons.mini).toMatchObject({ lastSection: 'first', completed: ['first'] });
    const second = await runInProcess([...mini, 'learn', 'mini'], { home, input: '1\nTrue\n' });
    expect(second.stdout).toContain('You reached section 2 of 2');
    expect(second.stdout).toContain('Second section');
    expect(second.stdout).not.toContain('First section ');
    expect(second.stdout).toContain('You finished "A tiny lesson"');
    expect(readProgress(home).lessons.mini!.completed).toEqual(['first', 'second']);
  });

  test('learn without a topic offers a menu', async () => {
    const res = await runInProcess([...mini, 'learn'], { input: '1\n1\nn\n' });
    expect(res.stdout).toContain('Which lesson?');
    expect(res.stdout).toContain('1) A tiny lesson (0/2 sections)');
  });

  test('compare prints the table and runs the sorting drill', async () => {
    const res = await runInProcess([...mini, 'compare', 'num', 'color'], { input: 'y\n' + '1\n'.repeat(7), env: { COLUMNS: '100' } });
    expect(res.status).toBe(0);
    expect(res.stdout).toContain('Number vs Colour');
    // Line mode stacks the table: no borders for a screen reader to read out.
    expect(res.stdout).toContain('Definition\n  Number: A count.\n  Colour: A kind of light.');
    expect(res.stdout).toContain('Sort each statement');
  });

  test('compare --json prints only JSON', async () => {
    const res = await runInProcess([...mini, 'compare', 'colour', 'number', '--json']);
    const data = JSON.parse(res.stdout);
    expect(data.concepts.map((c: { id: string }) => c.id)).toEqual(['colour', 'number']);
  });

  test('three days after a quiz, review has due items, most overdue first; before that it says when', async () => {
    const home = tempHome();
    await runInProcess([...mini, 'quiz', '--limit', '9', '--seed', '7'], { home, input: '1\n'.repeat(40) });
    const early = await runInProcess([...mini, 'review'], { home, input: 'n\n' });
    expect(early.stdout).toMatch(/Nothing is due for review\. The next one is due in \d+ (minutes?|hours)/);
    // Move the whole history three days into the past, as if the learner came back later.
    const file = path.join(home, 'progress.json');
    const shift = (iso: string) => new Date(Date.parse(iso) - 3 * 86400000).toISOString();
    const data = JSON.parse(readFileSync(file, 'utf8'));
    for (const q of Object.values(data.questions) as { attempts: { at: string }[]; card: { due: string; last_review: string } }[]) {
      for (const a of q.attempts) a.at = shift(a.at);
      q.card.due = shift(q.card.due);
      q.card.last_review = shift(q.card.last_review);
    }
    writeFileSync(file, JSON.stringify(data));
    const report = JSON.parse((await runInProcess([...mini, 'progress', '--json'], { home })).stdout);
    expect(report.due.now).toBeGreaterThan(0);
    expect(report.next).toEqual({ action: 'review', due: report.due.now, command: `nm-tutor --content ${miniPack} review` });
    const review = await runInProcess([...mini, 'review', '--limit', '2'], { home, input: '1\n'.repeat(20) });
    expect(review.status).toBe(0);
    expect(review.stdout).toMatch(/\d+ questions? (is|are) due; reviewing 2, most overdue first\./);
    expect(review.stdout).toMatch(/Score: [\d.]+ \/ 2/);
  });

  test('reset clears a topic after confirmation, and not without it', async () => {
    const home = tempHome();
    await runInProcess([...mini, 'quiz', '--limit', '3', '--seed', '7'], { home, input: '1\n'.repeat(20) });
    const kept = await runInProcess([...mini, 'reset', 'mini'], { home, input: 'n\n' });
    expect(kept.stdout).toContain('Nothing was cleared.');
    expect(Object.keys(readProgress(home).questions)).toHaveLength(3);
    const cleared = await runInProcess([...mini, 'reset', 'mini', '--yes'], { home });
    expect(cleared.stdout).toContain('Cleared your progress on "A tiny lesson".');
    expect(Object.keys(readProgress(home).questions)).toHaveLength(0);
  });

  test('progress shows mastery bars, due counts, streak and a next step', async () => {
    const home = tempHome();
    await runInProcess([...mini, 'quiz', '--limit', '4', '--seed', '7'], { home, input: '1\n'.repeat(30) });
    const res = await runInProcess([...mini, 'progress'], { home, env: { COLUMNS: '100' } });
    // Line mode says it in words: no bars, no calendar grid, no typographic marks.
    // 9 quiz questions and 2 section checks: a check answered while reading counts like a quiz answer.
    expect(res.stdout).toMatch(/mini: \d+% mastery, read 0\/2, answered \d\/11/);
    expect(res.stdout).toMatch(/Due now: \d+, today: \d+, this week: \d+/);
    expect(res.stdout).toContain('Study streak: 1 day');
    expect(res.stdout).toContain('Last 12 weeks');
    expect(res.stdout.replace(/\s+/g, ' ')).toContain(
      `Next: nm-tutor --content ${miniPack} learn mini - the next lesson in the course, not started yet`,
    );
    const json = JSON.parse((await runInProcess([...mini, 'progress', '--json'], { home })).stdout);
    expect(json).toMatchObject({ streakDays: 1, due: { now: 0 } });
    expect(json.lessons[0].mastery).toBeGreaterThan(0);
    expect(json.activity).toHaveLength(84);
  });

  test('progress reports what was studied', async () => {
    const home = tempHome();
    await runInProcess([...mini, 'quiz', '--limit', '9', '--seed', '7'], { home, input: '1\n'.repeat(40) });
    const res = await runInProcess([...mini, 'progress', '--json'], { home });
    const data = JSON.parse(res.stdout);
    expect(data.lessons[0]).toMatchObject({ id: 'mini', answered: 9, questions: 11 });
  });
});

test('a bare `nm-tutor` shows the help and succeeds; every verb has an example in its help', async () => {
  const res = await runInProcess([]);
  expect(res.status).toBe(0);
  expect(res.stdout).toContain('Usage: nm-tutor');
  const verbs = [...res.stdout.matchAll(/^ {2}([a-z]+)[ |]/gm)].map((m) => m[1]!).filter((v) => v !== 'help');
  expect(verbs).toEqual(
    expect.arrayContaining([
      'learn',
      'quiz',
      'compare',
      'topics',
      'progress',
      'review',
      'reset',
      'define',
      'validate',
      'flashcards',
      'new',
      'completion',
    ]),
  );
  for (const verb of verbs) {
    const help = await runInProcess([verb, '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/Examples?:\n {2}.*nm-tutor /);
  }
});

describe('bad usage', () => {
  test.each([
    // The list command keeps the learner's --content, so it lists the pack in use.
    [['learn', 'mni'], 1, `Unknown lesson 'mni'. Did you mean 'mini'? Run \`nm-tutor --content ${mini[1]} topics\` to list them.`],
    [['learn', '--lesson', 'mini', 'first', 'extra'], 2, 'the lesson is given twice'],
    [['quiz', '--lesson', 'mini', '--topic', 'mini'], 2, "option '-t, --topic <id>' cannot be used with option '-l, --lesson <id>'"],
    [['quiz', '--lesson', ''], 1, "Unknown lesson ''."],
    [['compare', 'colour', 'nope'], 1, "Unknown concept 'nope'."],
    [['quiz', '--limit', '0'], 2, '--limit must be a whole number from 1 to 1000.'],
    [['quiz', '--limit', 'abc'], 2, '--limit must be a whole number'],
    [['compare', 'colour'], 2, "missing required argument 'b'"],
    [['frobnicate'], 2, "unknown command 'frobnicate'"],
  ])('%j exits %d', async (args, status, message) => {
    const res = await runInProcess([...mini, ...args]);
    expect(res.status).toBe(status);
    expect(res.stderr).toContain(message);
    expect(res.stderr).not.toMatch(/\n\s+at /);
  });

  test('a forgivable misspelling is taken as meant, said on stderr so --json stays clean', async () => {
    const res = await runInProcess([...mini, 'compare', 'colur', 'number', '--json']);
    expect(res.status).toBe(0);
    expect(res.stderr).toBe("Taking 'colur' to mean 'colour'.\n");
    expect(JSON.parse(res.stdout).concepts.map((c: { id: string }) => c.id)).toEqual(['colour', 'number']);
  });

  test.each([
    ['compare', 'colour', 'number'],
    ['quiz', '--limit', '3'],
    ['define', '--list'],
  ])('%s into a reader that closes early (| true) ends quietly', async (...args) => {
    // `true` exits without reading, so writes meet a closed pipe (EPIPE) while the tutor still waits for answers.
    const res = runPipeline(`nm-tutor --content '${miniPack}' ${args.join(' ')} | true; exit \${PIPESTATUS[0]}`, {
      input: '1\n'.repeat(20),
    });
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
  });
});
