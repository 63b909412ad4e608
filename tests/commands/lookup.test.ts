// Lookups (in-process, through the command table): names in any script, closest matches, a huge term, the grouped glossary.
import { expect, test } from '@jest/globals';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { miniPack, tempHome } from '../support/run-cli.js';
import { runInProcess } from '../support/run-in-process.js';

function unicodePack(): string {
  const dir = tempHome();
  cpSync(miniPack, dir, { recursive: true });
  const concepts = path.join(dir, 'lessons/concepts.yaml');
  writeFileSync(
    concepts,
    readFileSync(concepts, 'utf8').replace('aliases: [color]', 'aliases: [color, 颜色]').replace('aliases: [num]', 'aliases: [num, 数字]'),
  );
  const glossary = path.join(dir, 'lessons/glossary.yaml');
  writeFileSync(
    glossary,
    `${readFileSync(glossary, 'utf8')}
  - id: wangluo-pinpai
    term: 网络品牌
    definition: Network brand.
    section: mini#first
  - id: wangluo-yingxiao
    term: 网络营销
    definition: Network marketing.
    section: mini#second
  - id: network-brand
    term: Network brand
    definition: A brand built online.
    section: mini#second
`,
  );
  return dir;
}

test('non-Latin names resolve to themselves', async () => {
  const pack = unicodePack();
  expect((await runInProcess(['validate', pack])).status).toBe(0);
  const res = await runInProcess(['--content', pack, 'define', '网络营销']);
  expect(res.status).toBe(0);
  expect(res.stdout).toContain('Network marketing.');
  const cmp = await runInProcess(['--content', pack, 'compare', '颜色', '数字', '--json']);
  expect(cmp.status).toBe(0);
  expect(JSON.parse(cmp.stdout).concepts.map((c: { id: string }) => c.id)).toEqual(['colour', 'number']);
});

test('define brand finds Network brand and says what it took', async () => {
  const res = await runInProcess(['--content', unicodePack(), 'define', 'brand']);
  expect(res.status).toBe(0);
  expect(res.stderr).toBe("Taking 'brand' to mean 'Network brand'.\n");
  expect(res.stdout).toContain('A brand built online.');
});

test('learn and quiz --lesson accept the start of a lesson id', async () => {
  const quiz = await runInProcess(['--content', miniPack, 'quiz', '--lesson', 'mi', '--limit', '1'], { input: '1\n' });
  expect(quiz.stderr).toContain("Unknown lesson 'mi'."); // two letters are too few to guess from
  const ok = await runInProcess(['--content', miniPack, 'quiz', '--lesson', 'min', '--limit', '1', '--seed', '1'], {
    input: '1\n'.repeat(10),
  });
  expect(ok.status).toBe(0);
  expect(ok.stderr).toContain("Taking 'min' to mean 'mini'.");
});

test('a 100,000-character term is refused at once with a short message', async () => {
  const started = Date.now();
  const res = await runInProcess(['define', 'x'.repeat(100_000)]);
  expect(Date.now() - started).toBeLessThan(5000);
  expect(res.status).toBe(1);
  expect(res.stderr.length).toBeLessThan(200);
});

test('define --list groups terms under their lesson, alphabetically', async () => {
  const pack = unicodePack();
  const res = await runInProcess(['--content', pack, 'define', '--list']);
  expect(res.status).toBe(0);
  expect(res.stdout).toBe(
    [`A tiny lesson  (nm-tutor --content ${pack} learn mini)`, '  Hue', '  Network brand', '  网络品牌', '  网络营销', ''].join('\n'),
  );
});
