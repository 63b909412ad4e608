// End-to-end in a real terminal (tmux): the Inquirer path a learner sees, Ctrl-C and signals.
import { afterAll, describe, expect, test } from '@jest/globals';
import path from 'node:path';
import { miniPack, readProgress, repoRoot, tempHome, testCacheDir } from '../support/run-cli.js';

const typedPack = path.join(repoRoot, 'tests/fixtures/typed');
import { Terminal } from './tmux.js';
import { CHOICE_QUESTIONS, explainQuestion, goodExamples, packWith } from '../support/one-question-pack.js';

// Each test has its own tmux server, so they run side by side: most of their time is spent waiting on the screen.
const open: Terminal[] = [];
afterAll(() => open.forEach((t) => t.close()));
function track(t: Terminal): Terminal {
  open.push(t);
  return t;
}

function start(args: string[], home = tempHome(), content: string[] = ['--content', miniPack]): { t: Terminal; home: string } {
  const t = track(
    new Terminal([...content, ...args], {
      NM_TUTOR_HOME: home,
      NM_TUTOR_CACHE_DIR: testCacheDir,
      TERM: 'xterm-256color',
      PATH: process.env.PATH ?? '',
    }),
  );
  return { t, home };
}

/** The prompt waiting for input: Inquirer marks it with "? " (answered ones get a tick). */
function openPrompt(screen: string): string {
  return (
    screen
      .split('\n')
      .filter((l) => l.startsWith('? '))
      .pop() ?? ''
  );
}

/**
 * Answers prompts until `done` shows: "Continue" after a wrong answer, a typed word in text prompts,
 * and in menus `menuKeys` (e.g. Down to pick the second option) then Enter.
 */
