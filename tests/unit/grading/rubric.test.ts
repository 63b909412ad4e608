import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { english } from '../../../src/grading/language.js';
import { checkRubric, creditOf, FLAGGED_CAP, gradeExplanation, type Rubric } from '../../../src/grading/rubric.js';
import { courseLexicon } from './course-lexicon.js';

const lexicon = courseLexicon();
interface RawRubric extends Rubric {
  id: string;
  prompt: string;
}
const rubrics = (parse(readFileSync('tests/grader-set/explain.yaml', 'utf8')) as { rubrics: RawRubric[] }).rubrics.map((r) => ({
  ...r,
  misconceptions: r.misconceptions ?? [],
}));
const definition = rubrics.find((r) => r.id === 'basics-explain-definition')!;
const promotion = rubrics.find((r) => r.id === 'promotion-explain-vs-marketing')!;
const grade = (answer: string, r: RawRubric = definition) => gradeExplanation(answer, r, r.prompt, lexicon, english);
const covered = (answer: string, r: RawRubric = definition) =>
  grade(answer, r)
    .ideas.filter((i) => i.covered)
    .map((i) => i.id);

describe('the grader-set rubrics pass their own examples', () => {
  test.each(rubrics.map((r) => [r.id, r] as const))('%s', (_, r) => {
    expect(r.examples.length).toBeGreaterThanOrEqual(6);
    expect(checkRubric(r, r.prompt, lexicon, english)).toEqual([]);
  });
});

describe("ideas in the learner's own words", () => {
  test.each<[string, string[]]>([
    ['It is marketing that relies on the web to reach the goals of marketing.', ['internet-means', 'purpose']],
    ['Firms use online channels to reach their marketing targets.', ['internet-means', 'purpose']],
    ['A company markets through the internet, in every stage from information to trade.', ['internet-means', 'whole-process']],
    ['It covers the entire process of the business, from information to the deal.', ['whole-process']],
    ['Marketing.', []],
    ['', []],
  ])('%j', (answer, ideas) => expect(covered(answer)).toEqual(ideas));

  test("each covered idea quotes the learner's words; missing ones quote nothing", () => {
    const g = grade('Firms use the web as a medium to reach their goals of marketing.');
    expect(g.ideas).toEqual([
      {
        id: 'internet-means',
        label: 'uses the internet as its basic means',
        covered: true,
        words: ['web', 'medium'],
        typos: [],
        copied: false,
      },
      { id: 'purpose', label: 'to reach the goals of marketing', covered: true, words: ['goals', 'marketing'], typos: [], copied: false },
      {
        id: 'whole-process',
        label: "runs through the whole process of the firm's online business",
        covered: false,
        words: [],
        typos: [],
        copied: false,
      },
    ]);
    expect(g.score).toBe(0.667);
  });

  test("typos in an idea's words are forgiven and reported with the spelling matched", () => {
    const g = grade('It relies on the intenet as its main tol to reach marketing objectivs through the entire proces.');
    expect(g.ideas.map((i) => i.covered)).toEqual([true, true, true]);
    expect(g.ideas.flatMap((i) => i.typos)).toEqual([
      { given: 'intenet', matched: 'internet' },
      { given: 'objectivs', matched: 'objective' },
      { given: 'proces', matched: 'process' },
    ]);
  });

  test('an idea named only in a negated clause is not covered', () => {
    expect(covered('It does not use the internet as a tool.')).toEqual([]);
  });
});

describe('misconceptions', () => {
  test.each<[string, string[], number]>([
    ['Network marketing is pyramid selling: you recruit distributors.', ['mlm'], 0],
    ['It is online sales.', ['online-sales'], 0],
    ['It is just online sales, done with the internet as a tool.', ['online-sales'], 0],
    ['It uses the internet as a tool to reach marketing goals, through the whole process; it is a pyramid scheme.', ['mlm'], 0.667],
    ['It is not pyramid selling.', [], 0],
    ['It is not just online sales: it uses the internet as a tool.', [], 0.333],
    ['Unlike multi-level selling, it uses the web as a tool.', [], 0.333],
    ['It is more than online sales.', [], 0],
  ])('%j', (answer, found, score) => {
    const g = grade(answer);
    expect(g.misconceptions.map((m) => m.id)).toEqual(found);
    expect(g.score).toBe(score);
  });

  test("a misconception found comes with its correction and the learner's words", () => {
    expect(grade('Honestly it is pyramid selling.').misconceptions).toEqual([
      {
        id: 'mlm',
        label: 'network marketing is multi-level (pyramid) selling',
        words: ['pyramid'],
        correction: definition.misconceptions[0]!.correction,
      },
    ]);
  });

  test("one misconception costs one idea's worth: all ideas plus a misconception is not full credit", () => {
    const g = grade(`${definition.model} Some call it pyramid selling, and it is.`);
    expect(g.ideas.every((i) => i.covered)).toBe(true);
    expect(g.score).toBe(0.667);
    expect(g.correct).toBe(false);
  });
});

