// Findings of the lesson review (../shared/reviews/lesson-review.md) on concepts.yaml and glossary.yaml,
// kept fixed: outside knowledge marked, no colliding aliases, the MLM name collision explained.
import { beforeAll, expect, test } from '@jest/globals';
import { readContentDir } from '../../src/content/load-content.js';
import type { Content } from '../../src/content/model.js';
import { repoRoot } from '../support/run-cli.js';

let content: Content;
beforeAll(async () => {
  const read = await readContentDir(repoRoot);
  expect(read.problems).toEqual([]);
  content = read.content;
});
const term = (id: string) => content.glossary.find((t) => t.id === id)!;

test("multi-level marketing and pyramid selling: outside the sources, and told apart from the sources' network marketing", () => {
  for (const id of ['multi-level-marketing', 'pyramid-selling']) {
    expect(term(id).definition).toMatch(/^\(Outside the sources\.\)/);
    expect(term(id).definition).toMatch(/network marketing of these lessons|网络营销/);
  }
  expect(term('multi-level-marketing').definition).toContain('网络营销');
  // Both point at the basics section that teaches the collision.
  for (const id of ['multi-level-marketing', 'pyramid-selling'])
    expect(term(id).section).toEqual({ lesson: 'basics', section: 'name-collision' });
  expect(content.lessons.find((l) => l.id === 'basics')!.sections.map((s) => s.id)).toContain('name-collision');
  expect(term('multi-level-marketing').aliases).toContain('mlm');
  expect(term('network-marketing').definition).toMatch(/\(Outside the sources:.*multi-level marketing/);
});

test('the learner can look up what "source 002" is', () => {
  expect(term('the-sources').aliases).toEqual(expect.arrayContaining(['source-000', 'source-002', 'source-004']));
  expect(term('the-sources').definition).toContain('nm-tutor sources');
});

test('each P and C is marked as outside the sources, which only name them', () => {
  for (const id of ['product', 'price', 'promotion-p', 'customer', 'cost', 'convenience', 'communication']) {
    expect(term(id).definition).toMatch(/^\(Outside the sources; the source only names it/);
  }
  for (const id of ['4p', '4c', 'place', 'p-to-c-pairing']) expect(term(id).definition).toContain('(Outside the sources');
  for (const id of ['4p', '4c']) {
    const c = content.concepts.find((x) => x.id === id)!;
    expect(c.dimensions.viewpoint).toMatch(/^\(Outside the sources/);
    for (const s of c.statements.filter((x) => /seller|buyer|costs the customer/.test(x))) expect(s).toMatch(/^\(Outside the sources/);
  }
});

test('no colliding or wrong aliases', () => {
  const conceptAliases = content.concepts.flatMap((c) => c.aliases);
  for (const a of ['marketing', 'sales']) expect(conceptAliases).not.toContain(a);
  // 'promotion' stays for `compare promotion ecommerce`: among the concepts it can only mean network promotion.
  expect(content.concepts.filter((c) => c.aliases.includes('promotion')).map((c) => c.id)).toEqual(['network-promotion']);
  expect(term('online-direct-marketing').aliases).not.toContain('online-direct-selling');
  expect(term('traditional-marketing').aliases).not.toContain('branch-of-marketing');
});

test('definitions are counted the same way everywhere, and the sources\' different "cores" are attributed', () => {
  const all = content.glossary.map((t) => t.definition).join('\n');
  expect(all).not.toMatch(/(three|four|five) definitions/);
  // basics#baidu-definition sets six definitions and descriptions side by side; the glossary counts the same.
  const basics = content.lessons.find((l) => l.id === 'basics')!;
  const compared = basics.sections
    .find((s) => s.id === 'baidu-definition')!
    .body.split('\n')
    .filter((l) => l.startsWith('- ')).length;
  expect(compared).toBe(6);
  for (const id of ['feng-yingjian', 'baidu-encyclopedia-definition'])
    expect(term(id).definition).toMatch(/Of the six definitions and descriptions the basics lesson compares/);
  expect(term('network-marketing').definition).toMatch(/the basics\s+lesson compares six/);
  // Each core is attributed to its source, with a pointer to the lesson section that compares them.
  expect(term('website-promotion').definition).toMatch(/source 002 calls it/);
  expect(term('network-marketing-modules').definition).toMatch(/Source 001 names two core tasks/);
  for (const id of ['website-promotion', 'network-marketing-modules', 'know-trust-like-buy'])
    expect(term(id).definition).toContain('basics#sources-differ');
  expect(term('website-promotion').definition).toMatch(
    /source 001 names raising the conversion rate plus\s+delivering designed information/,
  );
  expect(term('network-marketing-modules').definition).toMatch(
    /Source 002 names a\s+different core: it calls website promotion "the core work"/,
  );
  // The garbled "serving customers" line is not taught as a core.
  expect(term('know-trust-like-buy').definition).not.toMatch(/core is serving customers/);
});

test("the content authors' wording requests: faithful to the sources, uncertain readings marked", () => {
  expect(term('latent-needs').definition).toMatch(/take their lead from the market leaders'\s+strategies/);
  expect(term('latent-needs').definition).not.toMatch(/copy/);
  const price = term('price-conscious-consumers').definition;
  expect(price).toContain('to a certain extent');
  // The saying belongs to the shift in consumer values, after the price point.
  expect(price.indexOf('sit at home')).toBeGreaterThan(price.indexOf('consumer values'));
  expect(price).toMatch(/consumer values, not price/);
  expect(term('b2c').definition).toMatch(/^A likely reading of a garbled phrase/);
  expect(term('know-trust-like-buy').definition).not.toMatch(/serving customers/);
  expect(term('industrial-vs-network-economy').definition).toContain('informatised, automated and\n      managed'.replace(/\n\s+/, ' '));
  expect(term('industrial-vs-network-economy').definition).toMatch(/does not say who manages them/);
  expect(term('target-market').definition).toContain('customers with individual demands');
  expect(term('consumer-is-king').definition).toContain('The source\n      gives no reason'.replace(/\n\s+/, ' '));
  for (const id of [
    'b2b',
    'b2c',
    'b2b2c',
    'o2o',
    'sem',
    'seo',
    'forum-promotion',
    'blog-promotion',
    'microblog-promotion',
    'im-promotion',
    'email-promotion',
    'ebook-promotion',
    'advertising-network',
    'soft-text',
    'viral-marketing',
  ]) {
    expect([id, term(id).definition]).toEqual([id, expect.stringContaining('(Outside the sources')]);
  }
  const c4 = content.concepts.find((x) => x.id === '4c')!;
  expect(c4.dimensions.scope).not.toMatch(/marketing mix/);
  expect(c4.dimensions.definition).not.toMatch(/^The combination/);
});

test('traditional: offline marketing (source 003) is not tied to the 4Ps, and the other sense is named', () => {
  const c = content.concepts.find((x) => x.id === 'traditional-marketing')!;
  expect(c.dimensions.activities).not.toMatch(/4P/);
  expect(Object.values(c.dimensions).join(' ')).not.toMatch(/4P/);
  expect(c.dimensions.viewpoint).toMatch(/different sense of 'traditional'/);
  expect(term('traditional-marketing').definition).toMatch(/Source 004 uses "traditional" differently/);
});
