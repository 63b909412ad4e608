// The file edge of the content model: reads lessons/ and quizzes/ of a content directory and validates them once.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ContentError } from '../errors.js';
import { displayPath } from '../paths.js';
import { assembleContent, type ReadFile } from './assemble.js';
import type { Content } from './model.js';
import { parseYaml } from './parse-yaml.js';
import { readContentFile, type FileKind } from './read-files.js';
import { Problems } from './read-node.js';

export const MAX_FILE_BYTES = 16 * 1024 * 1024;

const FOLDERS: readonly { name: string; kinds: readonly FileKind[] }[] = [
  { name: 'lessons', kinds: ['lesson', 'concepts', 'glossary'] },
  { name: 'quizzes', kinds: ['quiz'] },
];

export async function loadContent(dir: string): Promise<Content> {
  const { content, problems } = await readContentDir(dir);
  if (problems.length > 0) throw new ContentError(problems);
  return content;
}

export async function readContentDir(dir: string): Promise<{ content: Content; problems: string[] }> {
  const problems: string[] = [];
  const files: ReadFile[] = [];
  for (const folder of FOLDERS) {
    const folderPath = path.join(dir, folder.name);
    let names: string[];
    try {
      names = (await readdir(folderPath)).filter((n) => /\.ya?ml$/i.test(n)).sort();
    } catch {
      problems.push(`${folderPath}: no such folder; a content directory needs lessons/ and quizzes/`);
      continue;
    }
    const texts = await Promise.all(names.map(async (name) => {
      const file = path.join(folderPath, name);
      const display = displayPath(file);
      const info = await stat(file);
      if (!info.isFile()) return { display, text: null, error: `${display}: not a regular file` };
      if (info.size > MAX_FILE_BYTES) return { display, text: null, error: `${display}: file is ${info.size} bytes; the limit is ${MAX_FILE_BYTES}` };
      return { display, text: await readFile(file, 'utf8'), error: null };
    }));
    for (const { display, text, error } of texts) {
      if (error || text === null) { problems.push(error ?? `${display}: unreadable`); continue; }
      const parsed = parseYaml(text, display);
      problems.push(...parsed.errors);
      if (!parsed.root) continue;
      const fileProblems = new Problems(display);
      const content = readContentFile(parsed.root, fileProblems, folder.kinds);
      problems.push(...fileProblems.list);
      if (content) files.push({ file: display, content });
    }
  }
  const assembled = assembleContent(files);
  return { content: assembled.content, problems: [...problems, ...assembled.problems] };
}