async function answerUntil(t: Terminal, done: RegExp, menuKeys: string[] = []): Promise<string> {
  let last = '';
  for (let i = 0; i < 60; i++) {
    const screen = await t.waitFor((s: string) => done.test(s) || (s !== last && /^\? /m.test(s)));
    if (done.test(screen)) return screen;
    const prompt = openPrompt(screen);
    if (/Next\?/.test(prompt)) t.keys('Enter');
    else if (/Continue to the next section/.test(prompt)) t.keys('Enter');
    else if (/Your answer \(|Fill the gap|Gap \d|Type \d items/.test(prompt)) {
      t.type('green');
      t.keys('Enter');
    }
    // An explanation: one line, then the empty continuation line ("? …", answered by Enter below) ends it.
    else if (/In a few sentences/.test(prompt)) {
      t.type('green');
      t.keys('Enter');
    }
    // An empty multi-select is not an answer (the learner is asked again): tick one first.
    else if (/Select all that apply/.test(prompt)) {
      if (menuKeys.length) t.keys(...menuKeys);
      t.keys('Space', 'Enter');
    } else {
      if (menuKeys.length) t.keys(...menuKeys);
      t.keys('Enter');
    }
    last = screen;
    await t.waitFor((s: string) => s !== screen);
  }
  throw new Error('too many prompts');
}

describe('in a real terminal', () => {
  test.concurrent('quiz: choose with the keyboard, type answers, see feedback and the score', async () => {
    const { t, home } = start(['quiz', '--lesson', 'mini', '--limit', '9', '--seed', '11']);
    await answerUntil(t, /EXIT=0/, ['Down']);
    const screen = t.screen();
    expect(screen).toMatch(/Score: [\d.]+ \/ 9/);
    expect(screen).toContain('question 9 of 9');
    expect(screen).toMatch(/✔ Right\.|✘ Not quite\.|Partly right/);
    expect(Object.keys(readProgress(home).questions)).toHaveLength(9);
  });

  test.concurrent('a mis-keyed answer can be undone with the keyboard', async () => {
    const home = tempHome();
    const { t } = start(['quiz'], home, ['--content', typedPack]);
    await t.waitFor('Your answer (? for a hint');
    t.type('social media');
    t.keys('Enter');
    await t.waitFor('Not quite.');
    await t.waitFor(/^\? Next\?/m);
    t.keys('Down', 'Enter');
    await t.waitFor('Answer taken back. Try again:');
    await t.waitFor((s) => s.split('Answer taken back')[1]?.includes('? Your answer') ?? false);
    t.type('search engine optimisation');
    t.keys('Enter');
    const screen = await t.waitFor('EXIT=0');
    expect(screen).toContain('Score: 1 / 1 (100%)');
    const attempts = readProgress(home).questions['typed-001']!.attempts;
    expect(attempts.map((a) => a.score)).toEqual([1]);
  });

  test.concurrent('Ctrl-C inside a prompt exits 130, says goodbye, keeps earlier answers', async () => {
    const { t, home } = start(['quiz', '--limit', '3', '--seed', '5']);
    await answerUntil(t, /question 2 of 3/);
    await t.waitFor(/^\? /m);
    t.keys('C-c');
    const screen = await t.waitFor('EXIT=130');
    expect(screen).toContain('Stopped. Everything you answered is saved.');
    expect(screen).not.toMatch(/\n\s+at /);
    expect(Object.keys(readProgress(home).questions)).toHaveLength(1);
  });

  test.concurrent('a bare nm-tutor in a real terminal starts studying where the learner is', async () => {
    const { t } = start([]);
    const screen = await t.waitFor('Ready for the check question?');
    expect(screen.replace(/\s+/g, ' ')).toMatch(/Next: (npx )?nm-tutor --content \S+ learn mini \(the next lesson in the course/);
    expect(screen).not.toContain('Usage: nm-tutor');
  });

  test.concurrent('SIGTERM mid-prompt exits 143 and restores the terminal', async () => {
    const { t } = start(['learn', 'mini']);
    await t.waitFor('Ready for the check question?');
    t.keys('Enter');
    await t.waitFor('Check yourself');
    await t.waitFor('❯');
    process.kill(t.pid(), 'SIGTERM');
    const screen = await t.waitFor('EXIT=143');
    expect(screen).toContain('Stopped.');
  });

  test.concurrent('learn shows the boxed section and the check question', async () => {
    const { t, home } = start(['learn', 'mini']);
    const screen = await t.waitFor('Ready for the check question?');
    expect(screen).toMatch(/╭ A tiny lesson · 1\/2 ─/);
    expect(screen).toMatch(/│ First section\s+│/);
    expect(screen).toContain('• Red is a colour.');
    t.keys('Enter');
    // Retrieval, not copying: the section has left the screen when its check question comes.
    await t.waitFor('Check yourself (from memory)');
    expect(t.visible()).not.toContain('Red is a colour.');
    await answerUntil(t, /Continue to the next section\?/);
    t.type('n');
    t.keys('Enter');
    await t.waitFor('EXIT=0');
    expect(readProgress(home).lessons.mini?.completed).toEqual(['first']);
  });

  test.concurrent('compare draws the table and runs the drill', async () => {
    const { t } = start(['compare', 'colour', 'number']);
    const screen = await t.waitFor('Sort a few statements');
    expect(screen).toMatch(/Definition\s+│ A kind of light\.\s+│ A count\./);
    const done = await answerUntil(t, /EXIT=0/);
    expect(done).toMatch(/Right\.|Partly right|Not quite/);
  });
});

describe('feedback in a real terminal', () => {
  const pack = packWith(CHOICE_QUESTIONS);

  test.concurrent('a wrong multi-select shows the why-note of each wrong pick, and no answered prompt wears a green tick', async () => {
    const { t } = start(['quiz', '--seed', '3'], tempHome(), ['--content', pack]);
    // Tick the first three of four shuffled choices: at least one of them is wrong.
    await t.waitFor('Select all that apply');
    t.keys('Space', 'Down', 'Space', 'Down', 'Space', 'Enter');
    const screen = await t.waitFor(/Not quite|Partly right/);
    expect(screen).toMatch(/Why not "(Seven|Loud)": /);
    expect(screen).not.toContain('✔ Select all');
    // The key bar under the Next? prompt says how to stop (the feedback can be on screen before the prompt is).
    await t.waitFor(/^\? Next\?/m);
    expect(t.screen()).toContain('Ctrl-C stop');
    await answerUntil(t, /EXIT=0/);
    expect(t.screen()).not.toMatch(/✔ True or false/);
  });
});

describe('an explanation in a real terminal', () => {
  test.concurrent('typed over several lines, graded idea by idea, a missed idea ticked afterwards', async () => {
    const home = tempHome();
    const { t } = start(['quiz'], home, ['--content', packWith(explainQuestion(goodExamples))]);
    await t.waitFor('In a few sentences; an empty line ends your answer');
    t.type('Red and blue are the two');
    t.keys('Enter');
    await t.waitFor(/^\? …/m);
    t.type('I remember.');
    t.keys('Enter');
    await t.waitFor((s) => (s.match(/^\? …/gm) ?? []).length >= 1 && /I remember\./.test(s));
    t.keys('Enter');
    const screen = await t.waitFor('Did your answer make any of these points');
    expect(screen).toContain('Partly right (50%)');
    expect(screen).toContain('✔ red and blue are colours');
    expect(screen).toContain('A model answer: Every colour has a name');
    t.keys('Space', 'Enter');
    await t.waitFor('Recorded with the points you ticked: 75%.');
    await answerUntil(t, /EXIT=0/);
    expect(readProgress(home).questions['typed-explain']!.attempts).toEqual([expect.objectContaining({ score: 0.75 })]);
  });
});

describe('a way out', () => {
  test.concurrent('Esc at "Next?" stops the quiz and shows the score so far', async () => {
    const { t } = start(['quiz', '--seed', '3', '--limit', '2'], tempHome(), ['--content', packWith(CHOICE_QUESTIONS)]);
    await t.waitFor('Select all that apply');
    t.keys('Space', 'Down', 'Space', 'Down', 'Space', 'Enter');
    await t.waitFor(/^\? Next\?/m);
    expect(t.screen()).toContain('q stop here');
    t.keys('Escape');
    const screen = await t.waitFor('EXIT=0');
    expect(screen).toContain('You stopped after 1 question');
  });
});

describe('the shipped curriculum in a real terminal, as the README promises', () => {
  const shipped: string[] = [];

  test.concurrent('learn functions: the first section, its check question answered by typing, then stop', async () => {
    const { t, home } = start(['learn', 'functions'], tempHome(), shipped);
    // The first section is taller than this 40-row terminal, so it comes as cards that each fit.
    let screen = await t.waitFor('Read on?');
    expect(screen).toMatch(/╭ The eight functions of network marketing · 1\/11 ─/);
    expect(screen).toContain('Eight jobs network marketing does for a firm');
    expect(t.visible()).toMatch(/╭ The eight functions of network marketing · 1\/11 ─/);
    for (let page = 2; !/Ready for the check question/.test(screen); page++) {
      expect(page).toBeLessThan(6);
      t.keys('Enter');
      screen = await t.waitFor((s: string) => /Ready for the check question/.test(s) || (s.match(/Read on\?/g) ?? []).length === page);
    }
    expect(screen).toMatch(/1\/11 \(continued\)/);
    expect(screen).toContain('Key points');
    t.keys('Enter');
    await t.waitFor('Check yourself');
    t.type(
      'network brand, website promotion, information delivery, sales promotion, distribution channel, customer service, customer relations, online research',
    );
    t.keys('Enter');
    screen = await t.waitFor('Continue to the next section');
    expect(screen).toContain('✔ Right.');
    t.type('n');
    t.keys('Enter');
    await t.waitFor('EXIT=0');
    expect(readProgress(home).lessons.functions?.completed).toEqual(['overview']);
  });

  const shortTerminal = (args: string[]) => {
    return track(
      new Terminal(
        args,
        { NM_TUTOR_HOME: tempHome(), NM_TUTOR_CACHE_DIR: testCacheDir, TERM: 'xterm-256color', PATH: process.env.PATH ?? '' },
        { width: 80, height: 24 },
      ),
    );
  };

  test.concurrent('"Read on?" offers to skip to the check question, which leaves out the rest of the section', async () => {
    const t = shortTerminal(['learn', 'functions']);
    await t.waitFor('Read on?');
    t.keys('Down', 'Enter');
    const screen = await t.waitFor('Check yourself');
    expect(screen).not.toContain('Picture Hilltop Bikes');
    expect(screen).not.toMatch(/\(continued\)/);
  });

  test.concurrent('--plain in a real terminal keeps its one-answer-per-line order: no page prompts', async () => {
    const t = shortTerminal(['learn', 'functions', '--plain']);
    const screen = await t.waitFor('Type 8 items');
    expect(screen).toContain('Picture Hilltop Bikes');
    expect(screen).not.toContain('Read on?');
  });

  test.concurrent('quiz across the shipped topics runs to its score', async () => {
    const { t, home } = start(['quiz', '--limit', '3', '--seed', '7'], tempHome(), shipped);
    const screen = await answerUntil(t, /EXIT=0/);
    expect(screen).toMatch(/Score: [\d.]+ \/ 3/);
    expect(Object.keys(readProgress(home).questions)).toHaveLength(3);
  });

  test.concurrent('compare network-promotion ecommerce draws the table', async () => {
    const { t } = start(['compare', 'network-promotion', 'ecommerce', '--no-drill'], tempHome(), shipped);
    const screen = await t.waitFor('EXIT=0');
    expect(screen).toMatch(/Network promotion\s+│ E-commerce/);
    expect(screen).toMatch(/Definition\s+│/);
  });
});
