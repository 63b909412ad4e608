// JSON Schema for lessons/synonyms.yaml, in the style of src/content/json-schema.ts, so editors flag what
// readLexicon would. To ship it: add `[LEXICON_SCHEMA_NAME]: lexiconSchema()` to contentSchemas() and run
// `npm run schema`.
import { LEXICON_FORMAT_VERSION } from './lexicon.js';

export const LEXICON_SCHEMA_NAME = 'synonyms.schema.json';

export function lexiconSchema(): Record<string, unknown> {
  const entry = { type: 'string', minLength: 1 };
  const groups = (description: string, item: Record<string, unknown>) => ({
    type: 'array',
    description,
    items: { type: 'array', minItems: 2, uniqueItems: true, items: item },
  });
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'nm-tutor lexicon (synonyms and sibling concepts)',
    type: 'object',
    required: ['formatVersion', 'kind'],
    additionalProperties: false,
    properties: {
      formatVersion: { const: LEXICON_FORMAT_VERSION, description: 'content format version' },
      kind: { const: 'synonyms' },
      synonyms: groups('groups of words or phrases that mean the same everywhere in the course', { ...entry, pattern: '^[^|]+$' }),
      siblings: groups('groups of mutually exclusive concepts; a member may give alternatives as "a|b"', {
        ...entry,
        pattern: '^[^|]+(\\|[^|]+)*$',
      }),
    },
  };
}
