// A short-lived lock around read-merge-write, so two sessions saving at the same instant lose no answers.
// Held only for milliseconds; a lock left by a killed process is taken over once its owner is gone or it is old.
import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';

const STALE_MS = 10_000;
const WAIT_MS = 3_000;

function ownerAlive(lockFile: string): boolean {
  try {
    const pid = Number(readFileSync(lockFile, 'utf8').trim());
    if (!Number.isInteger(pid) || pid <= 0) return false;
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

export function withLock<T>(lockFile: string, fn: () => T): T {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    try {
      const fd = openSync(lockFile, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      let stale = false;
      try {
        stale = Date.now() - statSync(lockFile).mtimeMs > STALE_MS || !ownerAlive(lockFile);
      } catch { continue; /* released meanwhile */ }
      if (stale) { try { unlinkSync(lockFile); } catch { /* someone else took it over */ } continue; }
      if (Date.now() > deadline) throw Object.assign(new Error('another nm-tutor session is holding the progress lock'), { code: 'ELOCKED' });
      sleepSync(15);
    }
  }
  try {
    return fn();
  } finally {
    try { unlinkSync(lockFile); } catch { /* already gone */ }
  }
}
