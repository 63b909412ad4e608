// Pack text and the messages naming pack files reach the terminal only after cleaning (issue 12, item 16).
import { expect, test } from '@jest/globals';
import { parseYaml } from '../../src/content/parse-yaml.js';
import { sanitizeLine, sanitizeText } from '../../src/content/sanitize.js';

test.each([
  ['zero-width space and joiner', 'Pro\u200bmo\u200dtion', 'Promotion'],
  ['line and paragraph separators', 'Right.\u2028✔ Right.\u2029', 'Right.✔ Right.'],
  ['Unicode tag characters', 'A\u{E0041}\u{E0042}B', 'AB'],
  ['byte-order mark and word joiner', '\ufeffA\u2060B', 'AB'],
])('%s are removed', (_name, input, expected) => {
  expect(sanitizeText(input)).toBe(expected);
});

test('a message line keeps no newline and no escape', () => {
  expect(sanitizeLine('quizzes/a\n✔ Right.\u001b]0;x\u0007.yaml')).toBe('quizzes/a ✔ Right..yaml');
});

test('a YAML tag and the file name in a parse error are cleaned', () => {
  const { errors } = parseYaml('kind: !<x\u001b[2J> quiz\n', 'quizzes/\u001b[31mred.yaml');
  expect(errors.join('\n')).not.toMatch(/\u001b/);
  expect(errors[0]).toMatch(/^quizzes\/red\.yaml:1:7: /);
});
