import { describe, expect, test } from '@jest/globals';
import { absoluteWord, formatWarning, lintContent, LINT_RULES, type LintAllow, type LintRule } from '../../src/content/lint.js';
import { readLintAllow } from '../../src/content/decode-lint-allow.js';
import type { Content, Lesson, Question } from '../../src/content/model.js';

type Spec = Record<string, unknown> & { kind: Question['kind'] };
let n = 0;
function q(spec: Spec): Question {
  n++;
  return {
    id: `t-${n}`,
    lesson: 't',
    section: 's',
    prompt: 'Which is it?',
    explanation: 'E.',
    why: {},
    application: false,
    where: `quizzes/t.yaml:${n}:5`,
    ...spec,
  } as unknown as Question;
}
function content(questions: Question[], lessons: Lesson[] = []): Content {
  return { lessons, questions, concepts: [], glossary: [], warnings: [] } as unknown as Content;
}
function rulesFor(questions: Question[], target = questions[questions.length - 1]!): LintRule[] {
  return lintContent(content(questions))
    .warnings.filter((w) => w.question === target.id)
    .map((w) => w.rule);
}

const single = (choices: string[], answer: string, prompt = 'Which is it?') => q({ kind: 'single', choices, answer, prompt });

describe('long-answer', () => {
  test.each([
    [
      'right choice far longer',
      single(
        ['Short one', 'Brief two', 'The right answer, spelled out at very great length'],
        'The right answer, spelled out at very great length',
      ),
      true,
    ],
    [
      'right choice a little longer',
      single(['Customer service', 'Customer relations', 'Distribution channel'], 'Distribution channel'),
      false,
    ],
    [
      'a wrong choice is the long one',
      single(['Short', 'A wrong choice spelled out at very great length indeed', 'Other'], 'Short'),
      false,
    ],
    [
      'multi: right choices far longer',
      q({
        kind: 'multi',
        choices: ['One long right statement about the firm', 'Another long right statement about it', 'No', 'Nay'],
        answer: ['One long right statement about the firm', 'Another long right statement about it'],
      }),
      true,
    ],
    [
      'multi: balanced',
      q({
        kind: 'multi',
        choices: ['Network brand', 'Website promotion', 'Online research', 'Sales outlet'],
        answer: ['Network brand', 'Online research'],
      }),
      false,
    ],
  ])('%s', (_name, question, fires) => {
    expect(rulesFor([question]).includes('long-answer')).toBe(fires);
  });
});

describe('absolute-word', () => {
  test.each([
    ['a wrong choice says "only"', single(['It sells only online', 'It builds a brand', 'It runs research'], 'It builds a brand'), true],
    [
      'a wrong choice says "limited to"',
      single(['Its sales are limited to the web', 'It builds a brand', 'It runs research'], 'It builds a brand'),
      true,
    ],
    ['a wrong choice says "every"', single(['It reaches every buyer', 'It builds a brand', 'It runs research'], 'It builds a brand'), true],
    [
      'negated: "not only"',
      single(['It helps not only online sales', 'It builds a brand', 'It runs research'], 'It builds a brand'),
      false,
    ],
    [
      'negated: "isn\'t limited to"',
      single(["It isn't limited to the web", 'It builds a brand', 'It runs research'], 'It builds a brand'),
      false,
    ],
    ['only the right choice says "all"', single(['All four Ps', 'Two Ps', 'One P'], 'All four Ps'), false],
    ['"overall" is not "all"', single(['The overall goal', 'It builds a brand', 'It runs research'], 'It builds a brand'), false],
    [
      'a false statement says "fully"',
      q({ kind: 'truefalse', prompt: 'Network marketing fully replaces offline sales.', answer: false }),
      true,
    ],
    ['a true statement says "always"', q({ kind: 'truefalse', prompt: 'Website promotion always comes first.', answer: true }), true],
    [
      'a statement with no absolute word',
      q({ kind: 'truefalse', prompt: 'Source 002 calls website promotion the core work.', answer: true }),
      false,
    ],
    [
      'recall questions are not checked',
      q({ kind: 'recall', prompt: 'Name the only function that ...', answer: { text: 'website promotion', accept: [] } }),
      false,
    ],
  ])('%s', (_name, question, fires) => {
    expect(rulesFor([question]).includes('absolute-word')).toBe(fires);
  });

  test.each([
    ['only', 'only'],
    ['It is entirely online', 'entirely'],
    ['No one reads it', 'no one'],
    ['nothing but ads', 'nothing'],
    ['It is not always so', null],
    ['Everyone knows', 'everyone'],
    ['a small online shop', null],
    ['never again', 'never'],
    ['if it helps at all', null],
  ])('absoluteWord(%j) = %j', (text, word) => {
    expect(absoluteWord(text)).toBe(word);
  });
});

