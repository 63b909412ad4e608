// `nm-tutor progress` as a learner reads it: one time style with review, ASCII where the terminal is not
// Unicode, no drawings in plain mode, and wrapped (never cut mid-word) on a narrow terminal.
import { expect, test } from '@jest/globals';
import { miniPack, runCli, tempHome } from './run-cli.js';

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
