import { describe, expect, test } from '@jest/globals';
import { english } from '../../../src/grading/language.js';
import { EMPTY_LEXICON } from '../../../src/grading/lexicon.js';
import { findAll, isNegated, matchPhrasing, prepareText, type Phrasing } from '../../../src/grading/phrasing.js';
import { courseLexicon } from './course-lexicon.js';

const lexicon = courseLexicon();
const match = (text: string, phrasing: Phrasing) => matchPhrasing(text, phrasing, lexicon, english);
const words = (text: string, phrasing: Phrasing) => match(text, phrasing)?.words ?? null;

describe('a string phrasing: these words in this order', () => {
  test.each<[string, Phrasing, string[] | null]>([
    ['Customer Relations!', 'customer relations', ['Customer Relations']],
    ['The huge cost of promotion', 'cost of promotion', ['cost of promotion']],
    ['cost of the promotion', 'cost of promotion', ['cost of the promotion']],
    ['the promotion cost', 'cost of promotion', null],
    ['markets products online', 'market product', ['markets products']],
    ['it markets products', 'market products', ['markets products']],
    ['relations with customers', 'customer relations', null],
    ['customer, relations', 'customer relations', ['customer, relations']],
    ['', 'customer relations', null],
    ['the the', 'customer', null],
  ])('%j ~ %j', (text, phrasing, expected) => expect(words(text, phrasing)).toEqual(expected));
});

describe('a key-term list: every term, in any order, a|b alternatives', () => {
  test.each<[string, Phrasing, string[] | null]>([
    ['It is marketing done with the Internet as the main tool', ['internet|online|web', 'means|tool|medium'], ['Internet', 'tool']],
    ['a tool of the web', ['internet|online|web', 'means|tool|medium'], ['web', 'tool']],
    ['a tool', ['internet|online|web', 'means|tool|medium'], null],
    ['it sells things', ['sell|sales|selling'], ['sells']],
    // "|" separates whole alternatives: "whole|entire process" is "whole" or "entire process" (and, by the
    // synonyms, "whole process"); the longest match wins
    ['whole process of the online business', ['whole|entire process', 'business'], ['whole process', 'business']],
    ['whole of the online business', ['whole|entire process', 'business'], ['whole', 'business']],
    ['the entire process of the online business', ['whole|entire process', 'business'], ['entire process', 'business']],
    ['the entire process', ['whole process'], ['entire process']],
    ['the complete process', ['whole process'], null],
  ])('%j ~ %j', (text, phrasing, expected) => expect(words(text, phrasing)).toEqual(expected));
});

describe('inflection, dashes, joined words, symbols', () => {
  test.each<[string, Phrasing, boolean]>([
    ['markets, marketed', 'marketing', true],
    ['organising the team', 'organizing', true],
    ['online-to-offline', 'O2O', true],
    ['online–to—offline', 'online to offline', true],
    ['ecommerce', 'e-commerce', true],
    ['e commerce', 'ecommerce', true],
    ['web site promotion', 'website promotion', true],
    ['the 4Ps', '4P', true],
    ['the four Ps', '4P', true],
    ['the four Cs', '4P', false],
    ['4C', '4P', false],
    ['B2B2C', 'B2B', false],
    ['B2B', 'B2B2C', false],
    ['B2C', 'B2B', false],
    ['C# code', 'C++', false],
    ['C++ code', 'C++', true],
    ['C code', 'C#', false],
    ['C# code', 'C#', true],
    ['30% of visitors', '30%', true],
    ['3% of visitors', '30%', false],
  ])('%j ~ %j: %s', (text, phrasing, expected) => expect(match(text, phrasing) !== null).toBe(expected));
});

describe('synonyms from the lexicon', () => {
  test.each<[string, Phrasing, boolean]>([
    ['online marketing', 'network marketing', true],
    ['internet marketing', 'network marketing', true],
    ['it uses the web', ['internet'], true],
    ['business to customer', 'B2C', true],
    ['firm to consumer sales', 'B2C', true],
    ['B2C', 'business to consumer', true],
    ['online to offline', 'O2O', true],
    ['consumer needs', 'customer needs', true],
    ['the goal of marketing', 'the purpose of marketing', true],
    ['electronic commerce', 'e-commerce', true],
    // never across siblings
    ['business to business', 'B2C', false],
    ['sales promotion', 'website promotion', false],
    ['price', 'cost', false],
  ])('%j ~ %j: %s', (text, phrasing, expected) => expect(match(text, phrasing) !== null).toBe(expected));

  test('without a lexicon synonyms do not apply', () => {
    expect(matchPhrasing('online marketing', 'network marketing', EMPTY_LEXICON, english)).toBeNull();
  });
});

describe('typos: word by word, never one course word for another, the matched spelling named', () => {
  test.each<[string, Phrasing, string | null, { given: string; matched: string }[]]>([
    ['custmoer relations', 'customer relations', 'customer relations', [{ given: 'custmoer', matched: 'customer' }]],
    ['customer suport', 'customer support', 'customer support', [{ given: 'suport', matched: 'support' }]],
    ['consumer suport', 'customer support', 'consumer support', [{ given: 'suport', matched: 'support' }]],
    ['electronic comerce', 'e-commerce', 'electronic commerce', [{ given: 'comerce', matched: 'commerce' }]],
    ['promtion', 'promotion', 'promotion', [{ given: 'promtion', matched: 'promotion' }]],
    ['intenet marketing', 'network marketing', 'internet marketing', [{ given: 'intenet', matched: 'internet' }]],
    // a typo and a synonym inside one multi-word synonym: "busines to customer" is B2C
    ['busines to customer', 'B2C', 'business to customer', [{ given: 'busines', matched: 'business' }]],
    ['frequently askd questions', 'FAQ', 'frequently asked questions', [{ given: 'askd', matched: 'asked' }]],
  ])('%j ~ %j', (text, phrasing, corrected, typos) => {
    const m = match(text, phrasing);
    expect(m?.corrected.join(' ')).toBe(corrected);
    expect(m?.typos).toEqual(typos);
  });

  test.each<[string, Phrasing]>([
    ['sales promotion', 'site promotion'],
    ['site promotion', 'sales promotion'],
    ['blog promotion', 'BBS promotion'],
    ['cast', 'cost'],
    ['B2C', 'B2B'],
    ['customer', 'consumer service'],
    ['place', 'price'],
    ['production', 'promotion'],
    ['web sitte', 'website'],
    ['O2C', 'O2O'],
  ])('%j is not a typo of %j', (text, phrasing) => expect(match(text, phrasing)).toBeNull());

  test('an exact match is preferred over a typo elsewhere', () => {
    expect(match('custmer service, customer service', 'customer service')?.typos).toEqual([]);
  });
});

describe('findAll and negation', () => {
  test('finds every occurrence, left to right, without overlap', () => {
    const text = prepareText('B2C or b2c, and business to consumer', lexicon, english);
    expect(findAll(text, ['B2C']).map((m) => m.words[0])).toEqual(['B2C', 'b2c', 'business to consumer']);
  });
  test.each<[string, boolean]>([
    ['network marketing is online sales', false],
    ['network marketing is not online sales', true],
    ["it isn't online sales", true],
    ['it is more than online sales', true],
    ['it is rather than online sales', true],
    ['not at all; online sales', false],
    ['unlike online sales', true],
    ['not marketing that happens to be the same as online sales', false],
  ])('%j: negated %s', (text, expected) => {
    const prepared = prepareText(text, lexicon, english);
    const m = findAll(prepared, ['online sales'])[0]!;
    expect(isNegated(prepared, m.spans[0]![0])).toBe(expected);
  });
});
