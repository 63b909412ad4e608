import { describe, expect, test } from '@jest/globals';
import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { english } from '../../../src/grading/language.js';
import { LEXICON_SCHEMA_NAME, lexiconSchema } from '../../../src/grading/lexicon-schema.js';
import { compileLexicon } from '../../../src/grading/lexicon.js';
import { courseLexicon, LEXICON_FILE, readLexiconText } from './course-lexicon.js';

const head = 'formatVersion: 1\nkind: synonyms\n';

describe('readLexicon on the course lexicon file', () => {
  const lexicon = courseLexicon();
  test('reads without problems', () => {
    expect(lexicon.synonyms.length).toBeGreaterThan(20);
    expect(lexicon.siblings.length).toBeGreaterThan(10);
  });
  test.each([
    ['B2B|business to business'],
    ['place|channel'],
    ['sales promotion|promoting sales'],
    ['controlling|control'],
    ['trust|trusting'],
    ['network promotion|online promotion'],
  ])('has the sibling member %s', (member) => expect(lexicon.siblings.flat()).toContain(member));
  test('the eight functions are one sibling group', () => {
    expect(lexicon.siblings.find((g) => g.includes('customer service'))).toHaveLength(8);
  });
  test('internet, network and online are synonyms', () => {
    expect(lexicon.synonyms.find((g) => g.includes('internet'))).toEqual(expect.arrayContaining(['network', 'online']));
  });
});

describe('readLexicon problems at file:line:col', () => {
  test.each([
    [
      'formatVersion: 2\nkind: synonyms\nsynonyms: []\n',
      'synonyms.yaml:1:16: formatVersion 2 is newer than this nm-tutor understands (1); upgrade nm-tutor',
    ],
    ['kind: synonyms\nsynonyms: []\n', 'synonyms.yaml:1:1: missing "formatVersion: 1"'],
    ['formatVersion: 1\nkind: glossary\n', 'synonyms.yaml:2:7: "kind" must be "synonyms" in this file, not "glossary"'],
    [`${head}synonyms:\n  - [internet]\n`, 'synonyms.yaml:4:5: a "synonyms" group needs at least 2 entries'],
    [`${head}synonyms:\n  - internet\n`, 'synonyms.yaml:4:5: each item of "synonyms" must be a list such as [internet, online]'],
    [
      `${head}synonyms:\n  - [web, online]\n  - [Online, net]\n`,
      'synonyms.yaml:5:6: "Online" is already a synonym at synonyms.yaml:4:11; each word or phrase belongs to one group',
    ],
    [`${head}synonyms:\n  - [web, Web]\n`, 'synonyms.yaml:4:11: "Web" is listed twice in this group'],
    [
      `${head}synonyms:\n  - [a|b, c]\n`,
      'synonyms.yaml:4:6: "a|b": a synonym group lists each word or phrase as its own entry; "|" belongs to siblings',
    ],
    [`${head}siblings:\n  - [B2B|, B2C]\n`, 'synonyms.yaml:4:6: "B2B|" has an empty alternative around "|"'],
    [
      `${head}siblings:\n  - [B2B, {a: b}]\n`,
      'synonyms.yaml:4:11: each entry of a "siblings" group must be text, but it reads as a mapping; put text that contains ": " in quotes',
    ],
    [`${head}synonims: []\n`, 'synonyms.yaml:3:1: unknown key "synonims" in the file'],
    [
      `${head}synonyms:\n  - [sales promotion, site promotion]\nsiblings:\n  - [site promotion|website promotion, sales promotion]\n`,
      'synonyms.yaml:4:23: synonyms "sales promotion" and "site promotion" are sibling concepts (site promotion|website promotion, sales promotion); siblings must not be synonyms',
    ],
  ])('%j', (text, problem) => {
    expect(readLexiconText(text).problems).toContain(problem);
  });

  test('a good file has no problems, and its groups come back as written', () => {
    const { lexicon, problems } = readLexiconText(`${head}synonyms:\n  - [web, online]\nsiblings:\n  - [B2B, B2C]\n`);
    expect(problems).toEqual([]);
    expect(lexicon).toEqual({ synonyms: [['web', 'online']], siblings: [['B2B', 'B2C']] });
  });

  test('every problem in a file is reported together', () => {
    const { problems } = readLexiconText(`${head}synonyms:\n  - [x]\n  - [y]\nsiblings:\n  - [z]\n`);
    expect(problems).toHaveLength(3);
  });
});

describe('compileLexicon', () => {
  const lex = compileLexicon(courseLexicon(), english);
  test('is built once per lexicon and language', () => expect(compileLexicon(lex.source, english)).toBe(lex));
  test('one-word synonyms share a group', () => {
    expect(lex.wordGroup.get('internet')).toBe(lex.wordGroup.get('onlin'));
    expect(lex.wordGroup.get('internet')).not.toBe(lex.wordGroup.get('websit'));
  });
  test('the vocabulary protects course words from being taken as typos', () => {
    for (const stem of ['site', 'sale', 'brand', 'b2c']) expect(lex.vocabulary.has(stem)).toBe(true);
    expect(lex.vocabulary.has('promtion')).toBe(false);
  });
});

describe('lexiconSchema', () => {
  const validate = new Ajv({ allErrors: true, strict: false }).compile(lexiconSchema());
  test('the course lexicon file validates', () => {
    const data = parse(readFileSync(LEXICON_FILE, 'utf8'));
    expect(validate(data) ? [] : validate.errors).toEqual([]);
    expect(readFileSync(LEXICON_FILE, 'utf8').split('\n')[0]).toBe(`# yaml-language-server: $schema=../schema/${LEXICON_SCHEMA_NAME}`);
  });
  test.each([
    [{ formatVersion: 1, kind: 'synonyms', synonyms: [['web']] }],
    [{ formatVersion: 1, kind: 'synonyms', synonyms: [['a|b', 'c']] }],
    [{ formatVersion: 1, kind: 'synonyms', siblings: [['B2B|', 'B2C']] }],
    [{ formatVersion: 2, kind: 'synonyms' }],
    [{ formatVersion: 1, kind: 'glossary' }],
    [{ formatVersion: 1, kind: 'synonyms', synonims: [] }],
  ])('rejects %j as readLexicon does', (data) => {
    expect(validate(data)).toBe(false);
    const { problems } = readLexiconText(stringify(data));
    expect(problems.length).toBeGreaterThan(0);
  });
});
