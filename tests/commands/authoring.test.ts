// Authoring (issue 13, item 23): `new` writes a pair that validates once filled in, with schemas a standalone
// pack can use; `validate` refuses unfilled skeleton text; learners never see raw error codes.
import { describe, expect, test } from '@jest/globals';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { repoRoot, tempHome } from '../support/run-cli.js';
import { runInProcess } from '../support/run-in-process.js';

const fill = (dir: string, id: string) => {
  for (const f of [`lessons/${id}.yaml`, `quizzes/${id}.yaml`])
    writeFileSync(path.join(dir, f), readFileSync(path.join(dir, f), 'utf8').replaceAll('TODO: ', ''));
};

describe('new', () => {
  test('`new quiz foo` alone writes its lesson too; the only problems are the TODO: texts, each at file:line:col', async () => {
    const dir = tempHome();
    const made = await runInProcess(['new', 'quiz', 'foo', '--dir', dir]);
    expect(made.status).toBe(0);
    expect(made.stdout.replace(/\s+/g, ' ')).toContain('(a quiz bank needs its lesson)');
    const res = await runInProcess(['validate', dir]);
    expect(res.status).toBe(1);
    const lines = res.stderr.trim().split('\n');
    expect(lines.length).toBeGreaterThan(10);
    for (const l of lines)
      expect(l).toMatch(/(lessons|quizzes)\/foo\.yaml:\d+:\d+: unfilled skeleton text "TODO: [^"]+"; replace it with your own$/);
    expect(res.stderr).toMatch(/quizzes\/foo\.yaml:12:42: unfilled skeleton text "TODO: a plausible wrong choice"/);
    fill(dir, 'foo');
    const filled = await runInProcess(['validate', '--strict', dir]);
    expect(filled.stderr).toBe('');
    expect(filled.status).toBe(0);
  });

  test('a new quiz bank for an existing lesson uses its first section', async () => {
    const dir = tempHome();
    await runInProcess(['new', 'lesson', 'bar', '--dir', dir]);
    const lesson = path.join(dir, 'lessons/bar.yaml');
    writeFileSync(lesson, readFileSync(lesson, 'utf8').replace('id: first-section', 'id: opening'));
    expect((await runInProcess(['new', 'quiz', 'bar', '--dir', dir, '--force'])).status).toBe(0);
    fill(dir, 'bar');
    expect((await runInProcess(['validate', dir])).status).toBe(0);
    expect(readFileSync(path.join(dir, 'quizzes/bar.yaml'), 'utf8')).toContain('section: opening');
  });

  test('the skeletons name schemas that exist in a standalone pack, and the filled skeletons satisfy them', async () => {
    const dir = tempHome();
    await runInProcess(['new', 'lesson', 'baz', '--dir', dir]);
    fill(dir, 'baz');
    const ajv = new Ajv({ allErrors: true, strict: false });
    for (const f of ['lessons/baz.yaml', 'quizzes/baz.yaml']) {
      const text = readFileSync(path.join(dir, f), 'utf8');
      const ref = /\$schema=(\S+)/.exec(text.split('\n')[0]!)![1]!;
      const schemaFile = path.resolve(path.dirname(path.join(dir, f)), ref);
      expect(existsSync(schemaFile)).toBe(true);
      const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
      expect(validate(parse(text)) ? [] : validate.errors).toEqual([]);
    }
  });

  test('no raw error codes: an existing file, a path through a file', async () => {
    const dir = tempHome();
    await runInProcess(['new', 'quiz', 'foo', '--dir', dir]);
    const again = await runInProcess(['new', 'quiz', 'foo', '--dir', dir]);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/foo\.yaml already exists; nothing was written \(use --force to overwrite\)/);
    const file = path.join(dir, 'a-file');
    writeFileSync(file, 'x');
    const through = await runInProcess(['new', 'lesson', 'foo', '--dir', file]);
    expect(through.status).toBe(1);
    expect(through.stderr).toMatch(/Cannot write .*a-file\/lessons\/foo\.yaml: part of the path is a file, not a folder\./);
    expect(through.stderr).not.toMatch(/E[A-Z]{3,}|unexpected error/);
  });
});

test.each([
  [['progress', 'import', '/no/such/file.json'], 'Cannot import /no/such/file.json: no such file or folder.'],
  [['export', '--out', '/no/such/dir/cards.txt'], 'Cannot write /no/such/dir/cards.txt: its folder does not exist.'],
])('nm-tutor %j says what went wrong in words, not an error code', async (args, message) => {
  const res = await runInProcess(args);
  expect(res.status).toBe(1);
  expect(res.stderr.trim()).toBe(message);
});

test('every lesson#section and section id in CONTRIBUTING.md exists in the shipped content', async () => {
  const { readContentDir } = await import('../../src/content/load-content.js');
  const { content } = await readContentDir(repoRoot);
  const text = readFileSync(path.join(repoRoot, 'CONTRIBUTING.md'), 'utf8');
  const sections = new Set(content.lessons.flatMap((l) => l.sections.map((s) => `${l.id}#${s.id}`)));
  const links = [...text.matchAll(/\b([a-z0-9-]+)#([a-z0-9-]+)\b/g)].map((m) => `${m[1]}#${m[2]}`);
  expect(links.length).toBeGreaterThan(0);
  for (const link of links) expect(sections).toContain(link);
  // Quiz examples: `- id: <topic>-NNN` followed by `section: <id>` must name a section of that topic.
  const examples = [...text.matchAll(/- id: ([a-z0-9-]+?)-\d{3}\s*(?:#.*)?\n\s+section: ([a-z0-9-]+)/g)];
  expect(examples.length).toBeGreaterThan(3);
  for (const [, topic, section] of examples) expect(sections).toContain(`${topic}#${section}`);
});
