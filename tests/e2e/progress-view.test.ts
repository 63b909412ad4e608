// `nm-tutor progress` as a learner reads it: one time style with review, ASCII where the terminal is not
// Unicode, no drawings in plain mode, and wrapped (never cut mid-word) on a narrow terminal.
import { afterEach, describe, expect, test } from '@jest/globals';
import { miniPack, runCli, tempHome } from '../support/run-cli.js';
import { Terminal } from './tmux.js';

const mini = ['--content', miniPack];

/** A home with two answers (one wrong), so something is due a few minutes from now. */
function homeWithHistory(): string {
  const home = tempHome();
  runCli([...mini, 'quiz', '--limit', '2', '--seed', '3'], { home, input: '2\n\n2\n\n' });
  return home;
}

test('progress and review name the next review the same way, in words', () => {
  const home = homeWithHistory();
  const progress = runCli([...mini, 'progress'], { home, env: { LANG: 'en_US.UTF-8' } });
  const review = runCli([...mini, 'review'], { home, input: 'n\n', env: { LANG: 'en_US.UTF-8' } });
  const fromProgress = /\(next: (in \d+ minutes?)\)/.exec(progress.stdout)?.[1];
  const fromReview = /The next one is due (in \d+ minutes?)\./.exec(review.stdout)?.[1];
  expect(fromProgress).toBeDefined();
  expect(fromProgress).toBe(fromReview);
  expect(progress.stdout).not.toMatch(/\d+\/\d+\/\d{4}|:\d\d:\d\d/); // no US date, no seconds
});

const MARKS = /[│─╭╮╰╯┼█░▒▓·–—]/;

describe('no drawings in line mode, ASCII on a dumb terminal', () => {
  let term: Terminal | undefined;
  afterEach(() => term?.close());

  test.each([
    ['--plain in a Unicode terminal', { TERM: 'xterm-256color' }, ['--plain']],
    ['TERM=dumb', { TERM: 'dumb' }, []],
  ])('%s: progress, compare and a lesson card draw no borders, bars or marks', async (_name, env, flags) => {
    const home = homeWithHistory();
    const base = { NM_TUTOR_HOME: home, PATH: process.env.PATH ?? '', LANG: 'en_US.UTF-8', ...env };
    term = new Terminal([...flags, ...mini, 'progress'], base, { width: 100, height: 40 });
    const progress = await term.waitFor('EXIT=0');
    expect(progress).toContain('mini: ');
    expect(progress).toContain('Last 12 weeks: ');
    expect(progress).not.toMatch(MARKS);
    term.close();
    term = new Terminal([...flags, ...mini, 'compare', 'colour', 'number', '--no-drill'], base, { width: 100, height: 40 });
    const compare = await term.waitFor('EXIT=0');
    expect(compare).toContain('Definition\n  Colour: A kind of light.');
    expect(compare).not.toMatch(MARKS);
    term.close();
    term = new Terminal([...flags, ...mini, 'learn', 'mini'], base, { width: 100, height: 40 });
    const card = await term.waitFor('Check yourself');
    expect(card).toContain('A tiny lesson, 1/2');
    expect(card).not.toMatch(MARKS);
  });

  test('the terminal UI keeps its bars and borders', async () => {
    const home = homeWithHistory();
    term = new Terminal(
      [...mini, 'progress'],
      { NM_TUTOR_HOME: home, PATH: process.env.PATH ?? '', TERM: 'xterm-256color' },
      { width: 100, height: 40 },
    );
    const screen = await term.waitFor('EXIT=0');
    expect(screen).toMatch(/mini\s+[█░]{20}\s+\d+%\s+read 0\/2 · answered/);
    expect(screen).toMatch(/Next: (npx )?nm-tutor --content \S+ learn mini — the next lesson/);
  });
});
