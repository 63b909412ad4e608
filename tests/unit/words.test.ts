// The catalogue's counted sentences: one and many through Intl.PluralRules, never "item(s)" or "1 questions".
import { describe, expect, test } from '@jest/globals';
import { count, words, type Words } from '../../src/words.js';

describe('count', () => {
  test.each([
    [0, 'question', undefined, '0 questions'],
    [1, 'question', undefined, '1 question'],
    [2, 'question', undefined, '2 questions'],
    [1, 'question is', 'questions are', '1 question is'],
    [3, 'question is', 'questions are', '3 questions are'],
  ])('count(%j, %j, %j) is %j', (n, one, other, expected) => {
    expect(count(n, one, other)).toBe(expected);
  });
});

describe('sentences whose plural was hand-rolled', () => {
  test.each([
    ['journal lines, one', words.store.skippedLines(1, 'p.journal'), 'Skipped 1 unfinished line in p.journal,'],
    ['journal lines, many', words.store.skippedLines(3, 'p.journal'), 'Skipped 3 unfinished lines in p.journal,'],
    ['repairs, one', words.store.repairs(['lesson "a"']), '1 unusable item (lesson "a")'],
    ['repairs, many', words.store.repairs(['a', 'b', 'c', 'd']), '4 unusable items (a, b, c, …)'],
    ['import skipped, one', words.transfer.skipped(1, 'in.json', 'x'), 'Skipped 1 unusable item in in.json (e.g. x);'],
    ['import skipped, many', words.transfer.skipped(2, 'in.json', 'x'), 'Skipped 2 unusable items in in.json (e.g. x);'],
    [
      'import summary, one',
      words.transfer.imported('in.json', { added: 1, updated: 0, unchanged: 0, lessons: 1 }),
      'Imported in.json: 1 new question, 0 updated, 0 unchanged, 1 lesson position updated.',
    ],
    [
      'import summary, many',
      words.transfer.imported('in.json', { added: 2, updated: 1, unchanged: 3, lessons: 0 }),
      'Imported in.json: 2 new questions, 1 updated, 3 unchanged, 0 lesson positions updated.',
    ],
    ['export, one', words.flashcards.wrote(1, 'c.csv', 'csv'), 'Wrote 1 question to c.csv (csv).'],
    ['export, many', words.flashcards.wrote(9, 'c.csv', 'csv'), 'Wrote 9 questions to c.csv (csv).'],
    ['warnings held back, one', words.validate.moreWarnings(1, 'cue'), '… and 1 more [cue] warning'],
    ['warnings held back, many', words.validate.moreWarnings(5, 'cue'), '… and 5 more [cue] warnings'],
    ['streak, one', words.progressView.streak(1), 'Study streak: 1 day'],
    ['streak, many', words.progressView.streak(2), 'Study streak: 2 days'],
    ['topics line, one', words.topics.lesson('Basics', 1, 1, 1), 'Basics (1 section, read, 1 question)'],
    ['topics line, many', words.topics.lesson('Basics', 2, 1, 9), 'Basics (2 sections, 1 read, 9 questions)'],
    ['position in a quiz', words.render.position(1, 2), 'question 1 of 2'],
    ['activity, one', words.progressView.activity(1, 1, 84), '1 answer on 1 day of 84.'],
    ['activity, many', words.progressView.activity(5, 2, 84), '5 answers on 2 days of 84.'],
  ])('%s', (_name, text, start) => {
    expect(text.startsWith(start)).toBe(true);
    expect(text).not.toMatch(/\(s\)|\b1 \w+s\b/);
  });

  test('the validate summary counts each thing in its own number', () => {
    const one = { lessons: 1, sections: 1, questions: 1, applied: 1, concepts: 1, terms: 1, warnings: 1 };
    expect(words.validate.summary(one)).toBe('1 lesson, 1 section, 1 question (1 application), 1 concept, 1 glossary term, 1 lint warning');
    const two = { lessons: 2, sections: 2, questions: 2, applied: 2, concepts: 2, terms: 2, warnings: 0 };
    expect(words.validate.summary(two)).toBe(
      '2 lessons, 2 sections, 2 questions (2 application), 2 concepts, 2 glossary terms, 0 lint warnings',
    );
  });
});

describe('formatted through Intl', () => {
  test('weekday names of the calendar, Monday first', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map(words.progressView.weekday)).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
  });
});

describe('the help words', () => {
  test('a verb with one example and one with several', () => {
    expect(words.help.study.after).toBe('\nExample:\n  nm-tutor study');
    expect(words.help.learn.after).toBe('\nExamples:\n  nm-tutor learn functions\n  nm-tutor learn functions customer-service');
  });

  test('a second language is a second object of the same type', () => {
    // The compiler holds this: a catalogue missing an entry, or with an entry of another shape, does not compile.
    const second: Words = { ...words, prompt: { ...words.prompt, answerYesNo: 'Bitte mit j oder n antworten.' } };
    expect(second.prompt.answerYesNo).not.toBe(words.prompt.answerYesNo);
    expect(Object.keys(second)).toEqual(Object.keys(words));
  });
});
