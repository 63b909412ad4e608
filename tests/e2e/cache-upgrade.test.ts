// A learner upgrades the tutor: the content cache written by the old build must not be served to the new one
// (its content objects may have other shapes; after the topic -> lesson rename every lesson showed 0 questions).
import { expect, test } from '@jest/globals';
import { readdirSync } from 'node:fs';
import { contentFingerprint, writeCachedContent } from '../../src/content/content-cache.js';
import { loadContent } from '../../src/content/load-content.js';
import { miniPack, runCli, tempHome } from '../support/run-cli.js';

test('the built tutor ignores a cache entry another build wrote for the same pack, and reads the pack again', async () => {
  const cache = tempHome();
  const content = await loadContent(miniPack);
  // What an older build left behind: a validly signed entry for this very pack, with lessons missing.
  writeCachedContent(cache, miniPack, contentFingerprint(miniPack, 'an-older-build')!, { ...content, lessons: [] });
  expect(readdirSync(cache).filter((f) => f.endsWith('.json'))).toHaveLength(1);
  const res = runCli(['--content', miniPack, 'topics', '--json'], { env: { NM_TUTOR_CACHE_DIR: cache } });
  expect(res.stderr).toBe('');
  expect(JSON.parse(res.stdout).lessons.map((l: { id: string }) => l.id)).toEqual(['mini']);
});
