import { expect, test } from '@jest/globals';
import type { Lesson, Section } from '../../src/content/model.js';
import { renderSection } from '../../src/ui/render.js';
import { createTheme } from '../../src/ui/theme.js';

const theme = createTheme(undefined, {}, 60);
const paragraph = (n: number) => `Paragraph ${n} ${'explains one idea in plain words '.repeat(6)}`.trim();
const section = {
  id: 's',
  title: 'A long section',
  body: [1, 2, 3, 4].map(paragraph).join('\n\n'),
  example: `Example text ${'about a tea shop '.repeat(10)}`,
  keyPoints: ['First point', 'Second point'],
} as unknown as Section;
const lesson = { title: 'Lesson', sections: [section] } as unknown as Lesson;
const lineCount = (card: string) => card.split('\n').length;

test('without a screen height, a section is one card', () => {
  expect(renderSection(theme, lesson, section, 0)).toHaveLength(1);
});

test.each([16, 24, 40])('on a %d-row screen, the cards fit, keep the order and lose nothing', (rows) => {
  const whole = renderSection(theme, lesson, section, 0)[0]!;
  const cards = renderSection(theme, lesson, section, 0, rows);
  expect(cards.length).toBeGreaterThan(rows < 40 ? 1 : 0);
  for (const card of cards) expect(lineCount(card)).toBeLessThanOrEqual(rows - 4);
  const text = (s: string) =>
    s
      .replace(/[│╭╮╰╯─]/g, ' ')
      .replace(/Lesson · 1\/1( \(continued\))?/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  expect(text(cards.join('\n'))).toBe(text(whole));
  expect(cards[0]).toContain('A long section');
  expect(cards.slice(1).every((c) => c.includes('(continued)'))).toBe(true);
});

test('a single paragraph taller than a 20-row screen is split between lines, so its start never scrolls away', () => {
  const narrow = createTheme(undefined, {}, 50);
  const long = { ...section, body: 'One long paragraph '.repeat(60).trim() } as unknown as Section;
  const cards = renderSection(narrow, lesson, long, 0, 20);
  expect(cards.length).toBeGreaterThan(1);
  for (const card of cards) expect(lineCount(card)).toBeLessThanOrEqual(20 - 4);
  expect(cards[0]).toContain('A long section');
});
