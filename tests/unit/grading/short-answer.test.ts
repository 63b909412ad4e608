import { describe, expect, test } from '@jest/globals';
import { EMPTY_LEXICON } from '../../../src/grading/lexicon.js';
import { gradeCloze, gradeList, gradeRecall, type AnswerKey, type ShortNote } from '../../../src/grading/short-answer.js';
import { courseLexicon } from './course-lexicon.js';

const lexicon = courseLexicon();

// Keys as the quiz banks hold them (trimmed accept lists).
const O2O: AnswerKey = { text: 'O2O', accept: ['online to offline', 'online-to-offline', 'O to O', 'online 2 offline'] };
const attention: AnswerKey = { text: 'attention', accept: ['the eye', 'eye', 'eyeballs', 'eyes', 'audience attention'] };
const promotionCost: AnswerKey = {
  text: 'huge promotion costs',
  accept: ['promotion costs', 'cost of promotion', 'huge cost of promotion'],
};
const interactivity: AnswerKey = {
  text: 'interactivity',
  accept: ['strong interactivity', 'its interactivity', 'interaction', 'two-way communication'],
};
const trade: AnswerKey = { text: 'trade', accept: ['trading', 'transaction', 'trade place', 'commerce', 'sale', 'sales'] };
const purpose: AnswerKey = {
  text: 'the ultimate purpose of marketing',
  accept: ['ultimate purpose', 'marketing goals', 'the goal of marketing'],
};
const customerService: AnswerKey = { text: 'customer service', accept: ['customer support', 'online customer service'] };
const websitePromotion: AnswerKey = { text: 'website promotion', accept: ['site promotion'] };
const b2b: AnswerKey = { text: 'B2B', accept: ['business to business'] };
const cSharp: AnswerKey = { text: 'C#' };
const twoWay: AnswerKey = { text: 'two-way communication' };
const teamFormation: AnswerKey = { text: 'team formation', accept: ['team building'] };
const cost4C: AnswerKey = { text: 'cost', accept: ['customer cost', 'cost to the customer'] };
const fourCs: AnswerKey[] = [
  { text: 'customer', accept: ['consumer', 'customer needs', 'customer needs and wants'] },
  cost4C,
  { text: 'convenience' },
  { text: 'communication', accept: ['communications', 'two-way communication'] },
];
const fourPs: AnswerKey[] = [
  { text: 'product' },
  { text: 'price', accept: ['pricing'] },
  { text: 'place', accept: ['channel', 'place (channel)'] },
  { text: 'promotion' },
];

describe("recall: right answers in the learner's own words are right", () => {
  test.each<[string, AnswerKey]>([
    ['O2O (online to offline)', O2O],
    ['online-to-offline', O2O],
    ['o2o', O2O],
    ['O2O, not B2C', O2O],
    ['It is O2O rather than B2C', O2O],
    ['Attention (the eye / eyeballs)', attention],
    ['The huge cost of promotion', promotionCost],
    ['The problem of huge promotion costs', promotionCost],
    ['Its strong interactivity (two-way interactive communication)', interactivity],
    ['Strong interactivity (two-way interaction)', interactivity],
    ['Trade (an online trading place)', trade],
    ['Trading (an online trading place)', trade],
    ['The ultimate purpose (goal) of marketing', purpose],
    ['the aim of marketing', purpose],
    ['Team formation (building)', teamFormation],
    ['Website promotion', websitePromotion],
    ['web site promotion', websitePromotion],
    ['website promotion, not sales promotion', websitePromotion],
    ['business to business', b2b],
    ['C#', cSharp],
    ['two–way communication', twoWay],
    ['two way communication', twoWay],
    ['twoway communication', twoWay],
    // a sibling mentioned inside a statement is not offered as an answer
    ['Website promotion, because without visitors sales promotion cannot work', websitePromotion],
    ['It is O2O; B2C would need home delivery', O2O],
    ['O2O, since B2C only sells online', O2O],
  ])('%j', (answer, key) => {
    expect(gradeRecall(answer, key, lexicon)).toMatchObject({ score: 1, correct: true });
  });
});

