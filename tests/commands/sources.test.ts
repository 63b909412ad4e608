// `nm-tutor sources`: the learner can find out what "source 002" is.
import { expect, test } from '@jest/globals';
import { miniPack } from '../support/run-cli.js';
import { runInProcess } from '../support/run-in-process.js';

test('lists the five sources with what they are, what they cover and the lessons that use them', async () => {
  const res = await runInProcess(['sources'], { env: { COLUMNS: '100' } });
  expect(res.status).toBe(0);
  expect(res.stderr).toBe('');
  const out = res.stdout.replace(/\s+/g, ' ');
  expect(out).toContain('machine translations');
  expect(out).toContain('multi-level marketing');
  for (const id of ['000', '001', '002', '003', '004']) expect(out).toMatch(new RegExp(` ${id} \\S`));
  expect(out).toContain('Feng Yingjian');
  expect(out).toMatch(/ 002 .*Used by: basics \(.*\); functions \(The eight functions/);
});

test('--json gives every source with its lessons, and every source is used', async () => {
  const res = await runInProcess(['sources', '--json']);
  expect(res.status).toBe(0);
  const data = JSON.parse(res.stdout) as {
    about: string;
    sources: { id: string; title: string; kind: string; covers: string; lessons: string[] }[];
  };
  expect(data.sources.map((s) => s.id)).toEqual(['000', '001', '002', '003', '004']);
  expect(data.about).toMatch(/uncertain|not dated|None of them is dated/);
  for (const s of data.sources) {
    expect(s.lessons.length).toBeGreaterThan(0);
    expect(s.title && s.kind && s.covers).toBeTruthy();
  }
  expect(data.sources.find((s) => s.id === '002')!.lessons).toContain('functions');
});

test('a pack without lessons/sources.yaml says so', async () => {
  const res = await runInProcess(['--content', miniPack, 'sources']);
  expect(res.status).toBe(0);
  expect(res.stdout).toContain('does not list its source texts');
  expect(JSON.parse((await runInProcess(['--content', miniPack, 'sources', '--json'])).stdout)).toEqual({ about: '', sources: [] });
});
