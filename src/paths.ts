// Where things live. Shipped content is found relative to the installed package, never the current directory.
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** dist/paths.js -> the package root. */
export const packageRoot = fileURLToPath(new URL('..', import.meta.url));
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
