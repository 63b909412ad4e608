// Where things live. Shipped content is found relative to the installed package, never the current directory.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import envPaths from 'env-paths';

/** The installed package's root: the nearest folder above this file with nm-tutor's package.json
 * (this file runs from dist/ or from a bundle chunk in dist/bundle/). */
function findPackageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && /"name":\s*"nm-tutor"/.test(readFileSync(manifest, 'utf8'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return fileURLToPath(new URL('..', import.meta.url));
    dir = parent;
  }
}

export const packageRoot = findPackageRoot();
export const shippedContentDir = packageRoot;

export function contentDirFrom(option: string | undefined, env: NodeJS.ProcessEnv): string {
  const chosen = option ?? env.NM_TUTOR_CONTENT;
  return chosen ? path.resolve(chosen) : shippedContentDir;
}

/** A path as a learner would type it: relative to the working directory when inside it, else absolute. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : relative === '' ? '.' : file;
}

/** Where parsed content is cached: NM_TUTOR_CACHE_DIR, else the platform cache directory; NM_TUTOR_NO_CACHE=1 turns it off. */
export function contentCacheDir(env: NodeJS.ProcessEnv): string | undefined {
  if (env.NM_TUTOR_NO_CACHE) return undefined;
  if (env.NM_TUTOR_CACHE_DIR) return path.resolve(env.NM_TUTOR_CACHE_DIR);
  return envPaths('nm-tutor', { suffix: '' }).cache;
}

/** Where the progress file lives: NM_TUTOR_HOME, else the platform's data directory. */
export function progressFilePath(env: NodeJS.ProcessEnv): string {
  const home = env.NM_TUTOR_HOME;
  const dir = home ? path.resolve(home) : envPaths('nm-tutor', { suffix: '' }).data;
  return path.join(dir, 'progress.json');
}
