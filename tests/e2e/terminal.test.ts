// End-to-end in a real terminal (tmux): the Inquirer path a learner sees, Ctrl-C and signals.
import { afterEach, describe, expect, test } from '@jest/globals';
import { miniPack, readProgress, tempHome } from './run-cli.js';
import { Terminal } from './tmux.js';

let term: Terminal | undefined;
afterEach(() => term?.close());

function start(args: string[], home = tempHome()): { t: Terminal; home: string } {
  term = new Terminal(['--content', miniPack, ...args], { NM_TUTOR_HOME: home, TERM: 'xterm-256color', PATH: process.env.PATH ?? '' });
  return { t: term, home };
}

describe('in a real terminal', () => {
  test('quiz: choose with the keyboard, type answers, see feedback and the score', async () => {
    const { t, home } = start(['quiz', '--topic', 'mini', '--limit', '9', '--seed', '11']);
    // Answer each prompt: move down once and pick in menus, type a word in text prompts, until the summary.
    for (let i = 0; i < 40; i++) {
      const screen = await t.waitFor(/\? .*|Score: /);
      if (/Score: /.test(screen)) break;
      const openPrompt = screen.split('\n').filter((l) => l.startsWith('? ')).pop() ?? '';
      if (/Your answer \(type|Fill the gap|Type \d items/.test(openPrompt)) t.type('green');
      else t.keys('Down');
      t.keys('Enter');
      await new Promise((r) => setTimeout(r, 150));
    }
    const screen = await t.waitFor('EXIT=0');
    expect(screen).toMatch(/Score: [\d.]+ \/ 9/);
    expect(screen).toContain('question 9 of 9');
    expect(Object.keys(readProgress(home).questions)).toHaveLength(9);
  });

  test('Ctrl-C inside a prompt exits 130, says goodbye, keeps earlier answers', async () => {
    const { t, home } = start(['quiz', '--limit', '3', '--seed', '5']);
    await t.waitFor('question 1 of 3');
    await t.waitFor('❯');
    t.keys('Enter');
    await t.waitFor('question 2 of 3');
    t.keys('C-c');
    const screen = await t.waitFor('EXIT=130');
    expect(screen).toContain('Stopped. Everything you answered is saved.');
    expect(screen).not.toMatch(/\n\s+at /);
    expect(Object.keys(readProgress(home).questions)).toHaveLength(1);
  });

  test('SIGTERM mid-prompt exits 143 and restores the terminal', async () => {
    const { t } = start(['learn', 'mini']);
    await t.waitFor('Check yourself');
    await t.waitFor('❯');
    process.kill(t.pid(), 'SIGTERM');
    const screen = await t.waitFor('EXIT=143');
    expect(screen).toContain('Stopped.');
  });

  test('learn shows the boxed section and the check question', async () => {
    const { t, home } = start(['learn', 'mini']);
    const screen = await t.waitFor('Check yourself');
    expect(screen).toMatch(/╭ A tiny lesson · 1\/2: First section/);
    expect(screen).toContain('• Red is a colour.');
    t.keys('Enter');
    await t.waitFor('Continue to the next section?');
    t.type('n');
    t.keys('Enter');
    await t.waitFor('EXIT=0');
    expect(readProgress(home).lessons.mini?.completed).toEqual(['first']);
  });

  test('compare draws the table and runs the drill', async () => {
    const { t } = start(['compare', 'colour', 'number']);
    const screen = await t.waitFor('Sort a few statements');
    expect(screen).toMatch(/Definition\s+│ A kind of light\.\s+│ A count\./);
    t.keys('Enter');
    for (let i = 0; i < 6; i++) {
      await t.waitFor('❯');
      t.keys('Enter');
      await new Promise((r) => setTimeout(r, 120));
    }
    const done = await t.waitFor('EXIT=0');
    expect(done).toMatch(/Right\.|Partly right|Not quite/);
  });
});
