// The shipped curriculum, checked the way an author and a learner would meet it.
import { beforeAll, describe, expect, test } from '@jest/globals';
import { QUESTION_KINDS, type Content } from '../../src/content/model.js';
import { readContentDir } from '../../src/content/load-content.js';
import { coverageProblems } from '../../src/content/assemble.js';
import { repoRoot, runPipeline } from '../support/run-cli.js';
import { runInProcess } from '../support/run-in-process.js';

let content: Content;
beforeAll(async () => {
  const read = await readContentDir(repoRoot);
  expect(read.problems).toEqual([]);
  content = read.content;
});

test('`nm-tutor validate --strict` passes on the shipped content: no problems and no lint warnings', async () => {
  // The kept exceptions are in quizzes/lint-allow.yaml, each with its reason; an entry that matches no
  // warning is itself a warning, so a stale entry fails here too.
  const res = await runInProcess(['validate', '--strict']);
  expect(res.stderr.split('\n').filter((l) => l.trim())).toEqual([]);
  expect(res.status).toBe(0);
  expect(res.stdout).toMatch(/^OK: 6 lessons/);
  expect(res.stdout).toMatch(/\b0 lint warnings\./);
});

test('the six lessons of the curriculum, in order', async () => {
  expect(content.lessons.map((l) => l.id)).toEqual(['basics', 'functions', 'promotion-ecommerce', '4p-4c', 'traditional', 'consumers']);
});

test('at least 150 questions, a quarter of them application scenarios, every kind used', async () => {
  expect(content.questions.length).toBeGreaterThanOrEqual(150);
  expect(content.questions.filter((q) => q.application).length / content.questions.length).toBeGreaterThanOrEqual(0.25);
  expect(new Set(content.questions.map((q) => q.kind))).toEqual(new Set(QUESTION_KINDS));
});

test('every section is tested by at least three questions of at least two kinds', async () => {
  expect(coverageProblems(content)).toEqual([]);
});

test('every wrong choice of every choice question (quizzes and lesson checks) says why it is wrong', async () => {
  const all = [...content.questions, ...content.lessons.flatMap((l) => l.sections.map((s) => s.check))];
  const unexplained = all.flatMap((q) => {
    if (q.kind !== 'single' && q.kind !== 'multi') return [];
    const right = new Set<string>(q.kind === 'single' ? [q.answer] : q.answer);
    return q.choices.filter((c) => !right.has(c) && !(c in q.why)).map((c) => `${q.id}: ${c}`);
  });
  expect(unexplained).toEqual([]);
});

describe('compare works for every pair of the required concepts', () => {
  const required = ['network-marketing', 'network-promotion', 'e-commerce', 'online-sales', 'traditional-marketing', '4p', '4c'];
  test('the concepts and their aliases exist', async () => {
    for (const id of required) expect(content.concepts.map((c) => c.id)).toContain(id);
    const aliases = content.concepts.flatMap((c) => c.aliases);
    for (const a of ['internet-marketing', 'online-promotion', 'ecommerce', 'traditional']) expect(aliases).toContain(a);
    // Lesson review: 'marketing' is the parent discipline, 'promotion' is also the fourth P, 'sales' also the sales-promotion function.
    for (const a of ['marketing', 'sales']) expect(aliases).not.toContain(a);
    // 'promotion' stays for `compare promotion ecommerce`: among the concepts it can only mean network promotion.
    expect(content.concepts.filter((c) => c.aliases.includes('promotion')).map((c) => c.id)).toEqual(['network-promotion']);
  });
  test.each(required.flatMap((a, i) => required.slice(i + 1).map((b) => [a, b])))('%s vs %s', async (a, b) => {
    const res = await runInProcess(['compare', a, b, '--json']);
    expect(res.status).toBe(0);
    const data = JSON.parse(res.stdout);
    expect(data.concepts.map((c: { id: string }) => c.id)).toEqual([a, b]);
    for (const c of data.concepts) for (const d of data.dimensions) expect(c[d].length).toBeGreaterThan(10);
  });
  test('order and spelling of the arguments do not matter', async () => {
    const one = JSON.parse((await runInProcess(['compare', 'promotion', 'ecommerce', '--json'])).stdout);
    const two = JSON.parse((await runInProcess(['compare', 'e-commerce', 'Promotion', '--json'])).stdout);
    expect(two.concepts.map((c: { id: string }) => c.id).sort()).toEqual(one.concepts.map((c: { id: string }) => c.id).sort());
  });
});

