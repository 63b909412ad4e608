// The course's lexicon, read from lessons/synonyms.yaml: `synonyms`, groups of words or phrases that mean the same
// everywhere in the course (kept short and safe), and `siblings`, groups of mutually exclusive concepts (B2B / B2C /
// B2B2C / O2O) so that a sibling in an answer contradicts the concept asked for and never passes as its typo.
// Pure: the decoder takes a positioned YAML tree and reports problems at file:line:col like the other readers.
import type { PNode } from '../content/parse-yaml.js';
import { checkFormatVersion, MapReader, textOf, type Problems } from '../content/yaml-readers.js';
import type { Language, Token } from './language.js';

export const LEXICON_FORMAT_VERSION = 1;

export interface Lexicon {
  /** Each group: interchangeable words or phrases ("internet", "network", "online"). */
  readonly synonyms: readonly (readonly string[])[];
  /** Each group: concepts that exclude each other; a member may list alternative names as "place|channel". */
  readonly siblings: readonly (readonly string[])[];
}

export const EMPTY_LEXICON: Lexicon = Object.freeze({ synonyms: [], siblings: [] });

/** Reads a `kind: synonyms` file. Every problem goes to `problems`; returns null when the file is unusable. */
export function readLexicon(root: PNode, problems: Problems): Lexicon | null {
  const top = MapReader.of(root, problems, 'the file');
  if (!top) return null;
  if (!checkFormatVersion(top, root, problems, LEXICON_FORMAT_VERSION)) return null;
  const kind = top.string('kind');
  if (kind && kind !== 'synonyms') {
    problems.at(top.raw('kind')?.pos, `"kind" must be "synonyms" in this file, not "${kind}"`);
    return null;
  }
  const synonyms = readGroups(top, 'synonyms', problems);
  const siblings = readGroups(top, 'siblings', problems);
  top.finish();

  // One entry in two synonym groups would silently merge them: say so instead.
  const seen = new Map<string, PNode>();
  for (const group of synonyms) {
    for (const { text, node } of group) {
      const key = spellingKey(text);
      const first = seen.get(key);
      if (first)
        problems.at(node.pos, `"${text}" is already a synonym at ${problems.where(first)}; each word or phrase belongs to one group`);
      else seen.set(key, node);
    }
  }
  // Synonyms must never join two siblings: "sales promotion" = "website promotion" would undo the siblings.
  for (const group of siblings) {
    const memberOf = new Map<string, number>();
    group.forEach(({ text }, i) => {
      for (const alt of text.split('|')) memberOf.set(spellingKey(alt), i);
    });
    for (const syn of synonyms) {
      const hits = syn.filter(({ text }) => memberOf.has(spellingKey(text)));
      const members = new Set(hits.map(({ text }) => memberOf.get(spellingKey(text))));
      if (members.size > 1) {
        problems.at(
          hits[1]!.node.pos,
          `synonyms "${hits[0]!.text}" and "${hits[1]!.text}" are sibling concepts (${group.map((m) => m.text).join(', ')}); siblings must not be synonyms`,
        );
      }
    }
  }
  return Object.freeze({
    synonyms: Object.freeze(synonyms.map((g) => Object.freeze(g.map((e) => e.text)))),
    siblings: Object.freeze(siblings.map((g) => Object.freeze(g.map((e) => e.text)))),
  });
}

interface Entry {
  readonly text: string;
  readonly node: PNode;
}

