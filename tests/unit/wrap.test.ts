import { describe, expect, test } from '@jest/globals';
import { Chalk } from 'chalk';
import stringWidth from 'string-width';
import stripAnsi from 'strip-ansi';
import { CONCEPT_DIMENSIONS, type Concept } from '../../src/content/model.js';
import { renderComparison } from '../../src/ui/render.js';
import { createTheme, padDisplay, wrapText } from '../../src/ui/theme.js';

test.each([
  ['one two three four', 9, 'one two\nthree\nfour'],
  ['a\nb', 80, 'a b'],
  ['para one\n\npara two', 80, 'para one\n\npara two'],
  ['Intro:\n- first item that wraps here\n- second', 16, 'Intro:\n- first item\n  that wraps\n  here\n- second'],
  ['1. one\n2. two', 80, '1. one\n2. two'],
])('wrapText(%j, %d)', (text, width, expected) => expect(wrapText(text, width)).toBe(expected));

test('every wrapped line fits the width', () => {
  const text = "Network marketing is an integral part of a firm's overall marketing strategy. ".repeat(5);
  for (const line of wrapText(text, 40).split('\n')) expect(line.length).toBeLessThanOrEqual(40);
});

describe('display width, not String.length', () => {
  const chalk = new Chalk({ level: 1 });
  const text = `${chalk.bold('Answer:')} ${chalk.cyan('network marketing')} is the whole of a firm's online marketing work, planned and measured.`;

  test('colour codes take no room: coloured text wraps exactly where plain text does', () => {
    const coloured = wrapText(text, 40);
    expect(stripAnsi(coloured)).toBe(wrapText(stripAnsi(text), 40));
    for (const line of coloured.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(40);
    // The first line is filled as far as plain text would be (it used to stop up to ten columns short).
    expect(stripAnsi(coloured.split('\n')[0]!)).toBe('Answer: network marketing is the whole');
  });

  test('wide CJK characters count two columns, and a sentence without spaces is broken to fit', () => {
    const cjk = '网络营销是企业整体营销战略的一个组成部分，是为实现企业总体经营目标所进行的。';
    const lines = wrapText(cjk, 20).split('\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(20);
    expect(lines.join('')).toBe(cjk);
  });

  test('padDisplay pads to columns', () => {
    expect(stringWidth(padDisplay('网络', 6))).toBe(6);
    expect(padDisplay(chalk.red('ab'), 4)).toBe(`${chalk.red('ab')}  `);
  });

  test('the comparison table lines up with colour on and with CJK names', () => {
    const concept = (id: string, name: string, word: string) =>
      ({
        id,
        name,
        aliases: [],
        section: { lesson: 'l', section: 's' },
        statements: [],
        dimensions: Object.fromEntries(CONCEPT_DIMENSIONS.map((d) => [d, `${word} ${d} 网络营销的一个部分 ${word}`])),
      }) as unknown as Concept;
    const theme = createTheme(chalk, {}, 90);
    const table = renderComparison(theme, concept('a', '网络营销', 'alpha'), concept('b', '网络推广', 'beta'));
    const bars = stripAnsi(table)
      .split('\n')
      .filter((l) => l.includes('│'))
      .map((l) => {
        const first = l.indexOf('│');
        return [stringWidth(l.slice(0, first)), stringWidth(l.slice(0, l.indexOf('│', first + 1)))];
      });
    expect(bars.length).toBeGreaterThan(7);
    expect(new Set(bars.map((b) => b.join(','))).size).toBe(1); // every row's borders in the same columns
    for (const line of stripAnsi(table).split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(90);
  });
});