describe('keyword lists and copies do not earn full credit', () => {
  test.each<[string, RawRubric]>([
    ['internet marketing goals whole process online business not sales', definition],
    ['internet tool, marketing goals, whole process, information, trade', definition],
    ['web medium, goals, marketing, whole process', definition],
    ['promotion information audience marketing customers buy part', promotion],
  ])('keyword list %j', (answer, r) => {
    const g = grade(answer, r);
    expect(g.flags).toContain('keyword-list');
    expect(g.score).toBeLessThanOrEqual(FLAGGED_CAP);
    expect(g.measures.functionShare).toBeLessThan(0.15);
  });

  test('a terse statement is not a keyword list', () => {
    expect(grade('Promotion spreads information, marketing is bigger.', promotion).flags).toEqual([]);
  });

  test('the same ideas said as a statement earn full credit', () => {
    const g = grade('It uses the web as a medium to reach the goals of marketing in every stage of the business.');
    expect(g).toMatchObject({ score: 1, correct: true, flags: [] });
  });

  test.each<[string, RawRubric]>([
    ['In your own words: what is network marketing, in the sense these lessons use?', definition],
    ['What is network marketing in the sense these lessons use? Network marketing in the sense these lessons use.', definition],
    ['How does network promotion differ from network marketing?', promotion],
  ])('copy %j', (answer, r) => {
    const g = grade(answer, r);
    expect(g.flags).toContain('copy');
    expect(g.score).toBe(0);
  });

  test("an idea earned only by the question's own words does not count, and says so", () => {
    // "promotion" and "marketing" are the question's words: "part" is new, so the part idea counts;
    // "network promotion ... network marketing" alone earns nothing.
    const g = grade('Network promotion is network marketing.', promotion);
    expect(g.ideas.filter((i) => i.covered)).toEqual([]);
    expect(grade('Network promotion is one part of network marketing.', promotion).ideas.find((i) => i.id === 'part')?.covered).toBe(true);
  });

  test("restating the question's own words flags the idea as copied; a synonym of them is the learner's own", () => {
    const r: RawRubric = {
      ...definition,
      ideas: [{ id: 'restate', label: 'restate', phrasings: [['network|online', 'marketing']] }],
      examples: [],
    };
    expect(grade('Network marketing is marketing.', r).ideas[0]).toMatchObject({ covered: false, copied: true });
    expect(grade('It is online marketing.', r).ideas[0]).toMatchObject({ covered: true, copied: false, words: ['online', 'marketing'] });
  });

  test('the instruction frame "In your own words:" is not the question: "their own needs" is the learner\'s', () => {
    const r: RawRubric = {
      ...definition,
      prompt: 'In your own words: why is it called personalised marketing?',
      ideas: [{ id: 'own-needs', label: 'own needs', phrasings: [['own', 'personality']] }],
      examples: [],
    };
    expect(grade('Buyers choose by their own personality.', r).ideas[0]).toMatchObject({ covered: true, words: ['own', 'personality'] });
    // Without the frame, "own" would be the question's word too, and the idea would stand on the question alone.
    const framed = { ...r, prompt: 'Why is it personalised marketing, for their own sake?' };
    expect(grade('Buyers choose by their own personality.', framed).ideas[0]).toMatchObject({ covered: false, copied: true });
    expect(english.questionOf('Now say it in your own words: what does it offer?')).toBe('what does it offer?');
    expect(english.questionOf('What is it, in your own view?')).toBe('What is it, in your own view?');
  });

  test('measures explain the flags', () => {
    expect(grade('internet marketing goals whole process online business not sales').measures).toEqual({
      words: 9,
      functionShare: 0,
      copiedShare: 0,
    });
  });

  test('an empty answer is flagged empty and scores 0', () => {
    expect(grade('   ')).toMatchObject({ score: 0, correct: false, flags: ['empty'] });
  });
});

