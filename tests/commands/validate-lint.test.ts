// `validate` runs the item-quality lint: warnings at file:line:col, counted in the summary, fatal only with
// --strict; quizzes/lint-allow.yaml keeps chosen warnings quiet, and its own mistakes are problems.
import { describe, expect, test } from '@jest/globals';
import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { miniPack, tempHome } from '../support/run-cli.js';
import { runInProcess } from '../support/run-in-process.js';

function pack(allow?: string): string {
  const dir = tempHome();
  cpSync(miniPack, dir, { recursive: true });
  if (allow !== undefined)
    writeFileSync(path.join(dir, 'quizzes', 'lint-allow.yaml'), `formatVersion: 1\nkind: lint-allow\nentries:\n${allow}`);
  return dir;
}
const allowAll = ['mini-003', 'mini-007', 'mini-008']
  .map((q) => `  - { question: ${q}, rule: give-away, why: A fixture for the lint. }\n`)
  .join('');

describe('validate and the lint', () => {
  test('warnings are printed at file:line:col and counted, and do not fail validate', async () => {
    const res = await runInProcess(['validate', pack()]);
    expect(res.status).toBe(0);
    expect(res.stderr).toMatch(/quizzes\/mini\.yaml:21:5: warning \[give-away\] mini-003: its answer is shown by mini-001 \("blue"\)/);
    expect(res.stderr.trim().split('\n')).toHaveLength(3);
    expect(res.stdout.replace(/\s+/g, ' ').trim()).toMatch(/^OK: .*, 3 lint warnings\.$/);
  });

  test('--strict fails on warnings', async () => {
    const res = await runInProcess(['validate', '--strict', pack()]);
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('Failed (--strict):');
    expect(res.stderr).toContain('3 lint warnings');
  });

  test('lint-allow.yaml keeps the warnings it names quiet, so --strict passes', async () => {
    const res = await runInProcess(['validate', '--strict', pack(allowAll)]);
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
    expect(res.stdout).toContain('0 lint warnings');
  });

  test('an allow entry that matches no warning is itself a warning', async () => {
    const res = await runInProcess(['validate', pack(`${allowAll}  - { question: mini-001, rule: echo, why: Stale. }\n`)]);
    expect(res.status).toBe(0);
    expect(res.stderr).toMatch(
      /quizzes\/lint-allow\.yaml:7:5: warning: lint-allow entry for mini-001 \(echo\) matches no warning; remove it/,
    );
  });

  test.each([
    [
      'an unknown question',
      '  - { question: mini-999, rule: echo, why: W. }\n',
      /lint-allow\.yaml:4:5: lint-allow names question "mini-999", which does not exist/,
    ],
    [
      'an unknown rule',
      '  - { question: mini-001, rule: ekho, why: W. }\n',
      /lint-allow\.yaml:4:5: lint-allow names rule "ekho"; the rules are long-answer, absolute-word, echo, give-away, near-duplicate/,
    ],
    ['a missing why', '  - { question: mini-001, rule: echo }\n', /lint-allow\.yaml:4:5: a lint-allow entry is missing "why" \(text\)/],
  ])('%s in lint-allow.yaml is a problem', async (_name, entry, message) => {
    const res = await runInProcess(['validate', pack(entry)]);
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(message);
    expect(res.stderr).not.toMatch(/\n\s+at /);
  });

  test('learners never read lint-allow.yaml: a broken one does not stop a quiz', async () => {
    const res = await runInProcess(['--content', pack('  - nonsense\n'), 'topics']);
    expect(res.status).toBe(0);
  });
});
