import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { contentSchemas } from '../../src/content/json-schema.js';

const root = path.resolve(import.meta.dirname, '../..');
const schemas = contentSchemas();
const ajv = new Ajv({ allErrors: true, strict: false });
const validators = Object.fromEntries(Object.entries(schemas).map(([name, s]) => [name, ajv.compile(s)]));

function schemaFor(data: { kind?: string }): string {
  return `${data.kind === 'quiz' ? 'quiz' : data.kind}.schema.json`;
}

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const folder of ['lessons', 'quizzes']) {
    const d = path.join(dir, folder);
    for (const name of readdirSync(d)) if (name.endsWith('.yaml')) out.push(path.join(d, name));
  }
  return out;
}

test('the committed schema files are exactly what the loader constants generate (run `npm run schema`)', () => {
  for (const [name, schema] of Object.entries(schemas)) {
    expect(JSON.parse(readFileSync(path.join(root, 'schema', name), 'utf8'))).toEqual(schema);
  }
});

describe('content validates against the schemas', () => {
  const files = [...yamlFiles(root), ...yamlFiles(path.join(root, 'tests/fixtures/mini'))];
  test.each(files.map((f) => [path.relative(root, f), f]))('%s', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    const data = parse(text) as { kind?: string };
    const validate = validators[schemaFor(data)]!;
    expect(validate(data) ? [] : validate.errors).toEqual([]);
    if (!file.includes('fixtures')) expect(text.split('\n')[0]).toBe(`# yaml-language-server: $schema=../schema/${schemaFor(data)}`);
  });
});

test('the schemas reject what the loader rejects', () => {
  const bad = {
    formatVersion: 1,
    kind: 'quiz',
    topic: 't',
    questions: [{ id: 't-1', section: 's', kind: 'single', prompt: 'P', explanation: 'E', choices: ['a'], explaination: 'typo' }],
  };
  const validate = validators['quiz.schema.json']!;
  expect(validate(bad)).toBe(false);
  const messages = (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`).join('\n');
  expect(messages).toContain('must NOT have additional properties');
  expect(messages).toContain("must have required property 'answer'");
  expect(messages).toContain('/questions/0/choices must NOT have fewer than 2 items');
});
