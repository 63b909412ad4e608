// The file edge of the content model: reads lessons/ and quizzes/ of a content directory and validates them once.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ContentError } from '../errors.js';
import { displayPath } from '../paths.js';
import { sanitizeLine } from './sanitize.js';
import type { ReadFile } from './assemble.js';
import { contentFingerprint, readCachedContent, writeCachedContent } from './content-cache.js';
import type { Content } from './model.js';
import type { FileKind } from './decode-content.js';
import type { TextJob, TextResult } from './decode-text.js';

export const MAX_FILE_BYTES = 16 * 1024 * 1024;

const FOLDERS: readonly { name: string; kinds: readonly FileKind[] }[] = [
  { name: 'lessons', kinds: ['lesson', 'concepts', 'glossary', 'synonyms', 'sources'] },
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
  const [{ readdir, readFile, realpath, stat }, { readContentText }, { assembleContent }] = await Promise.all([
    import('node:fs/promises'),
    import('./decode-text.js'),
    import('./assemble.js'),
  ]);
  const problems: string[] = [];
  const files: ReadFile[] = [];
  const jobs: TextJob[] = [];
  const packRoot = await realpath(dir).catch(() => path.resolve(dir));
  for (const folder of FOLDERS) {
    const folderPath = path.join(dir, folder.name);
    let names: string[];
    try {
      names = (await readdir(folderPath)).filter((n) => /\.ya?ml$/i.test(n) && n !== 'lint-allow.yaml').sort(); // read by validate only
    } catch {
      problems.push(`${folderPath}: no such folder; a content directory needs lessons/ and quizzes/`);
      continue;
    }
    const readOne = async (name: string) => {
      const file = path.join(folderPath, name);
      // A file name comes from the pack: cleaned before it appears in any message.
      const display = sanitizeLine(displayPath(file));
      try {
        // A pack is untrusted: a symlink may not lead outside it.
        const real = await realpath(file);
        if (!real.startsWith(packRoot + path.sep))
          return { display, text: null, error: `${display}: links outside the content directory; refused` };
        const info = await stat(real);
        if (!info.isFile()) return { display, text: null, error: `${display}: not a regular file` };
        if (info.size > MAX_FILE_BYTES)
          return { display, text: null, error: `${display}: file is ${info.size} bytes; the limit is ${MAX_FILE_BYTES}` };
        return { display, text: await readFile(real, 'utf8'), error: null };
      } catch (err) {
        // A dangling link, a link loop, an unreadable file: named, never an "unexpected error".
        return { display, text: null, error: `${display}: ${fileProblem(err as NodeJS.ErrnoException)}` };
      }
    };
    // A few files at a time: a pack of thousands would otherwise open them all at once (EMFILE at ulimit -n 1024).
    const texts: Awaited<ReturnType<typeof readOne>>[] = [];
    for (let i = 0; i < names.length; i += OPEN_AT_ONCE) texts.push(...(await Promise.all(names.slice(i, i + OPEN_AT_ONCE).map(readOne))));
    for (const { display, text, error } of texts) {
      if (error || text === null) problems.push(error ?? `${display}: unreadable`);
      else jobs.push({ display, text, kinds: folder.kinds });
    }
  }
  const results = jobs.reduce((n, j) => n + j.text.length, 0) > PARALLEL_ABOVE_CHARS ? await readInWorkers(jobs) : null;
  jobs.forEach((job, i) => {
    const { content, problems: fileProblems } = results?.[i] ?? readContentText(job);
    problems.push(...fileProblems);
    if (content) files.push({ file: job.display, content });
  });
  const assembled = assembleContent(files);
  // An empty pack would pass and then leave `learn` with nothing to show.
  const empty =
    problems.length === 0 && assembled.content.lessons.length === 0
      ? [`${sanitizeLine(displayPath(dir))}: no lessons; a content directory needs at least one lesson in lessons/`]
      : [];
  return { content: assembled.content, problems: [...problems, ...assembled.problems, ...empty] };
}

const OPEN_AT_ONCE = 64;

function fileProblem(err: NodeJS.ErrnoException): string {
  switch (err.code) {
    case 'ENOENT':
      return 'a symbolic link to nothing (dangling)';
    case 'ELOOP':
      return 'a symbolic link loop';
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read (permission denied)';
    case 'EISDIR':
      return 'not a regular file';
    default:
      return `cannot be read (${err.code ?? err.message})`;
  }
}

/**
 * Parsing YAML is nearly all the cost of a very large pack, and its garbage outgrows the main thread's young
 * generation, so collection time grows faster than the pack (bench/: 100,000 questions took 11x as long as
 * 10,000). Above this size the files are shared among worker threads, one per core (up to four), each with a
 * young generation large enough for the parser's garbage to die young. Below it a worker costs more than it saves.
 */
export const PARALLEL_ABOVE_CHARS = 4 * 1024 * 1024;

async function readInWorkers(jobs: readonly TextJob[]): Promise<TextResult[] | null> {
  const workerFile = new URL('./parse-worker.js', import.meta.url);
  // Under a test runner the sources are TypeScript and there is no compiled worker: read inline instead.
  if (!existsSync(workerFile)) return null;
  const [{ availableParallelism }, { Worker }] = await Promise.all([import('node:os'), import('node:worker_threads')]);
  const shares: number[][] = Array.from({ length: Math.min(4, availableParallelism(), jobs.length) }, () => []);
  const load = shares.map(() => 0);
  // Largest files first, each to the least loaded worker.
  for (const i of jobs.map((_, i) => i).sort((a, b) => jobs[b]!.text.length - jobs[a]!.text.length)) {
    const w = load.indexOf(Math.min(...load));
    shares[w]!.push(i);
    load[w] = load[w]! + jobs[i]!.text.length;
  }
  const results: TextResult[] = new Array(jobs.length);
  await Promise.all(
    shares.map(
      (share) =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(workerFile, {
            workerData: share.map((i) => jobs[i]),
            resourceLimits: { maxYoungGenerationSizeMb: 64 },
          });
          worker.once('message', (out: TextResult[]) => {
            share.forEach((i, k) => {
              results[i] = out[k]!;
            });
            resolve();
          });
          worker.once('error', reject);
          worker.once('exit', (code) => {
            if (code !== 0) reject(new Error(`content parser thread exited with code ${code}`));
          });
        }),
    ),
  );
  return results;
}
