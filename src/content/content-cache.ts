// A cache of validated content, so the common case skips importing and running the YAML parser.
// Keyed by every content file's name, size and mtime (plus this build's version): any edit invalidates it.
// Only content with no problems is cached; `validate` always reads the YAML itself.
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Content } from './model.js';
import { CONTENT_FORMAT_VERSION } from './model.js';

const CACHE_VERSION = 2;

/** A fingerprint of a content directory, from metadata only (no file is read). */
export function contentFingerprint(dir: string): string | null {
  const parts = [`v${CACHE_VERSION}.${CONTENT_FORMAT_VERSION}`, path.resolve(dir)];
  for (const folder of ['lessons', 'quizzes']) {
    let names: string[];
    try { names = readdirSync(path.join(dir, folder)).filter((n) => /\.ya?ml$/i.test(n)).sort(); } catch { return null; }
    for (const name of names) {
      const info = statSync(path.join(dir, folder, name));
      parts.push(`${folder}/${name}:${info.size}:${info.mtimeMs}`);
    }
  }
  return parts.join('|');
}

/** FNV-1a, enough to name a cache file per content directory. */
function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) { h ^= text.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0; }
  return h.toString(16).padStart(8, '0');
}

function cacheFile(cacheDir: string, dir: string): string {
  return path.join(cacheDir, `content-${shortHash(path.resolve(dir))}.json`);
}

export function readCachedContent(cacheDir: string, dir: string, fingerprint: string): Content | null {
  try {
    const data = JSON.parse(readFileSync(cacheFile(cacheDir, dir), 'utf8')) as { fingerprint?: string; content?: Content };
    return data.fingerprint === fingerprint && data.content ? data.content : null;
  } catch {
    return null;
  }
}

/** Best effort: a cache that cannot be written is simply not used. */
export function writeCachedContent(cacheDir: string, dir: string, fingerprint: string, content: Content): void {
  try {
    mkdirSync(cacheDir, { recursive: true });
    const file = cacheFile(cacheDir, dir);
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify({ fingerprint, content }));
    renameSync(temp, file);
    pruneCache(cacheDir, file);
  } catch {
    /* not cached this time */
  }
}

/** One file per content directory ever used; beyond a few, the least recently written ones go. */
export const CACHE_FILES_KEPT = 8;

function pruneCache(cacheDir: string, keep: string): void {
  const files = readdirSync(cacheDir)
    .filter((n) => /^content-[0-9a-f]{8}\.json$/.test(n))
    .map((n) => path.join(cacheDir, n))
    .filter((f) => f !== keep)
    .map((f) => ({ f, mtime: statSync(f).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  for (const { f } of files.slice(CACHE_FILES_KEPT - 1)) {
    try { unlinkSync(f); } catch { /* another process pruned it */ }
  }
}
