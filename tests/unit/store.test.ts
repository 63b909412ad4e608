import { describe, expect, test } from '@jest/globals';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { UserError } from '../../src/errors.js';
import { checkProgressShape, recordAnswer } from '../../src/progress/model.js';
import { openProgressStore } from '../../src/progress/store.js';

function dir() {
  return mkdtempSync(path.join(tmpdir(), 'nm-store-'));
}
const attempt = (at: string) => ({ at, score: 1, hints: 0 });

describe('progress store', () => {
  test('a missing file starts fresh and the first save creates it', () => {
    const file = path.join(dir(), 'sub', 'progress.json');
    const store = openProgressStore(file, () => {});
    recordAnswer(store.progress, 'q1', attempt('2026-01-01T00:00:00Z'), undefined);
    expect(store.save()).toBe(true);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ formatVersion: 1, questions: { q1: { attempts: [{ score: 1 }] } } });
  });

  test.each([
    ['bad JSON', '{"formatVersion": 1, "questions": {'],
    ['wrong shape', '{"formatVersion": 1, "questions": [], "lessons": {}}'],
    ['not an object', '42'],
  ])('a corrupt file (%s) is set aside with a warning, never overwritten', (_name, text) => {
    const d = dir();
    const file = path.join(d, 'progress.json');
    writeFileSync(file, text);
    const warnings: string[] = [];
    const store = openProgressStore(file, (w) => warnings.push(w), () => new Date('2026-05-01T12:00:00Z'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('progress.json.corrupt-2026-05-01T12-00-00-000Z');
    expect(readFileSync(path.join(d, 'progress.json.corrupt-2026-05-01T12-00-00-000Z'), 'utf8')).toBe(text);
    expect(Object.keys(store.progress.questions)).toHaveLength(0);
  });

  test('a newer format is refused and left untouched', () => {
    const file = path.join(dir(), 'progress.json');
    const text = '{"formatVersion": 99, "questions": {}, "lessons": {}}';
    writeFileSync(file, text);
    expect(() => openProgressStore(file, () => {})).toThrow(UserError);
    expect(() => openProgressStore(file, () => {})).toThrow(/format 99, newer than this nm-tutor understands \(1\)\. Upgrade nm-tutor/);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  test('a read-only folder: one warning, the session goes on in memory, the old file is intact', () => {
    if (process.getuid?.() === 0) {
      // root ignores permissions; simulate the failure with a path under a regular file instead.
      const d = dir();
      writeFileSync(path.join(d, 'blocker'), 'x');
      const warnings: string[] = [];
      const store = openProgressStore(path.join(d, 'blocker', 'progress.json'), (w) => warnings.push(w));
      recordAnswer(store.progress, 'q1', attempt('2026-01-01T00:00:00Z'), undefined);
      expect(store.save()).toBe(false);
      expect(store.save()).toBe(false);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/Could not save progress .*continues in memory only/);
      expect(store.progress.questions.q1).toBeDefined();
      return;
    }
    const d = dir();
    const file = path.join(d, 'progress.json');
    writeFileSync(file, '{"formatVersion":1,"questions":{},"lessons":{}}');
    chmodSync(d, 0o500);
    const warnings: string[] = [];
    const store = openProgressStore(file, (w) => warnings.push(w));
    recordAnswer(store.progress, 'q1', attempt('2026-01-01T00:00:00Z'), undefined);
    expect(store.save()).toBe(false);
    expect(warnings).toHaveLength(1);
    chmodSync(d, 0o700);
    expect(readFileSync(file, 'utf8')).toBe('{"formatVersion":1,"questions":{},"lessons":{}}');
  });

  test('two stores on one file merge instead of overwriting each other', () => {
    const file = path.join(dir(), 'progress.json');
    const a = openProgressStore(file, () => {});
    const b = openProgressStore(file, () => {});
    recordAnswer(a.progress, 'qa', attempt('2026-01-01T00:00:01Z'), undefined);
    a.save();
    recordAnswer(b.progress, 'qb', attempt('2026-01-01T00:00:02Z'), undefined);
    b.save();
    const onDisk = JSON.parse(readFileSync(file, 'utf8'));
    expect(Object.keys(onDisk.questions).sort()).toEqual(['qa', 'qb']);
  });

  test('a lock left by a dead process does not block saving', () => {
    const d = dir();
    const file = path.join(d, 'progress.json');
    writeFileSync(`${file}.lock`, '999999');
    const store = openProgressStore(file, () => {});
    expect(store.save()).toBe(true);
    expect(readdirSync(d).sort()).toEqual(['progress.json']);
  });

  test('the shape checker never throws on arbitrary JSON (fuzz)', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => {
      const result = checkProgressShape(value);
      expect('progress' in result || 'problem' in result).toBe(true);
    }), { numRuns: 500 });
  });
});
