// A short-lived lock around read-merge-write, so two sessions saving at the same instant lose no answers.
// Held only for milliseconds; a lock left by a killed process is taken over once its owner is gone or it is old.
//
// The lock file appears with its owner's identity already inside (written to a private file created
// exclusively, then hard-linked into place), so no other session can ever read it empty.
//
// Staleness is judged on the file system's own clock: a waiter compares the lock's mtime with the mtime of the
// private file it has just written, never with Date.now(), so a process whose clock runs ahead (or behind) cannot
// take over a live lock. The owner's pid is trusted only on the same host and in the same pid namespace;
// elsewhere only age counts. The holder refreshes the mtime (a heartbeat) at each step.
//
// A holder that stalls (Ctrl-Z, a suspended laptop) longer than STALE_MS loses the lock. It keeps the lock
// file's descriptor open, so the lock's inode cannot be reused, and before every step that changes the data
// (rename, journal append, journal removal) it checks that the lock file is still that inode (`stillMine`).
// Left open: a stall of more than STALE_MS between that check and the rename itself (microseconds apart).
import { closeSync, constants, fstatSync, linkSync, lstatSync, openSync, readdirSync, readlinkSync, renameSync, unlinkSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import path from 'node:path';
import { escapeRegExp, readRegularFile, writeAll } from './durable.js';
import { words } from '../words.js';

export const STALE_MS = 10_000;
/** Longer than STALE_MS, so a waiter outlasts a stalled holder instead of giving up first. */
export const WAIT_MS = 15_000;

export interface LockOptions {
  /** How long to wait for a busy lock before giving up. */
  readonly waitMs?: number;
  /** How old (by the file system's clock) a lock must be before it is taken over although its owner may live. */
  readonly staleMs?: number;
}

export interface HeldLock {
  /** True while the lock file is still the one this session created. */
  stillMine(): boolean;
  /** Refreshes the lock's age. */
  heartbeat(): void;
}

export class LockLost extends Error {
  readonly code = 'ELOCKLOST';
  constructor() {
    super(words.store.lockTakenOver);
  }
}

interface Owner {
  pid: number;
  host?: string;
  ns?: string;
  token?: string;
}

let ownNamespace: string | null | undefined;
function pidNamespace(): string | null {
  if (ownNamespace === undefined) {
    try {
      ownNamespace = readlinkSync('/proc/self/ns/pid');
    } catch {
      ownNamespace = null;
    }
  }
  return ownNamespace;
}

function parseOwner(text: string): Owner | null {
  const trimmed = text.trim();
  // An older nm-tutor wrote the bare pid.
  if (/^\d+$/.test(trimmed)) return { pid: Number(trimmed) };
  try {
    const o = JSON.parse(trimmed) as Owner;
    return Number.isInteger(o.pid) && o.pid > 0 ? o : null;
  } catch {
    return null;
  }
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether the owner is certainly gone: only answerable for an owner on this host in this pid namespace. */
function ownerCertainlyDead(owner: Owner): boolean {
  const sameHost = owner.host === undefined || owner.host === hostname();
  const sameNs = owner.ns === undefined ? owner.host === undefined : owner.ns === pidNamespace();
  return sameHost && sameNs && !pidAlive(owner.pid);
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

const privateName = (lockFile: string, kind: string) => `${lockFile}.nm-${kind}${process.pid}-${randomBytes(6).toString('hex')}`;

type Attempt = { held: { fd: number; ino: number; dev: number; body: Buffer } } | { busy: { fsNow: number } };

/** Creates the lock with our identity in it, atomically. When it is busy, says what time the file system thinks it is. */
function tryCreate(lockFile: string): Attempt {
  const mine = privateName(lockFile, '');
  const body = Buffer.from(JSON.stringify({ pid: process.pid, host: hostname(), ns: pidNamespace(), token: path.basename(mine) }));
  // O_EXCL: a symlink planted at this name is never followed.
  const fd = openSync(mine, constants.O_RDWR | constants.O_CREAT | constants.O_EXCL, 0o644);
  let keep = false;
  try {
    writeAll(fd, body, 0);
    try {
      linkSync(mine, lockFile);
      const st = fstatSync(fd);
      keep = true;
      return { held: { fd, ino: st.ino, dev: st.dev, body } };
    } catch (err) {
      // ENOENT: a holder removed our private file as an orphan (its pid looked dead from another namespace).
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST' && code !== 'ENOENT') throw err;
      return { busy: { fsNow: fstatSync(fd).mtimeMs } };
    }
  } finally {
    try {
      unlinkSync(mine);
    } catch {
      /* removed as an orphan by a holder; harmless */
    }
    if (!keep) closeSync(fd);
  }
}

/** Removes the lock if it is stale; safe when several sessions try at once. */
function takeOverIfStale(lockFile: string, fsNow: number, staleMs: number): void {
  let judged: { ino: number; stale: boolean };
  try {
    const st = lstatSync(lockFile);
    let stale: boolean;
    if (!st.isFile())
      stale = true; // never one of ours (a planted symlink, a folder): moved aside, never followed
    else {
      const owner = parseOwner(readRegularFile(lockFile, 4096, { noFollow: true }) ?? '');
      stale = owner === null || fsNow - st.mtimeMs > staleMs || ownerCertainlyDead(owner);
    }
    judged = { ino: st.ino, stale };
  } catch {
    return; /* released meanwhile */
  }
  if (!judged.stale) return;
  const aside = privateName(lockFile, 'stale-');
  try {
    renameSync(lockFile, aside);
  } catch {
    return; /* another session took it over first */
  }
  try {
    // Between our check and our rename another session may have replaced the stale lock with a live one.
    if (lstatSync(aside).ino !== judged.ino) {
      try {
        linkSync(aside, lockFile);
      } catch {
        /* a newer lock exists */
      }
    }
  } finally {
    try {
      unlinkSync(aside);
    } catch {
      /* already gone */
    }
  }
}

export function withLock<T>(lockFile: string, fn: (lock: HeldLock) => T, opts: LockOptions = {}): T {
  const waitMs = opts.waitMs ?? WAIT_MS;
  const staleMs = opts.staleMs ?? STALE_MS;
  const deadline = Date.now() + waitMs;
  let pause = 5;
  let attempt: Attempt;
  for (;;) {
    attempt = tryCreate(lockFile);
    if ('held' in attempt) break;
    takeOverIfStale(lockFile, attempt.busy.fsNow, staleMs);
    if (Date.now() > deadline) throw Object.assign(new Error(words.store.lockHeld), { code: 'ELOCKED' });
    // Randomised back-off: many sessions polling in step would starve one another.
    sleepSync(pause + Math.floor(Math.random() * pause));
    pause = Math.min(pause * 2, 100);
  }
  const { fd, ino, dev, body } = attempt.held;
  const lock: HeldLock = {
    stillMine() {
      try {
        const st = lstatSync(lockFile);
        return st.ino === ino && st.dev === dev;
      } catch {
        return false;
      }
    },
    heartbeat() {
      // Rewriting the same bytes makes the kernel stamp the mtime with the file system's clock.
      try {
        writeAll(fd, body, 0);
      } catch {
        /* the age check only errs toward waiting */
      }
    },
  };
  try {
    removeOrphans(lockFile, fstatSync(fd).mtimeMs, staleMs);
    return fn(lock);
  } finally {
    if (lock.stillMine()) {
      try {
        unlinkSync(lockFile);
      } catch {
        /* already gone */
      }
    }
    closeSync(fd);
  }
}

/**
 * A session killed while creating or taking over a lock leaves its private file behind; removed once its pid is
 * gone or it is old. Removing a live one by mistake (a pid from another namespace) only makes its owner retry.
 */
function removeOrphans(lockFile: string, fsNow: number, staleMs: number): void {
  const dir = path.dirname(lockFile);
  const pattern = new RegExp(`^${escapeRegExp(path.basename(lockFile))}\\.nm-(?:stale-)?(\\d+)-[0-9a-f]{12}$`);
  for (const name of readdirSync(dir)) {
    const pid = pattern.exec(name)?.[1];
    if (!pid) continue;
    const file = path.join(dir, name);
    try {
      if (!pidAlive(Number(pid)) || fsNow - lstatSync(file).mtimeMs > staleMs) unlinkSync(file);
    } catch {
      /* already gone */
    }
  }
}
