// The course lexicon, read through the real decoder, for the grading tests. It ships as lessons/synonyms.yaml once
// the content loader reads it; until then it waits in pending/lessons/ (the loader refuses unknown kinds in lessons/).
import { existsSync, readFileSync } from 'node:fs';
import { parseYaml } from '../../../src/content/parse-yaml.js';
import { Problems } from '../../../src/content/yaml-readers.js';
import { readLexicon, type Lexicon } from '../../../src/grading/lexicon.js';

export function readLexiconText(text: string, file = 'synonyms.yaml'): { lexicon: Lexicon | null; problems: string[] } {
  const { root, errors } = parseYaml(text, file);
  if (!root) return { lexicon: null, problems: errors };
  const problems = new Problems(file);
  const lexicon = readLexicon(root, problems);
  return { lexicon, problems: problems.list };
}

export const LEXICON_FILE = existsSync('lessons/synonyms.yaml') ? 'lessons/synonyms.yaml' : 'pending/lessons/synonyms.yaml';

export function courseLexicon(): Lexicon {
  const { lexicon, problems } = readLexiconText(readFileSync(LEXICON_FILE, 'utf8'), LEXICON_FILE);
  if (!lexicon || problems.length) throw new Error(problems.join('\n'));
  return lexicon;
}
