// A 50x20 terminal, as a learner on a split screen has: the card title keeps its counter, and progress is
// wrapped by the tutor (tmux never has to wrap a line, so no word is cut in two).
import { afterEach, expect, test } from '@jest/globals';
import { runCli, tempHome } from '../support/run-cli.js';
import { Terminal } from './tmux.js';

let term: Terminal | undefined;
afterEach(() => term?.close());

const env = (home: string) => ({ NM_TUTOR_HOME: home, PATH: process.env.PATH ?? '', TERM: 'xterm-256color', LANG: 'en_US.UTF-8' });

test('a lesson card keeps its 1/11 counter when the title is too long for the border', async () => {
  term = new Terminal(['learn', 'functions'], env(tempHome()), { width: 50, height: 20 });
  const screen = await term.waitFor(/╭.*─╮/);
  expect(screen).toMatch(/╭ The eight functions of network.*… · 1\/11 ─+╮/);
});

test('progress at 50 columns: every line fits, long lines are wrapped between words', async () => {
  const home = tempHome();
  runCli(['quiz', '--limit', '3', '--seed', '2'], { home, input: '1\n\n'.repeat(3) });
  term = new Terminal(['progress'], env(home), { width: 50, height: 40 });
  const screen = await term.waitFor('EXIT=0');
  // screen() joins the lines tmux wrapped, so a line over 50 columns is one the tutor did not wrap itself.
  const lines = screen.split('\n').filter((l) => !l.startsWith('EXIT='));
  expect(lines.filter((l) => l.length > 50)).toEqual([]);
  const due = lines.findIndex((l) => l.startsWith('Due now:'));
  // Wrapped at a space: joining the two lines with one space gives the sentence back whole.
  expect(lines.slice(due, due + 2).join(' ')).toMatch(/^Due now: \d+ · today: \d+ · this week: \d+ \(next: (in|tomorrow|today) [^)]*\)$/);
  // Worded the way the tutor was run: under `npx jest` the tmux server inherits npm_command=exec, so `npx nm-tutor`.
  expect(lines.join(' ')).toMatch(/Next: (npx )?nm-tutor learn basics — the next lesson in the course, not started yet/);
});
