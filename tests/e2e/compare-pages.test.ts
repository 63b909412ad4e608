// `compare` in a 100x30 terminal: the table comes a page at a time under its column headers, so when the
// drill prompt appears the headers are still on screen (they used to scroll away with the first rows).
import { afterEach, expect, test } from '@jest/globals';
import { runCli, tempHome } from '../support/run-cli.js';
import { Terminal } from './tmux.js';

let term: Terminal | undefined;
afterEach(() => term?.close());

const HEADERS = /^\s+│ Network promotion\s+│ E-commerce$/m;

test('every page and the drill prompt are shown under the column headers', async () => {
  term = new Terminal(
    ['compare', 'promotion', 'ecommerce'],
    { NM_TUTOR_HOME: tempHome(), PATH: process.env.PATH ?? '', TERM: 'xterm-256color' },
    { width: 100, height: 30 },
  );
  const first = await term.waitFor('Show the next rows (page 2 of 2)?');
  expect(term.visible()).toMatch(HEADERS);
  expect(term.visible()).toContain('Network promotion vs E-commerce');
  expect(first).toContain('Definition');
  term.keys('Enter');
  await term.waitFor('Sort a few statements');
  const visible = term.visible();
  expect(visible).toMatch(HEADERS);
  expect(visible).toContain('Success');
  // Every row was shown, once.
  const all = term.screen();
  for (const label of ['Definition', 'Viewpoint', 'Focus', 'Goal', 'Scope', 'Typical', 'Success']) {
    expect(all.split('\n').filter((l) => l.startsWith(label))).toHaveLength(1);
  }
});

test('declining the next page goes on to the drill; line mode, --no-drill and a tall terminal get one table', async () => {
  term = new Terminal(
    ['compare', 'promotion', 'ecommerce'],
    { NM_TUTOR_HOME: tempHome(), PATH: process.env.PATH ?? '', TERM: 'xterm-256color' },
    { width: 100, height: 30 },
  );
  await term.waitFor('Show the next rows');
  term.type('n');
  term.keys('Enter');
  await term.waitFor('Sort a few statements');
  expect(term.screen()).not.toContain('Success');
  term.close();
  term = new Terminal(
    ['compare', 'promotion', 'ecommerce'],
    { NM_TUTOR_HOME: tempHome(), PATH: process.env.PATH ?? '', TERM: 'xterm-256color' },
    { width: 100, height: 80 },
  );
  const tall = await term.waitFor('Sort a few statements');
  expect(tall).not.toContain('Show the next rows');
  const piped = runCli(['compare', 'promotion', 'ecommerce', '--no-drill'], { env: { COLUMNS: '100' } });
  expect(piped.stdout).not.toContain('Show the next rows');
  expect(piped.stdout).toContain('Success measured by');
});
