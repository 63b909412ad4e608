// The parsed-content cache: a hit skips the YAML entirely, any edit invalidates it, broken content is
// never cached, and old entries are pruned.
import { describe, expect, test } from '@jest/globals';
import { chmodSync, cpSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BUILD_ID, CACHE_FILES_KEPT, contentFingerprint, writeCachedContent } from '../../src/content/content-cache.js';
import { loadContent } from '../../src/content/load-content.js';
import { ContentError } from '../../src/errors.js';

const mini = path.resolve('tests/fixtures/mini');
const temp = (name: string) => mkdtempSync(path.join(tmpdir(), `nm-cache-${name}-`));
function packCopy(): string {
  const dir = temp('pack');
  cpSync(mini, dir, { recursive: true });
  return dir;
}

describe('content cache', () => {
  test('a second load is served from the cache, without reading the YAML', async () => {
    const pack = packCopy();
    const cache = temp('dir');
    const quiz = path.join(pack, 'quizzes', 'mini.yaml');
    utimesSync(quiz, 1_700_000_000, 1_700_000_000);
    const first = await loadContent(pack, cache);
    expect(readdirSync(cache).filter((f) => f !== 'key')).toHaveLength(1);
    // Same size and mtime but unparseable text: only a cache hit can still succeed.
    writeFileSync(quiz, readFileSync(quiz, 'utf8').replace(/[a-z]/g, '{'));
    utimesSync(quiz, 1_700_000_000, 1_700_000_000);
    expect(await loadContent(pack, cache)).toEqual(first);
  });

  test('an edit to any content file invalidates it', async () => {
    const pack = packCopy();
    const cache = temp('dir');
    await loadContent(pack, cache);
    const lesson = path.join(pack, 'lessons', 'mini.yaml');
    writeFileSync(lesson, readFileSync(lesson, 'utf8').replace('title: A tiny lesson', 'title: A renamed lesson'));
    const again = await loadContent(pack, cache);
    expect(again.lessons[0]!.title).toBe('A renamed lesson');
  });

  test('an entry written by another build of the tutor is not read (its content may have other shapes)', async () => {
    const pack = packCopy();
    const cache = temp('dir');
    const current = await loadContent(pack, cache);
    const older = contentFingerprint(pack, 'an-older-build')!;
    expect(older).not.toBe(contentFingerprint(pack, BUILD_ID));
    writeCachedContent(cache, pack, older, { ...current, lessons: [] });
    expect(await loadContent(pack, cache)).toEqual(current);
  });

  test('content with problems is reported, never cached', async () => {
    const pack = packCopy();
    const cache = temp('dir');
    writeFileSync(path.join(pack, 'quizzes', 'broken.yaml'), 'formatVersion: 1\nkind: [quiz\n');
    await expect(loadContent(pack, cache)).rejects.toThrow(ContentError);
    expect(readdirSync(cache)).toEqual([]);
  });

  test(`only the ${CACHE_FILES_KEPT} most recently written entries are kept`, async () => {
    const cache = temp('dir');
    for (let i = 0; i < CACHE_FILES_KEPT + 3; i++) await loadContent(packCopy(), cache);
    expect(readdirSync(cache).filter((f) => f.endsWith('.json'))).toHaveLength(CACHE_FILES_KEPT);
  });
});

describe('a poisoned cache is not trusted', () => {
  test.each([
    ['escape sequences planted in a cached entry', (text: string) => text.replace('A tiny lesson', 'A tiny \\u001b]0;pwned\\u0007lesson')],
    ['a wrong-shaped entry', (text: string) => text.replace(/"lessons":\[/, '"lessons":7,"x":[')],
    ['an entry signed with another key', (text: string) => `${'0'.repeat(64)}${text.slice(64)}`],
  ])('%s is ignored and the pack is read again (item 18)', async (_name, poison) => {
    const pack = packCopy();
    const cache = temp('dir');
    await loadContent(pack, cache);
    const entry = readdirSync(cache).find((f) => f.endsWith('.json'))!;
    const text = readFileSync(path.join(cache, entry), 'utf8');
    const poisoned = poison(text);
    expect(poisoned).not.toBe(text);
    writeFileSync(path.join(cache, entry), poisoned);
    const again = await loadContent(pack, cache);
    expect(again.lessons[0]!.title).toBe('A tiny lesson');
    expect(Array.isArray(again.lessons)).toBe(true);
  });

  test('a key file others can read is not used: nothing is served from the cache', async () => {
    const pack = packCopy();
    const cache = temp('dir');
    const quiz = path.join(pack, 'quizzes', 'mini.yaml');
    utimesSync(quiz, 1_700_000_000, 1_700_000_000);
    await loadContent(pack, cache);
    // Same size and mtime but unparseable text: a cache hit would still succeed.
    writeFileSync(quiz, readFileSync(quiz, 'utf8').replace(/[a-z]/g, '{'));
    utimesSync(quiz, 1_700_000_000, 1_700_000_000);
    expect(await loadContent(pack, cache)).toBeDefined();
    chmodSync(path.join(cache, 'key'), 0o644);
    await expect(loadContent(pack, cache)).rejects.toThrow(ContentError);
  });
});
