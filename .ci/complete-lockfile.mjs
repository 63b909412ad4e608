// The registry mirror here serves only the Linux builds of unrs-resolver's native bindings, so `npm install`
// writes a lockfile without the other platforms' optional entries and `npm ci` then rejects it as out of sync.
// This adds those entries (os/cpu-guarded, optional) exactly as npm writes them on a machine that can see them.
// Run it after any `npm install` that rewrites package-lock.json: node .ci/complete-lockfile.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const lockPath = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const parent = lock.packages['node_modules/unrs-resolver'];
if (!parent) process.exit(0);
const platform = (name) => {
  const m = /resolver-binding-([a-z0-9]+)-([a-z0-9]+)(?:-([a-z0-9]+))?$/.exec(name);
  if (!m) return null;
  const [, os, cpu, abi] = m;
  const entry = { os: [os], cpu: [cpu] };
  if (os === 'linux' && abi) entry.libc = [abi.startsWith('musl') ? 'musl' : 'glibc'];
  return entry;
};
let added = 0;
for (const [name, version] of Object.entries(parent.optionalDependencies ?? {})) {
  const key = `node_modules/${name}`;
  if (lock.packages[key]) continue;
  const p = platform(name);
  if (!p) continue;
  lock.packages[key] = { version, cpu: p.cpu, dev: true, license: 'MIT', optional: true, os: p.os, ...(p.libc ? { libc: p.libc } : {}) };
  added++;
}
writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lockfile: added ${added} optional platform entries`);