describe('echo', () => {
  test.each([
    [
      'a prompt word only in the right choice',
      single(['Network brand', 'Website promotion', 'Online research'], 'Network brand', 'Which function builds the brand online?'),
      true,
    ],
    [
      'the prompt word in a wrong choice too',
      single(['Network brand', 'Brand licensing', 'Online research'], 'Network brand', 'Which function builds the brand online?'),
      false,
    ],
    [
      'plural and singular count as one word',
      single(['Customer relations', 'Website promotion'], 'Customer relations', 'Which function improves relation with buyers?'),
      true,
    ],
    ['stopwords do not count', single(['The brand', 'A website'], 'The brand', 'Which of the two is it?'), false],
    [
      'no shared word',
      single(
        ['Network brand', 'Website promotion', 'Online research'],
        'Online research',
        'A firm sends a questionnaire by e-mail. Which function?',
      ),
      false,
    ],
    [
      'multi: echoed in a right choice only',
      q({
        kind: 'multi',
        prompt: 'Which help customer service?',
        choices: ['A customer FAQ', 'Banner ads', 'Price cuts'],
        answer: ['A customer FAQ'],
      }),
      true,
    ],
  ])('%s', (_name, question, fires) => {
    expect(rulesFor([question]).includes('echo')).toBe(fires);
  });
});