describe('define answers the key terms, forgivingly', () => {
  test.each([
    ['conversion rate', 'conversion-rate'],
    ['O2O', 'o2o'],
    ['4c', '4c'],
    ['seo', 'seo'],
    ['soft text', 'soft-text'],
    ['Convertion Rate', 'conversion-rate'],
    ['b2b2c', 'b2b2c'],
  ])('%s', async (term, id) => {
    const res = await runInProcess(['define', ...term.split(' '), '--json']);
    expect(res.status).toBe(0);
    const data = JSON.parse(res.stdout);
    expect(data.id).toBe(id);
    expect(data.definition.length).toBeGreaterThan(20);
  });

  test('every lesson has glossary terms pointing into it', async () => {
    for (const lesson of content.lessons) expect(content.glossary.some((t) => t.section.lesson === lesson.id)).toBe(true);
  });

  test('an unknown term suggests the list', async () => {
    const res = await runInProcess(['define', 'blockchain']);
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('Run `nm-tutor define --list` to list them.');
  });
});

test('the README opens with the install-and-run and test commands', async () => {
  const { readFileSync } = await import('node:fs');
  const head = readFileSync(`${repoRoot}/README.md`, 'utf8').split('\n').slice(0, 12).join('\n');
  expect(head).toContain('npm install && npx nm-tutor learn functions');
  expect(head).toContain('npm test');
});

test("the README's curriculum figures match the shipped content", async () => {
  const { readFileSync } = await import('node:fs');
  const readme = readFileSync(`${repoRoot}/README.md`, 'utf8').replace(/\s+/g, ' ');
  const sections = content.lessons.reduce((n, l) => n + l.sections.length, 0);
  const scenarios = content.questions.filter((q) => q.application).length;
  expect(readme.match(/Six lessons \(.*? glossary terms/)?.[0]).toBe(
    `Six lessons (${sections} sections), ${content.questions.length} quiz questions (${scenarios} of them short business scenarios), ${content.concepts.length} comparable concepts and ${content.glossary.length} glossary terms`,
  );
});

test("the README's piped-answers example runs as it says: three questions, all right", async () => {
  const { readFileSync } = await import('node:fs');
  const line = readFileSync(`${repoRoot}/README.md`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith("printf '"))!;
  const res = runPipeline(line);
  expect(res.stderr).toBe('');
  expect(res.status).toBe(0);
  expect(res.stdout).toContain('Score: 3 / 3 (100%)');
});

test('a typed answer never accepts a sibling concept (B2C for B2B, sales promotion for website promotion)', async () => {
  // Through the grader the learner meets (the kinds' engine with the shipped lexicon), not a copy of its rules.
  const { loadGradeTools } = await import('../../src/kinds/registry.js');
  const { grading, lexicon } = await loadGradeTools(content);
  const words = (t: string) =>
    ` ${t
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()} `;
  const siblings = [
    [
      'network brand',
      'website promotion',
      'information delivery',
      'sales promotion',
      'distribution channel',
      'customer service',
      'customer relations',
      'online research',
    ],
    ['product', 'price', 'place', 'promotion', 'customer', 'cost', 'convenience', 'communication'],
    ['B2B', 'B2C', 'B2B2C', 'O2O'],
    ['SEM', 'SEO'],
    ['planning', 'organizing', 'leading', 'controlling'],
    ['know', 'trust', 'like', 'buy'],
    ['forum promotion', 'blog promotion', 'microblog promotion', 'e-mail promotion', 'e-book promotion', 'IM promotion'],
    ['network marketing', 'network promotion', 'e-commerce', 'online sales', 'traditional marketing'],
    ['pre-sale', 'on-sale', 'after-sale'],
  ];
  const questions = [...content.questions, ...content.lessons.flatMap((l) => l.sections.map((s) => s.check))];
  const confusions: string[] = [];
  let checked = 0;
  for (const q of questions) {
    const slots = q.kind === 'recall' ? [q.answer] : q.kind === 'cloze' || q.kind === 'list' ? q.answer : [];
    for (const slot of slots) {
      for (const set of siblings) {
        // The members this slot is about: those its answer or a written accepted answer names.
        const spellings = [slot.text, ...slot.accept.filter((a): a is string => typeof a === 'string')].map(words);
        const own = set.filter((t) => spellings.some((sp) => sp.includes(words(t))));
        if (!own.length) continue;
        for (const other of set.filter((t) => !own.includes(t))) {
          checked++;
          if (grading.gradeRecall(other, slot, lexicon).correct) confusions.push(`${q.id} "${slot.text}" accepts "${other}"`);
        }
      }
    }
  }
  expect(confusions).toEqual([]);
  // Not vacuous: hundreds of sibling answers were put to the shipped typed questions.
  expect(checked).toBeGreaterThan(200);
});