describe('recall: wrong answers, siblings and hedges are wrong', () => {
  test.each<[string, AnswerKey, ShortNote[]]>([
    ['B2C', O2O, [{ kind: 'contradiction', given: 'B2C', sibling: 'B2C' }]],
    ['O2O or B2C', O2O, [{ kind: 'contradiction', given: 'B2C', sibling: 'B2C' }]],
    ['O2O / business to consumer', O2O, [{ kind: 'contradiction', given: 'business to consumer', sibling: 'B2C' }]],
    ['B2B2C', b2b, [{ kind: 'contradiction', given: 'B2B2C', sibling: 'B2B2C' }]],
    ['sales promotion', websitePromotion, [{ kind: 'contradiction', given: 'sales promotion', sibling: 'sales promotion' }]],
    [
      'website promotion or sales promotion',
      websitePromotion,
      [{ kind: 'contradiction', given: 'sales promotion', sibling: 'sales promotion' }],
    ],
    ['price', cost4C, [{ kind: 'contradiction', given: 'price', sibling: 'price' }]],
    ['cost, maybe price', cost4C, [{ kind: 'contradiction', given: 'price', sibling: 'price' }]],
    ['O2O or the B2C model', O2O, [{ kind: 'contradiction', given: 'B2C', sibling: 'B2C' }]],
    ['O2O, I think, or maybe B2C', O2O, [{ kind: 'contradiction', given: 'B2C', sibling: 'B2C' }]],
    ['O2O and B2C', O2O, [{ kind: 'contradiction', given: 'B2C', sibling: 'B2C' }]],
    ['either O2O or B2C, not sure', O2O, [{ kind: 'contradiction', given: 'B2C', sibling: 'B2C' }]],
    ['C++', cSharp, []],
    ['C', cSharp, []],
    ['two communication', twoWay, []],
    ['interest', attention, []],
    ['', O2O, []],
    ['customer relations', customerService, [{ kind: 'contradiction', given: 'customer relations', sibling: 'customer relations' }]],
  ])('%j', (answer, key, notes) => {
    expect(gradeRecall(answer, key, lexicon)).toMatchObject({ score: 0, correct: false, notes });
  });

  test('without the lexicon no sibling is known, so a hedge cannot be caught: the lexicon matters', () => {
    expect(gradeRecall('O2O or B2C', O2O, EMPTY_LEXICON).correct).toBe(true);
    expect(gradeRecall('O2O or B2C', O2O, lexicon).correct).toBe(false);
  });
});

describe('recall: a typo note names the spelling that matched', () => {
  test.each<[string, AnswerKey, string, string]>([
    ['customer suport', customerService, 'customer suport', 'customer support'],
    ['custmer service', customerService, 'custmer service', 'customer service'],
    ['webiste promotion', websitePromotion, 'webiste promotion', 'website promotion'],
    ['atention', attention, 'atention', 'attention'],
    ['eyebals', attention, 'eyebals', 'eyeballs'],
  ])('%j', (answer, key, given, matched) => {
    const g = gradeRecall(answer, key, lexicon);
    expect(g.correct).toBe(true);
    expect(g.notes).toEqual([{ kind: 'typo', given, matched }]);
  });

  test('no typo note when the right spelling is there too', () => {
    expect(gradeRecall('Attention (atention)', attention, lexicon).notes).toEqual([]);
  });
  test('a sibling is never forgiven as a typo', () => {
    expect(gradeRecall('site promotion', { text: 'sales promotion' }, lexicon).correct).toBe(false);
    expect(gradeRecall('sales promotion', { text: 'site promotion' }, lexicon).correct).toBe(false);
  });
});

