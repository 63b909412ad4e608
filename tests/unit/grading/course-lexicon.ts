// The shipped lexicon (lessons/synonyms.yaml), read through the real decoder, for the grading tests.
import { readFileSync } from 'node:fs';
import { parseYaml } from '../../../src/content/parse-yaml.js';
import { Problems } from '../../../src/content/read-node.js';
import { readLexicon, type Lexicon } from '../../../src/grading/lexicon.js';

export function readLexiconText(text: string, file = 'synonyms.yaml'): { lexicon: Lexicon | null; problems: string[] } {
  const { root, errors } = parseYaml(text, file);
  if (!root) return { lexicon: null, problems: errors };
  const problems = new Problems(file);
  const lexicon = readLexicon(root, problems);
  return { lexicon, problems: problems.list };
}

export function courseLexicon(): Lexicon {
  const { lexicon, problems } = readLexiconText(readFileSync('lessons/synonyms.yaml', 'utf8'), 'lessons/synonyms.yaml');
  if (!lexicon || problems.length) throw new Error(problems.join('\n'));
  return lexicon;
}
