// A cache of validated content, so the common case skips importing and running the YAML parser.
// Keyed by every content file's name, size and mtime, and by the build that wrote it: any edit of the content
// or of the tutor invalidates it (a cache written by an older tutor holds content in that tutor's shapes).
// Only content with no problems is cached; `validate` always reads the YAML itself.
//
// What comes back is trusted as validated content, so it is signed: each entry carries an HMAC-SHA256 of its
// text under a random key kept in the cache folder (readable by its owner only). An entry that was edited or
// planted by anyone without that key (another user of a shared cache, a copied folder) fails the check and is
// ignored, as is a key file that others could read or write. Special files and over-size entries are never read.
import { closeSync, constants, fstatSync, mkdirSync, openSync, readdirSync, readSync, statSync, unlinkSync } from 'node:fs';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import path from 'node:path';
import { readRegularFile, writeAll, writeFileDurably } from '../progress/durable.js';
import type { Content } from './model.js';
import { CONTENT_FORMAT_VERSION } from './model.js';

const CACHE_VERSION = 3;

declare const __NM_TUTOR_BUILD__: string | undefined;
/**
 * A hash of the sources the bundle was built from (esbuild.config.mjs defines it). Running from source
 * (`npm run dev`, which turns the cache off, and the tests) has no such hash and uses entries of its own.
 */
export const BUILD_ID = typeof __NM_TUTOR_BUILD__ === 'string' ? __NM_TUTOR_BUILD__ : 'source';
/** Far above any real pack's parsed content; a larger entry is ignored, not read. */
export const MAX_CACHE_BYTES = 512 * 1024 * 1024;

/** A fingerprint of a content directory, from metadata only (no file is read). */
export function contentFingerprint(dir: string, build: string = BUILD_ID): string | null {
  const parts = [`v${CACHE_VERSION}.${CONTENT_FORMAT_VERSION}.${build}`, path.resolve(dir)];
  for (const folder of ['lessons', 'quizzes']) {
    let names: string[];
    try {
      names = readdirSync(path.join(dir, folder))
        .filter((n) => /\.ya?ml$/i.test(n))
        .sort();
    } catch {
      return null;
    }
    for (const name of names) {
      let info;
      try {
        info = statSync(path.join(dir, folder, name));
      } catch {
        return null; /* a dangling link: the loader names it */
      }
      parts.push(`${folder}/${name}:${info.size}:${info.mtimeMs}`);
    }
  }
  return parts.join('|');
}

/** FNV-1a, enough to name a cache file per content directory. */
function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

export function cacheFileFor(cacheDir: string, dir: string): string {
  return path.join(cacheDir, `content-${shortHash(path.resolve(dir))}.json`);
}

/** This user's signing key, created on first use; null when it is missing and cannot be made, or not private. */
function cacheKey(cacheDir: string, create: boolean): Buffer | null {
  const file = path.join(cacheDir, 'key');
  if (create) {
    try {
      const fd = openSync(file, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
      try {
        writeAll(fd, Buffer.from(randomBytes(32).toString('hex')));
      } finally {
        closeSync(fd);
      }
    } catch {
      /* it exists already, or cannot be made */
    }
  }
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch {
    return null;
  }
  try {
    const info = fstatSync(fd);
    const mine = typeof process.getuid !== 'function' || info.uid === process.getuid();
    if (!info.isFile() || !mine || (info.mode & 0o077) !== 0 || info.size !== 64) return null;
    const key = Buffer.alloc(64);
    return readFully(fd, key) ? key : null;
  } finally {
    closeSync(fd);
  }
}

function readFully(fd: number, buf: Buffer): boolean {
  let done = 0;
  while (done < buf.length) {
    const n = readSync(fd, buf, done, buf.length - done, done);
    if (n <= 0) return false;
    done += n;
  }
  return true;
}

const sign = (key: Buffer, text: string) => createHmac('sha256', key).update(text).digest('hex');

export function readCachedContent(cacheDir: string, dir: string, fingerprint: string): Content | null {
  try {
    const text = readRegularFile(cacheFileFor(cacheDir, dir), MAX_CACHE_BYTES, { noFollow: true });
    if (text === null) return null;
    const key = cacheKey(cacheDir, false);
    const newline = text.indexOf('\n');
    if (!key || newline !== 64) return null;
    const body = text.slice(newline + 1);
    if (!timingSafeEqual(Buffer.from(text.slice(0, 64)), Buffer.from(sign(key, body)))) return null;
    const data = JSON.parse(body) as { fingerprint?: string; content?: Content };
    return data.fingerprint === fingerprint && data.content ? data.content : null;
  } catch {
    return null;
  }
}

/** Best effort: a cache that cannot be written is simply not used. */
export function writeCachedContent(cacheDir: string, dir: string, fingerprint: string, content: Content): void {
  try {
    mkdirSync(cacheDir, { recursive: true, mode: 0o700 });
    const key = cacheKey(cacheDir, true);
    if (!key) return;
    const file = cacheFileFor(cacheDir, dir);
    const body = JSON.stringify({ fingerprint, content });
    writeFileDurably(file, `${sign(key, body)}\n${body}`);
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
    try {
      unlinkSync(f);
    } catch {
      /* another process pruned it */
    }
  }
}
