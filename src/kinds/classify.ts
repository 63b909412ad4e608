// classify: sort each item into one of the categories; partial credit per item. Also grades the compare drill.
import { MapReader } from '../content/yaml-readers.js';
import { shuffle } from '../engine/random.js';
import { words } from '../words.js';
import { oneLineEach, textListSchema, textSchema } from './choices.js';
import { gradeOf, type KindSpec } from './kind.js';

export interface ClassifyItem {
  readonly text: string;
  readonly category: string;
}
export interface ClassifyFields {
  readonly kind: 'classify';
  readonly categories: readonly string[];
  readonly items: readonly ClassifyItem[];
}
export interface ClassifyResponse {
  readonly categories: Readonly<Record<string, string>>;
}

export const classify: KindSpec<ClassifyFields, ClassifyResponse> = {
  summary: 'categories (2 or more names) and items (a list of {text, category})',
  schema: {
    required: ['categories', 'items'],
    properties: {
      categories: textListSchema(2),
      items: {
        type: 'array',
        minItems: 2,
        items: {
          type: 'object',
          required: ['text', 'category'],
          additionalProperties: false,
          properties: { text: textSchema, category: textSchema },
        },
      },
    },
  },
  read(t) {
    const { r, problems } = t;
    const categories = oneLineEach(t, 'categories', r.stringList('categories', { min: 2 }));
    const items = r.list('items', { min: 2 }).flatMap((n) => {
      const p = MapReader.of(n, problems, 'a classify item');
      if (!p) return [];
      const item = { text: p.string('text'), category: p.string('category') };
      if (item.category && !categories.includes(item.category))
        problems.at(n.pos, `category "${item.category}" is not one of the categories`);
      p.finish();
      return [item];
    });
    return { kind: 'classify', categories, items };
  },
  whyTargets: () => null,
  async ask(q, { prompter, random }) {
    const answer: Record<string, string> = Object.create(null);
    for (const item of shuffle(q.items, random)) {
      answer[item.text] = await prompter.choose(
        words.ask.classifyItem(item.text),
        q.categories.map((c) => ({ name: c, value: c })),
      );
    }
    return { response: { categories: answer }, hintsUsed: 0, revealed: false };
  },
  grade(q, r) {
    const wrong = q.items.filter((i) => r.categories[i.text] !== i.category);
    return gradeOf(
      (q.items.length - wrong.length) / q.items.length,
      wrong.map((i) => ({ kind: 'belongs', item: i.text, category: i.category })),
    );
  },
  stem: (q) => q.prompt,
  // Items are often sentences: their own full stops go, so the list does not read ".;".
  describe: (q) =>
    q.categories
      .map(
        (c) =>
          `${c}: ${q.items
            .filter((i) => i.category === c)
            .map((i) => i.text.replace(/\.$/, ''))
            .join('; ')}`,
      )
      .join(' | '),
  cardFront: (q) => `${q.prompt} (${q.categories.join(' or ')}: ${q.items.map((i) => i.text).join(' / ')})`,
};