describe('give-away', () => {
  const recall = (text: string) =>
    q({ kind: 'recall', prompt: 'Which function is the core work, according to source 002?', answer: { text, accept: [] } });
  test.each<[string, () => [Question, Question], boolean]>([
    [
      'a typed answer inside another prompt',
      () => [
        recall('website promotion'),
        q({ kind: 'truefalse', prompt: 'Source 002 calls website promotion the core work.', answer: true }),
      ],
      true,
    ],
    [
      "a typed answer as another question's option",
      () => [recall('website promotion'), single(['Website promotion', 'Network brand'], 'Network brand', 'Which builds a brand?')],
      true,
    ],
    [
      'a one-word typed answer as a whole option',
      () => [
        q({
          kind: 'list',
          prompt: 'Name the four Ps.',
          answer: ['product', 'price', 'place', 'promotion'].map((text) => ({ text, accept: [] })),
        }),
        single(['Product', 'Price', 'Place', 'Promotion'], 'Place', 'A maker picks its outlets. Which P?'),
      ],
      true,
    ],
    [
      'a one-word typed answer inside a sentence',
      () => [recall('price'), q({ kind: 'truefalse', prompt: 'The price of a bike is not a channel decision.', answer: true })],
      false,
    ],
    [
      'a right choice as a whole option of another choice question (a shared pool)',
      () => [
        single(['Website promotion', 'Network brand'], 'Website promotion', 'Which is the core work?'),
        single(['Website promotion', 'Network brand'], 'Network brand', 'Which builds a brand?'),
      ],
      false,
    ],
    [
      'a right choice inside another prompt',
      () => [
        single(['Website promotion', 'Network brand'], 'Website promotion', 'Which is the core work?'),
        q({ kind: 'truefalse', prompt: 'Website promotion is the core work.', answer: true }),
      ],
      true,
    ],
    [
      'a right choice inside a longer option',
      () => [
        single(['Know, trust, like, buy', 'Buy, like'], 'Know, trust, like, buy', 'Which path?'),
        single(['Steps: know, trust, like, buy', 'Nothing'], 'Nothing', 'Which?'),
      ],
      true,
    ],
    [
      'order items in their order in one text',
      () => [
        q({ kind: 'order', prompt: 'Order the steps.', answer: ['Know', 'Trust', 'Like', 'Buy'] }),
        single(['Know, trust, like, buy', 'Buy, like, trust, know'], 'Buy, like, trust, know', 'Which?'),
      ],
      true,
    ],
    [
      'order items in another order',
      () => [
        q({ kind: 'order', prompt: 'Order the steps.', answer: ['Know', 'Trust', 'Like', 'Buy'] }),
        single(['Buy, like, trust, know', 'Trust only'], 'Trust only', 'Which?'),
      ],
      false,
    ],
    [
      'a match pair together in one text',
      () => [
        q({
          kind: 'match',
          prompt: 'Match.',
          pairs: [
            { left: 'Price', right: 'Cost' },
            { left: 'Place', right: 'Convenience' },
          ],
        }),
        q({ kind: 'truefalse', prompt: 'Place pairs with convenience.', answer: true }),
      ],
      true,
    ],
    [
      'match sides in different texts',
      () => [
        q({
          kind: 'match',
          prompt: 'Match.',
          pairs: [
            { left: 'Price', right: 'Cost' },
            { left: 'Place', right: 'Convenience' },
          ],
        }),
        single(['Place', 'Convenience'], 'Place', 'Which P?'),
      ],
      false,
    ],
    [
      'a classify item with its category',
      () => [
        q({
          kind: 'classify',
          prompt: 'Sort.',
          categories: ['E-commerce', 'Promotion'],
          items: [
            { text: 'Settles payments online', category: 'E-commerce' },
            { text: 'Spreads the message', category: 'Promotion' },
          ],
        }),
        q({ kind: 'truefalse', prompt: 'E-commerce settles payments online.', answer: true }),
      ],
      true,
    ],
    [
      'no shared phrase',
      () => [recall('website promotion'), q({ kind: 'truefalse', prompt: 'Online research is cheap.', answer: true })],
      false,
    ],
  ])('%s', (_name, make, fires) => {
    const [target, giver] = make();
    expect(rulesFor([target, giver], target).includes('give-away')).toBe(fires);
  });

  test('questions that never share a session do not give each other away', () => {
    const check = { ...recall('website promotion'), id: 'a.s.check', lesson: 'a' } as Question;
    const otherCheck = {
      ...q({ kind: 'truefalse', prompt: 'Website promotion is core.', answer: true }),
      id: 'b.s.check',
      lesson: 'b',
    } as Question;
    const quiz = q({ kind: 'truefalse', prompt: 'Website promotion is core.', answer: true });
    const sameLessonCheck = { ...otherCheck, id: 'a.t.check', lesson: 'a' } as Question;
    const lesson = (id: string, checks: Question[]) => ({ id, sections: checks.map((c) => ({ id: c.id, check: c })) }) as unknown as Lesson;
    const run = (lessons: Lesson[], quizQs: Question[]) =>
      lintContent(content(quizQs, lessons)).warnings.filter((w) => w.question === 'a.s.check' && w.rule === 'give-away');
    expect(run([lesson('a', [check]), lesson('b', [otherCheck])], [quiz])).toEqual([]);
    expect(run([lesson('a', [check, sameLessonCheck])], [])).toHaveLength(1);
  });

  test('the warning names the giver and the answer', () => {
    const target = recall('website promotion');
    const giver = q({ kind: 'truefalse', prompt: 'Source 002 calls website promotion the core work.', answer: true });
    const [w] = lintContent(content([target, giver])).warnings.filter((x) => x.rule === 'give-away');
    expect(formatWarning(w!)).toBe(
      `${target.where}: warning [give-away] ${target.id}: its answer is shown by ${giver.id} ("website promotion"), which can come in the same session; reword one of them`,
    );
  });
});

describe('near-duplicate', () => {
  test.each<[string, () => [Question, Question], boolean]>([
    [
      'the same question reworded slightly',
      () => [
        single(
          ['Website promotion', 'Network brand'],
          'Website promotion',
          'Which function does source 002 call the core work of network marketing?',
        ),
        single(
          ['Website promotion', 'Network brand'],
          'Website promotion',
          'Which function does source 002 call the core work of network marketing today?',
        ),
      ],
      true,
    ],
    [
      'same topic, different question',
      () => [
        single(['Website promotion', 'Network brand'], 'Website promotion', 'Which function does source 002 call the core work?'),
        single(
          ['Online research', 'Customer service'],
          'Online research',
          'A firm sends questionnaires by e-mail. Which function is that?',
        ),
      ],
      false,
    ],
  ])('%s', (_name, make, fires) => {
    const [first, second] = make();
    expect(rulesFor([first, second], second).includes('near-duplicate')).toBe(fires);
    expect(rulesFor([first, second], first).includes('near-duplicate')).toBe(false);
  });
});