describe('list: credit per item, wrong extras cost as in a multi-select', () => {
  test.each<[string | string[], AnswerKey[], number, ShortNote[]]>([
    ['customer, cost, convenience, communication', fourCs, 1, []],
    ['Customer; cost\nconvenience and communication', fourCs, 1, []],
    ['customer needs and wants, cost to the customer, convenience, communication', fourCs, 1, []],
    ['customer, cost convenience communication', fourCs, 1, []],
    // without separators the longest accepted answer is taken whole: "customer cost" is the C cost
    ['customer cost convenience communication', fourCs, 0.75, [{ kind: 'missing', items: ['customer'] }]],
    [['customer cost'], fourCs, 0.25, [{ kind: 'missing', items: ['customer', 'convenience', 'communication'] }]],
    [['consumer', 'cost', 'convenience', 'communications'], fourCs, 1, []],
    ['product, price, place (channel), promotion', fourPs, 1, []],
    ['product, price, channel, promotion', fourPs, 1, []],
    // the shotgun: all eight for the four Cs
    [
      'product, price, place, promotion, customer, cost, convenience, communication',
      fourCs,
      0,
      [{ kind: 'extra', items: ['product', 'price', 'place', 'promotion'] }],
    ],
    ['customer, cost, convenience, communication, product', fourCs, 0.75, [{ kind: 'extra', items: ['product'] }]],
    ['customer, cost and price, convenience, communication', fourCs, 0.75, [{ kind: 'extra', items: ['price'] }]],
    ['customer, cost, convenience, communication, quality', fourCs, 0.75, [{ kind: 'extra', items: ['quality'] }]],
    [
      'customer, price or cost, convenience, communication',
      fourCs,
      0.75,
      [
        { kind: 'contradiction', given: 'price', sibling: 'price' },
        { kind: 'missing', items: ['cost'] },
      ],
    ],
    [
      'product, price, place, promotion',
      fourCs,
      0,
      [
        { kind: 'missing', items: ['customer', 'cost', 'convenience', 'communication'] },
        { kind: 'extra', items: ['product', 'price', 'place', 'promotion'] },
      ],
    ],
    ['customer, cost', fourCs, 0.5, [{ kind: 'missing', items: ['convenience', 'communication'] }]],
    ['customer, customers, cost', fourCs, 0.5, [{ kind: 'missing', items: ['convenience', 'communication'] }]],
    [
      'consumer, cost, convenince, comunication',
      fourCs,
      1,
      [
        { kind: 'typo', given: 'convenince', matched: 'convenience' },
        { kind: 'typo', given: 'comunication', matched: 'communication' },
      ],
    ],
    ['', fourCs, 0, [{ kind: 'missing', items: ['customer', 'cost', 'convenience', 'communication'] }]],
    [['Team formation (building)', 'data analysis'], [teamFormation, { text: 'data analysis' }], 1, []],
  ])('%j', (answer, keys, score, notes) => {
    const g = gradeList(answer, keys, lexicon);
    expect({ score: g.score, notes: g.notes }).toEqual({ score, notes });
    expect(g.correct).toBe(score === 1);
  });

  test("found quotes the learner's words for each accepted answer", () => {
    expect(gradeList('consumer needs, the cost to the customer', fourCs, lexicon).found).toEqual([
      { key: 'customer', words: 'consumer needs' },
      { key: 'cost', words: 'cost to the customer' },
    ]);
  });
});

describe('cloze: each gap against its own key', () => {
  const keys: AnswerKey[] = [
    { text: 'medium', accept: ['media', 'means', 'tool'] },
    { text: 'whole', accept: ['entire', 'complete'] },
  ];
  test.each<[string[], number, ShortNote[]]>([
    [['medium (means)', 'whole'], 1, []],
    [['the Internet is the main tool', 'entire'], 1, []],
    [['mediem', 'whole'], 1, [{ kind: 'typo', given: 'mediem', matched: 'medium', gap: 0 }]],
    [['channel', 'whole'], 0.5, [{ kind: 'missing', items: ['medium'], gaps: [0] }]],
    [['medium'], 0.5, [{ kind: 'missing', items: ['whole'], gaps: [1] }]],
    [['price', 'whole'], 0.5, [{ kind: 'missing', items: ['medium'], gaps: [0] }]],
  ])('%j', (gaps, score, notes) => {
    expect(gradeCloze(gaps, keys, lexicon)).toMatchObject({ score, notes });
  });
  test('a negating prefix is an opposite, not a typo: "directly" never passes for "indirectly", nor back', () => {
    const sales: AnswerKey[] = [{ text: 'sales', accept: ['revenue'] }, { text: 'indirectly' }];
    expect(gradeCloze(['sales', 'directly'], sales, lexicon)).toMatchObject({ score: 0.5, correct: false });
    expect(gradeCloze(['sales', 'indirecly'], sales, lexicon)).toMatchObject({
      score: 1,
      notes: [{ kind: 'typo', given: 'indirecly', matched: 'indirectly', gap: 1 }],
    });
    expect(gradeRecall('indirectly', { text: 'directly' }, lexicon).correct).toBe(false);
    expect(gradeRecall('unimportant', { text: 'important' }, lexicon).correct).toBe(false);
  });
  test('a sibling in a gap is named', () => {
    expect(gradeCloze(['O2O or B2C'], [O2O], lexicon).notes).toEqual([{ kind: 'contradiction', given: 'B2C', sibling: 'B2C', gap: 0 }]);
  });
});
