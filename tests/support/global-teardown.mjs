import { rmSync } from 'node:fs';

export default function globalTeardown() {
  const dir = process.env.NM_TUTOR_TEST_CACHE_DIR;
  if (dir) rmSync(dir, { recursive: true, force: true });
}
