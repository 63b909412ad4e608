// The grading modules are pure and light: no terminal, file, process or network access, and nothing but each
// other, the two pinned libraries and the content readers' types/helpers, so they can load only when grading.
import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';

const dir = 'src/grading';
const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
const allowed = new Set(['stemmer', 'fastest-levenshtein', '../content/parse-yaml.js', '../content/yaml-readers.js']);

describe.each(files)('src/grading/%s', (file) => {
  const source = readFileSync(`${dir}/${file}`, 'utf8');
  test('imports only grading modules, stemmer, fastest-levenshtein and the content readers', () => {
    const imports = [...source.matchAll(/^import [^;]*? from '([^']+)';/gm)].map((m) => m[1]!);
    expect(imports.filter((i) => !i.startsWith('./') && !allowed.has(i))).toEqual([]);
  });
  test('touches no process, console, file system or timer', () => {
    expect(source).not.toMatch(/\b(process|console|require)\s*[.(]|'node:|setTimeout|Date\.now|Math\.random/);
  });
});
