// The command table, argv in, verb and options out: what each command module receives for a command line.
import { expect, test } from '@jest/globals';
import type { Context } from '../../src/context.js';
import { buildProgram, type Dispatch } from '../../src/program.js';

async function parse(argv: string[]): Promise<{ verb: string; options: unknown }> {
  let seen: { verb: string; options: unknown } | undefined;
  const record: Dispatch = async (verb, options) => {
    seen = { verb, options };
  };
  const silent = { writeOut: () => {}, writeErr: () => {} };
  await buildProgram(async () => ({}) as Context, silent, record).parseAsync(argv, { from: 'user' });
  if (!seen) throw new Error(`no verb ran for ${argv.join(' ')}`);
  return seen;
}

test.each([
  [['study'], 'study', {}],
  [['learn'], 'learn', { lesson: undefined, section: undefined }],
  [['learn', 'functions', 'customer-service'], 'learn', { lesson: 'functions', section: 'customer-service' }],
  [['quiz'], 'quiz', { limit: 10 }],
  [['quiz', '-t', '4p-4c', '-n', '5', '--seed', '7', '--studied'], 'quiz', { lesson: '4p-4c', limit: 5, seed: 7, studied: true }],
  [['review', '--limit', '3'], 'review', { limit: 3 }],
  [['compare', 'promotion', 'ecommerce', '--no-drill'], 'compare', { a: 'promotion', b: 'ecommerce', drill: false }],
  [['compare', 'a', 'b', '--json'], 'compare', { a: 'a', b: 'b', json: true, drill: true }],
  [['topics', '--json'], 'topics', { json: true }],
  [['progress', '--lesson', 'basics'], 'progress', { lesson: 'basics' }],
  [['quiz', '-l', 'basics'], 'quiz', { lesson: 'basics', limit: 10 }],
  // --topic, the option's older name, still works.
  [['progress', '--topic', 'basics'], 'progress', { lesson: 'basics' }],
  [['flashcards', '-t', 'basics'], 'flashcards', { lesson: 'basics' }],
  [['progress', 'export'], 'progress-export', {}],
  [['progress', 'import', 'me.json'], 'progress-import', { file: 'me.json' }],
  [['reset', 'basics', '-y'], 'reset', { lesson: 'basics', yes: true }],
  // learn and reset take the lesson as --lesson too, as quiz does; the arguments then move up one.
  [['learn', '--lesson', 'functions', 'overview'], 'learn', { lesson: 'functions', section: 'overview' }],
  [['reset', '-l', 'basics', '-y'], 'reset', { lesson: 'basics', yes: true }],
  [['sources', '--json'], 'sources', { json: true }],
  [['define', 'conversion', 'rate'], 'define', { term: 'conversion rate' }],
  [['define', '--list'], 'define', { term: undefined, list: true }],
  [['validate', 'pack', '--strict', '--coverage'], 'validate', { dir: 'pack', strict: true, coverage: true, content: undefined }],
  [['--content', 'pack', 'validate'], 'validate', { dir: undefined, content: 'pack' }],
  [['grade', 'x-1', 'price', 'cost', '--json'], 'grade', { id: 'x-1', answer: ['price', 'cost'], json: true }],
  [['flashcards', '--out', 'cards.csv', '--force'], 'flashcards', { out: 'cards.csv', force: true }],
  // The verb's old name stays an alias.
  [['export', '-f', 'csv'], 'flashcards', { format: 'csv' }],
  [['new', 'quiz', 'social', '--dir', 'pack'], 'new', { what: 'quiz', id: 'social', dir: 'pack' }],
] as const)('%j -> %s %j', async (argv, verb, options) => {
  expect(await parse([...argv])).toEqual({ verb, options });
});

test('completion receives every verb and its visible options', async () => {
  const { verb, options } = await parse(['completion', 'bash']);
  expect(verb).toBe('completion');
  const { words } = options as { words: { verbs: string[]; options: Record<string, string[]> } };
  expect(words.verbs).toEqual(expect.arrayContaining(['study', 'learn', 'quiz', 'grade', 'sources']));
  expect(words.options.quiz).toEqual(expect.arrayContaining(['--lesson', '--limit', '--seed', '--studied', '--help']));
  expect(words.options.completion).not.toContain('--ids');
  expect(words.options.quiz).not.toContain('--topic');
  // An alias completes like its verb.
  expect(words.options.export).toEqual(words.options.flashcards);
  expect(words.options.flashcards).toEqual(expect.arrayContaining(['--format', '--out', '--force']));
});