function readGroups(top: MapReader, key: 'synonyms' | 'siblings', problems: Problems): Entry[][] {
  const groups: Entry[][] = [];
  for (const groupNode of top.list(key, { optional: true })) {
    if (!Array.isArray(groupNode.value)) {
      problems.at(groupNode.pos, `each item of "${key}" must be a list such as [${key === 'synonyms' ? 'internet, online' : 'B2B, B2C'}]`);
      continue;
    }
    const entries: Entry[] = [];
    const inGroup = new Set<string>();
    for (const node of groupNode.value) {
      const text = textOf(node, problems, `each entry of a "${key}" group`);
      if (!text) continue;
      if (key === 'synonyms' && text.includes('|')) {
        problems.at(node.pos, `"${text}": a synonym group lists each word or phrase as its own entry; "|" belongs to siblings`);
        continue;
      }
      if (text.split('|').some((alt) => alt.trim() === '')) {
        problems.at(node.pos, `"${text}" has an empty alternative around "|"`);
        continue;
      }
      const k = spellingKey(text);
      if (inGroup.has(k)) {
        problems.at(node.pos, `"${text}" is listed twice in this group`);
        continue;
      }
      inGroup.add(k);
      entries.push({ text, node });
    }
    if (entries.length < 2) {
      problems.at(groupNode.pos, `a "${key}" group needs at least 2 entries`);
      continue;
    }
    groups.push(entries);
  }
  return groups;
}

/** Case, spacing and dashes do not make two spellings different entries. */
function spellingKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s\u2010-\u2015\u2212-]+/g, ' ')
    .trim();
}

// --- Compiled form, built once per lexicon and language -----------------------------------------------------

/** A multi-word synonym phrase as canonical word keys, and the group it canonicalises to. */
export interface SynonymPhrase {
  readonly keys: readonly string[];
  readonly group: number;
}

export interface CompiledLexicon {
  readonly source: Lexicon;
  readonly language: Language;
  /** Multi-word synonym phrases by the canonical key of their first word, longest first. */
  readonly phrasesByFirst: ReadonlyMap<string, readonly SynonymPhrase[]>;
  /** Group of a one-word synonym, by stem. */
  readonly wordGroup: ReadonlyMap<string, number>;
  /** Each group's entries, as written (the first names the group), and tokenised. */
  readonly groups: readonly { readonly spellings: readonly string[]; readonly tokens: readonly (readonly Token[])[] }[];
  /** Stems of every word the lexicon names: a word the course itself uses is never taken as a typo of another. */
  readonly vocabulary: ReadonlySet<string>;
}

const cache = new WeakMap<Lexicon, Map<string, CompiledLexicon>>();

export function compileLexicon(lexicon: Lexicon, language: Language): CompiledLexicon {
  let perLanguage = cache.get(lexicon);
  if (!perLanguage) {
    perLanguage = new Map();
    cache.set(lexicon, perLanguage);
  }
  const hit = perLanguage.get(language.code);
  if (hit && hit.language === language) return hit;

  const wordGroup = new Map<string, number>();
  const vocabulary = new Set<string>();
  const groups = lexicon.synonyms.map((spellings, group) => {
    const tokens = spellings.map((s) => language.tokenize(s));
    for (const toks of tokens) {
      for (const t of toks) vocabulary.add(t.stem);
      if (toks.length === 1) wordGroup.set(toks[0]!.stem, group);
    }
    return { spellings, tokens };
  });
  // Words inside a phrase are compared by their own synonyms too: "firm to consumer" ~ "business to consumer".
  const key = (stem: string) => {
    const g = wordGroup.get(stem);
    return g === undefined ? stem : `~${g}`;
  };
  const phrasesByFirst = new Map<string, SynonymPhrase[]>();
  groups.forEach(({ tokens }, group) => {
    for (const toks of tokens) {
      if (toks.length < 2) continue;
      const keys = toks.map((t) => key(t.stem));
      const list = phrasesByFirst.get(keys[0]!) ?? [];
      list.push({ keys, group });
      phrasesByFirst.set(keys[0]!, list);
    }
  });
  for (const list of phrasesByFirst.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  for (const group of lexicon.siblings) {
    for (const member of group) for (const alt of member.split('|')) for (const t of language.tokenize(alt)) vocabulary.add(t.stem);
  }
  const compiled: CompiledLexicon = { source: lexicon, language, phrasesByFirst, wordGroup, groups, vocabulary };
  perLanguage.set(language.code, compiled);
  return compiled;
}