describe('checkRubric reports failures as data', () => {
  const failuresOf = (r: Rubric) => checkRubric(r, definition.prompt, lexicon, english).filter((f) => f.kind !== 'coverage');

  test('a model answer that misses an idea or shows a misconception', () => {
    const r: Rubric = { ...definition, model: 'It is pyramid selling on the internet, used as a tool.' };
    expect(failuresOf(r)).toEqual([{ kind: 'model', missingIdeas: ['purpose', 'whole-process'], misconceptions: ['mlm'], flags: [] }]);
  });

  test('a keyword-list model answer fails too', () => {
    const r: Rubric = { ...definition, model: 'internet tool marketing goals whole process' };
    expect(failuresOf(r)).toEqual([{ kind: 'model', missingIdeas: [], misconceptions: [], flags: ['keyword-list'] }]);
  });

  test('examples must include six answers: full, partial, keyword list, copy and misconception', () => {
    const only = (...indexes: number[]) => ({ ...definition, examples: indexes.map((i) => definition.examples[i]!) });
    const needs = (r: Rubric) =>
      checkRubric(r, definition.prompt, lexicon, english).flatMap((f) => (f.kind === 'coverage' ? [f.needs] : []));
    expect(needs(definition)).toEqual([]);
    expect(needs(only())).toEqual(['examples', 'full', 'partial', 'keyword-list', 'copy', 'misconception']);
    expect(needs(only(0, 1, 2, 3, 4, 5))).toEqual(['full']);
    expect(needs(only(0, 1, 3, 4, 5, 6))).toEqual(['keyword-list']);
    expect(needs(only(0, 1, 2, 4, 5, 6))).toEqual(['copy']);
    expect(needs(only(0, 1, 2, 3, 6, 7))).toEqual(['misconception']);
    expect(needs({ ...only(0, 1, 2, 3, 6, 7), misconceptions: [] })).toEqual([]);
    expect(needs(only(2, 3, 4, 5, 6, 7))).toEqual([]);
    expect(needs(only(2, 3, 4, 5, 6))).toEqual(['examples']);
  });

  test('an example graded otherwise than it says, and an unknown id', () => {
    const r: Rubric = {
      ...definition,
      examples: [
        { answer: definition.model, ideas: ['internet-means', 'purpose', 'whole-process'], misconceptions: [], credit: 'full' },
        { answer: 'It uses the internet as a tool.', ideas: ['internet-means', 'purpose'], misconceptions: [], credit: 'partial' },
        { answer: 'It is pyramid selling.', ideas: [], misconceptions: ['mlm'], credit: 'partial' },
        { answer: 'It is pyramid selling.', ideas: [], misconceptions: ['mlm', 'pyramid'] },
      ],
    };
    expect(failuresOf(r)).toEqual([
      {
        kind: 'example',
        index: 1,
        answer: 'It uses the internet as a tool.',
        expected: { ideas: ['internet-means', 'purpose'], misconceptions: [], credit: 'partial' },
        got: { ideas: ['internet-means'], misconceptions: [], credit: 'partial', score: 0.333, flags: [] },
      },
      {
        kind: 'example',
        index: 2,
        answer: 'It is pyramid selling.',
        expected: { ideas: [], misconceptions: ['mlm'], credit: 'partial' },
        got: { ideas: [], misconceptions: ['mlm'], credit: 'none', score: 0, flags: [] },
      },
      { kind: 'unknown-id', index: 3, id: 'pyramid' },
      {
        kind: 'example',
        index: 3,
        answer: 'It is pyramid selling.',
        expected: { ideas: [], misconceptions: ['mlm', 'pyramid'] },
        got: { ideas: [], misconceptions: ['mlm'], credit: 'none', score: 0, flags: [] },
      },
    ]);
  });

  test.each<[number, string]>([
    [1, 'full'],
    [0.999, 'partial'],
    [0.001, 'partial'],
    [0, 'none'],
  ])('creditOf(%d) = %s', (score, credit) => {
    expect(creditOf(score)).toBe(credit);
  });
});
