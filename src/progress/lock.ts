// A short-lived lock around read-merge-write, so two sessions saving at the same instant lose no answers.
// Held only for milliseconds; a lock left by a killed process is taken over once its owner is gone or it is old.
//
// The lock file appears with its owner's pid already inside (written to a private file, then hard-linked
// into place), so no other session can ever read it empty and mistake a live lock for a dead one.
// A stale lock is taken over by renaming it to a private name first: only one session can win that rename,
// and a winner that finds it grabbed a fresh lock (not the stale one it judged) puts it back. Left open: if a
// third session creates a lock in the instant before that put-back, two sessions hold it at once. That needs a
// killed session plus three savers racing within microseconds; OS file locks would close it, at a portability cost.
import { closeSync, linkSync, openSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';

const STALE_MS = 10_000;
const WAIT_MS = 3_000;

function ownerAlive(pidText: string): boolean {
  const pid = Number(pidText.trim());
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Creates the lock with our pid in it, atomically; false if another session holds it. */
function tryCreate(lockFile: string): boolean {
  const mine = `${lockFile}.${process.pid}`;
  const fd = openSync(mine, 'w');
  try { writeSync(fd, String(process.pid)); } finally { closeSync(fd); }
  try {
    linkSync(mine, lockFile);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    return false;
  } finally {
    unlinkSync(mine);
  }
}

/** Removes the lock if it is stale; safe when several sessions try at once. */
function takeOverIfStale(lockFile: string): void {
  let judged: { ino: number; stale: boolean };
  try {
    const st = statSync(lockFile);
    judged = { ino: st.ino, stale: Date.now() - st.mtimeMs > STALE_MS || !ownerAlive(readFileSync(lockFile, 'utf8')) };
  } catch { return; /* released meanwhile */ }
  if (!judged.stale) return;
  const aside = `${lockFile}.stale.${process.pid}`;
  try { renameSync(lockFile, aside); } catch { return; /* another session took it over first */ }
  try {
    // Between our check and our rename another session may have replaced the stale lock with a live one.
    if (statSync(aside).ino !== judged.ino) { try { linkSync(aside, lockFile); } catch { /* a newer lock exists */ } }
  } finally {
    try { unlinkSync(aside); } catch { /* already gone */ }
  }
}

export function withLock<T>(lockFile: string, fn: () => T): T {
  const deadline = Date.now() + WAIT_MS;
  while (!tryCreate(lockFile)) {
    takeOverIfStale(lockFile);
    if (Date.now() > deadline) throw Object.assign(new Error('another nm-tutor session is holding the progress lock'), { code: 'ELOCKED' });
    sleepSync(15);
  }
  try {
    removeOrphans(lockFile);
    return fn();
  } finally {
    try { unlinkSync(lockFile); } catch { /* already gone */ }
  }
}

/** A session killed while creating or taking over a lock leaves its private file (`.lock.<pid>`) behind. */
function removeOrphans(lockFile: string): void {
  const dir = path.dirname(lockFile);
  const pattern = new RegExp(`^${path.basename(lockFile).replace(/[.]/g, '\\.')}\\.(?:stale\\.)?(\\d+)$`);
  for (const name of readdirSync(dir)) {
    const pid = pattern.exec(name)?.[1];
    if (pid && !ownerAlive(pid)) { try { unlinkSync(path.join(dir, name)); } catch { /* already gone */ } }
  }
}
