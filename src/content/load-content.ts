// The file edge of the content model: reads lessons/ and quizzes/ of a content directory and validates them once.
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { ContentError } from '../errors.js';
import { displayPath } from '../paths.js';
import type { ReadFile } from './assemble.js';
import { contentFingerprint, readCachedContent, writeCachedContent } from './content-cache.js';
import type { Content } from './model.js';
import type { FileKind } from './read-files.js';

export const MAX_FILE_BYTES = 16 * 1024 * 1024;

const FOLDERS: readonly { name: string; kinds: readonly FileKind[] }[] = [
  { name: 'lessons', kinds: ['lesson', 'concepts', 'glossary'] },
  { name: 'quizzes', kinds: ['quiz'] },
];

/** Loads and validates a content directory, through the parsed-content cache when one is given. */
export async function loadContent(dir: string, cacheDir?: string): Promise<Content> {
  const fingerprint = cacheDir ? contentFingerprint(dir) : null;
  if (cacheDir && fingerprint) {
    const cached = readCachedContent(cacheDir, dir, fingerprint);
    if (cached) return cached;
  }
  const { content, problems } = await readContentDir(dir);
  if (problems.length > 0) throw new ContentError(problems);
  if (cacheDir && fingerprint) writeCachedContent(cacheDir, dir, fingerprint, content);
  return content;
}

export async function readContentDir(dir: string): Promise<{ content: Content; problems: string[] }> {
  // Loaded here, not at the top: a cache hit never needs the parser or the schema.
  const [{ parseYaml }, { readContentFile }, { Problems }, { assembleContent }] = await Promise.all([
    import('./parse-yaml.js'), import('./read-files.js'), import('./read-node.js'), import('./assemble.js'),
  ]);
  const problems: string[] = [];
  const files: ReadFile[] = [];
  const packRoot = await realpath(dir).catch(() => path.resolve(dir));
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
      // A pack is untrusted: a symlink may not lead outside it.
      const real = await realpath(file);
      if (!real.startsWith(packRoot + path.sep)) return { display, text: null, error: `${display}: links outside the content directory; refused` };
      const info = await stat(real);
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
