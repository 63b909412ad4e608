// match: pair each left item with its right item; partial credit per pair.
import { MapReader } from '../content/yaml-readers.js';
import { shuffle } from '../engine/random.js';
import { words } from '../words.js';
import { textSchema } from './choices.js';
import { gradeOf, type KindSpec } from './kind.js';

export interface Pair {
  readonly left: string;
  readonly right: string;
}
export interface MatchFields {
  readonly kind: 'match';
  readonly pairs: readonly Pair[];
}
export interface MatchResponse {
  readonly rights: Readonly<Record<string, string>>;
}

export const match: KindSpec<MatchFields, MatchResponse> = {
  summary: 'pairs (a list of {left, right}); the learner picks a right for each left',
  schema: {
    required: ['pairs'],
    properties: {
      pairs: {
        type: 'array',
        minItems: 2,
        items: {
          type: 'object',
          required: ['left', 'right'],
          additionalProperties: false,
          properties: { left: textSchema, right: textSchema },
        },
      },
    },
  },
  read({ r, problems, node }) {
    const pairs = r.list('pairs', { min: 2 }).flatMap((n) => {
      const p = MapReader.of(n, problems, 'a pair');
      if (!p) return [];
      const pair = { left: p.string('left'), right: p.string('right') };
      p.finish();
      return [pair];
    });
    if (new Set(pairs.map((p) => p.left)).size !== pairs.length) problems.at(node.pos, 'match pairs need distinct "left" values');
    if (new Set(pairs.map((p) => p.right)).size !== pairs.length) problems.at(node.pos, 'match pairs need distinct "right" values');
    return { kind: 'match', pairs };
  },
  whyTargets: () => null,
  async ask(q, { prompter, random }) {
    let rights = shuffle(
      q.pairs.map((p) => p.right),
      random,
    );
    const answer: Record<string, string> = Object.create(null);
    for (const pair of shuffle(q.pairs, random)) {
      // A right once used is not offered again: each goes with one left.
      const chosen = await prompter.choose(
        words.ask.matchLeft(pair.left),
        rights.map((r) => ({ name: r, value: r })),
      );
      answer[pair.left] = chosen;
      rights = rights.filter((r) => r !== chosen);
    }
    return { response: { rights: answer }, hintsUsed: 0, revealed: false };
  },
  grade(q, r) {
    const wrong = q.pairs.filter((p) => r.rights[p.left] !== p.right);
    return gradeOf(
      (q.pairs.length - wrong.length) / q.pairs.length,
      wrong.map((p) => ({ kind: 'pair', left: p.left, right: p.right })),
    );
  },
  stem: (q) => q.prompt,
  describe: (q) => q.pairs.map((p) => `${p.left} → ${p.right}`).join('; '),
  // Both columns, the rights sorted so their order gives nothing away.
  cardFront: (q) =>
    `${q.prompt} (${q.pairs.map((p) => p.left).join(' / ')} | ${q.pairs
      .map((p) => p.right)
      .sort()
      .join(' / ')})`,
};