describe('the allow list', () => {
  const echoing = () =>
    single(['Network brand', 'Website promotion', 'Online research'], 'Network brand', 'Which function builds the brand online?');
  const allow = (question: string, rule: string): LintAllow => ({
    question,
    rule,
    why: 'The source names it so.',
    where: 'quizzes/lint-allow.yaml:4:5',
  });

  test('an entry silences exactly its question and rule', () => {
    const a = echoing();
    const b = echoing();
    const result = lintContent(content([a, b]), [allow(a.id, 'echo')]);
    expect(result.warnings.filter((w) => w.rule === 'echo').map((w) => w.question)).toEqual([b.id]);
    expect(result.problems).toEqual([]);
    expect(result.unusedAllows).toEqual([]);
  });

  test('an unknown question or rule is a problem; an entry that matches nothing is reported', () => {
    const a = echoing();
    const result = lintContent(content([a]), [allow('nope-1', 'echo'), allow(a.id, 'ekho'), allow(a.id, 'long-answer')]);
    expect(result.problems).toEqual([
      'quizzes/lint-allow.yaml:4:5: lint-allow names question "nope-1", which does not exist',
      `quizzes/lint-allow.yaml:4:5: lint-allow names rule "ekho"; the rules are ${LINT_RULES.join(', ')}`,
    ]);
    expect(result.unusedAllows).toEqual([
      `quizzes/lint-allow.yaml:4:5: lint-allow entry for ${a.id} (long-answer) matches no warning; remove it`,
    ]);
  });

  test.each([
    ['a good file', 'formatVersion: 1\nkind: lint-allow\nentries:\n  - { question: t-1, rule: echo, why: The source says so. }\n', [], 1],
    ['an empty list', 'formatVersion: 1\nkind: lint-allow\nentries: []\n', [], 0],
    [
      'a missing why',
      'formatVersion: 1\nkind: lint-allow\nentries:\n  - { question: t-1, rule: echo }\n',
      ['a.yaml:4:5: a lint-allow entry is missing "why" (text)'],
      0,
    ],
    [
      'an empty why',
      'formatVersion: 1\nkind: lint-allow\nentries:\n  - { question: t-1, rule: echo, why: "" }\n',
      ['a.yaml:4:39: "why" must not be empty'],
      0,
    ],
    [
      'a wrong kind',
      'formatVersion: 1\nkind: quiz\nentries: []\n',
      ['a.yaml:2:7: "kind" must be "lint-allow" in lint-allow.yaml, not "quiz"'],
      0,
    ],
    ['a missing version', 'kind: lint-allow\nentries: []\n', ['a.yaml:1:1: needs "formatVersion: 1"'], 0],
    [
      'an unknown key',
      'formatVersion: 1\nkind: lint-allow\nentries:\n  - { question: t-1, rule: echo, why: W, because: B }\n',
      ['a.yaml:4:42: unknown key "because" in a lint-allow entry'],
      1,
    ],
  ])('reading %s', (_name, text, problems, entries) => {
    const read = readLintAllow(text, 'a.yaml');
    expect(read.problems).toEqual(problems);
    expect(read.entries.length).toBe(entries);
  });
});

test('a phrase given away by many questions is reported once, naming three and counting the rest', () => {
  const target = q({ kind: 'recall', prompt: 'Which function is the core work?', answer: { text: 'website promotion', accept: [] } });
  const few = Array.from({ length: 5 }, (_, i) => q({ kind: 'truefalse', prompt: `Case ${i}: website promotion helps.`, answer: true }));
  const many = Array.from({ length: 30 }, (_, i) => q({ kind: 'truefalse', prompt: `Case ${i}: website promotion helps.`, answer: true }));
  const message = (qs: Question[]) =>
    lintContent(content([target, ...qs]))
      .warnings.filter((w) => w.question === target.id && w.rule === 'give-away')
      .map((w) => w.message);
  expect(message(few)).toEqual([
    `its answer is shown by ${few
      .slice(0, 3)
      .map((x) => `${x.id} ("website promotion")`)
      .join(', ')} and 2 more, which can come in the same session; reword one of them`,
  ]);
  expect(message(many)[0]).toMatch(/ and 17 or more others, which/);
});
