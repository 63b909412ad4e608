import { expect, test } from '@jest/globals';
import { wrapText } from '../../src/ui/theme.js';

test.each([
  ['one two three four', 9, 'one two\nthree\nfour'],
  ['a\nb', 80, 'a b'],
  ['para one\n\npara two', 80, 'para one\n\npara two'],
  ['Intro:\n- first item that wraps here\n- second', 16, 'Intro:\n- first item\n  that wraps\n  here\n- second'],
  ['1. one\n2. two', 80, '1. one\n2. two'],
])('wrapText(%j, %d)', (text, width, expected) => expect(wrapText(text, width)).toBe(expected));

test('every wrapped line fits the width', () => {
  const text = 'Network marketing is an integral part of a firm\'s overall marketing strategy. '.repeat(5);
  for (const line of wrapText(text, 40).split('\n')) expect(line.length).toBeLessThanOrEqual(40);
});
