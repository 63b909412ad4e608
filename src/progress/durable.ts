// File primitives for data that must not be lost: reads that refuse anything but a regular file of sane
// size, and writes that put every byte on disk or fail leaving the old file in place.
//
// Node's writeSync may write fewer bytes than asked (a nearly full disk, a signal); fs.writeFileSync and
// write-file-atomic's sync path were seen to leave a truncated progress file on a full tmpfs. Every write here
// loops on the count writeSync returns and treats a write of zero bytes as a full disk.
import {
  closeSync,
  constants,
  fstatSync,
  fsyncSync,
  ftruncateSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { words } from '../words.js';

/** An error with a code, as fs throws them, so callers can treat ours and the system's alike. */
export function fsError(code: string, message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(message), { code });
}

/** Writes all of `data` at the file's current position (or from `position`), or throws. */
export function writeAll(fd: number, data: Buffer, position?: number): void {
  let done = 0;
  while (done < data.length) {
    const n = writeSync(fd, data, done, data.length - done, position === undefined ? null : position + done);
    if (n <= 0) throw fsError('ENOSPC', words.store.noSpace);
    done += n;
  }
}

/**
 * The text of a file that must be a regular file no larger than maxBytes; null when it does not exist.
 * Opened non-blocking, so a FIFO planted in its place is refused instead of waiting forever for a writer,
 * and checked with fstat before a byte is read, so /dev/zero (or a link to it) is refused instead of read forever.
 */
export function readRegularFile(file: string, maxBytes: number, opts: { noFollow?: boolean } = {}): string | null {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK | (opts.noFollow ? constants.O_NOFOLLOW : 0));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    if (code === 'ELOOP' && opts.noFollow) throw fsError('ELOOP', words.store.symlinkRefused);
    throw err;
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw fsError('ENOTREG', words.store.notRegularRefused);
    if (info.size > maxBytes) throw fsError('EFBIG', words.store.tooBig(info.size, maxBytes));
    // Read to the end rather than trusting the size: a file that grows past the limit meanwhile is refused too.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.allocUnsafe(Math.min(Math.max(info.size - total, 0) + 1, 1 << 20) || 1);
      let n: number;
      try {
        n = readSync(fd, buf, 0, buf.length, null);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'EAGAIN') {
          n = 0;
        } else throw err;
      }
      if (n === 0) break;
      total += n;
      if (total > maxBytes) throw fsError('EFBIG', words.store.overLimit(maxBytes));
      chunks.push(buf.subarray(0, n));
    }
    return Buffer.concat(chunks, total).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** The marker in every temp file the tutor writes; clean-up touches only names carrying it. */
export const TEMP_MARK = 'nm-tutor-tmp';

export function tempNameFor(file: string): string {
  return `${file}.${TEMP_MARK}.${process.pid}.${randomBytes(6).toString('hex')}`;
}

/**
 * Replaces `file` with `text`: a new temp file (created exclusively, so a planted symlink is never followed),
 * every byte written, flushed, then renamed over the old file. On any failure the temp file is removed and the
 * old file is untouched. `beforeRename` runs last, and may throw to abandon the write (e.g. the lock was lost).
 */
export function writeFileDurably(file: string, text: string, beforeRename?: () => void): void {
  const temp = tempNameFor(file);
  const fd = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o644);
  let renamed = false;
  try {
    try {
      writeAll(fd, Buffer.from(text, 'utf8'));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    beforeRename?.();
    renameSync(temp, file);
    renamed = true;
    syncFolder(path.dirname(file));
  } finally {
    if (!renamed) {
      try {
        unlinkSync(temp);
      } catch {
        /* never created or already gone */
      }
    }
  }
}

/** Makes a rename durable; some systems cannot open a folder for this, which costs only durability, not safety. */
function syncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, constants.O_RDONLY);
    fsyncSync(fd);
  } catch {
    /* not supported here */
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Appends whole lines and flushes them, never through a symlink. Starts on a fresh line if a killed append
 * left a partial one. A failed append is cut back off, so the file never ends in half a line we wrote.
 * Returns the file's new size.
 */
export function appendLinesDurably(file: string, text: string): number {
  const fd = openSync(file, constants.O_RDWR | constants.O_APPEND | constants.O_CREAT | constants.O_NOFOLLOW | constants.O_NONBLOCK, 0o644);
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw fsError('ENOTREG', words.store.notRegularFile(file));
    const size = info.size;
    if (size > 0) {
      const last = Buffer.alloc(1);
      readSync(fd, last, 0, 1, size - 1);
      if (last[0] !== 0x0a) text = `\n${text}`;
    }
    const data = Buffer.from(text, 'utf8');
    try {
      writeAll(fd, data);
      fsyncSync(fd);
    } catch (err) {
      try {
        ftruncateSync(fd, size);
      } catch {
        /* the next reader skips the partial line */
      }
      throw err;
    }
    return size + data.length;
  } finally {
    closeSync(fd);
  }
}

/** Temp files of `file` left by a killed writer: only names this module makes (`<file>.nm-tutor-tmp.<pid>.<hex>`). */
export function removeOrphanTemps(file: string): void {
  const base = path.basename(file);
  const pattern = new RegExp(`^${escapeRegExp(base)}\\.${TEMP_MARK}\\.\\d+\\.[0-9a-f]{12}$`);
  for (const name of readdirSync(path.dirname(file))) {
    if (pattern.test(name)) {
      try {
        unlinkSync(path.join(path.dirname(file), name));
      } catch {
        /* already gone */
      }
    }
  }
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
