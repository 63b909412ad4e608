// JSON Schemas for content files, built from the same constants the loader uses (kinds, dimensions, id
// pattern), so editors flag what `validate` would. `npm run schema` writes them to schema/; a test keeps
// the committed files equal to this output and validates every shipped YAML file against them.
import { LEXICON_SCHEMA_NAME, lexiconSchema } from '../grading/lexicon-schema.js';
import { KINDS } from '../kinds/registry.js';
import { CONCEPT_DIMENSIONS, CONTENT_FORMAT_VERSION, QUESTION_KINDS } from './model.js';
import { LINT_RULES } from './lint.js';
import { ID_PATTERN } from './yaml-readers.js';
import { SOURCE_ID_PATTERN } from './decode-sources.js';

type Schema = Record<string, unknown>;
const text: Schema = { type: 'string', minLength: 1 };
const id: Schema = { type: 'string', pattern: ID_PATTERN.source };
const textList = (min = 0): Schema => ({ type: 'array', items: text, minItems: min });
const sectionRef: Schema = { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*#[a-z0-9][a-z0-9-]*$', description: 'lesson-id#section-id' };
const header = (kind: string): Schema => ({
  formatVersion: { const: CONTENT_FORMAT_VERSION, description: 'content format version' },
  kind: { const: kind },
});

function questionSchema(inQuiz: boolean): Schema {
  const common: Schema = {
    kind: { enum: [...QUESTION_KINDS] },
    prompt: text,
    explanation: text,
    application: { type: 'boolean', description: 'a scenario question about a business' },
    why: { type: 'object', additionalProperties: text, description: 'single/multi: why a tempting wrong choice is wrong' },
    ...(inQuiz ? { id, section: id } : {}),
  };
  const allKindProps: Schema = {};
  for (const k of Object.values(KINDS).map((spec) => spec.schema))
    Object.assign(allKindProps, Object.fromEntries(Object.keys(k.properties).map((p) => [p, true])));
  return {
    type: 'object',
    required: [...(inQuiz ? ['id', 'section'] : []), 'kind', 'prompt', 'explanation'],
    properties: { ...common, ...allKindProps },
    additionalProperties: false,
    allOf: QUESTION_KINDS.map((kind) => ({
      if: { properties: { kind: { const: kind } }, required: ['kind'] },
      then: { required: [...KINDS[kind].schema.required], properties: KINDS[kind].schema.properties },
    })),
  };
}

export function contentSchemas(): Record<string, Schema> {
  const base = (title: string, kind: string, body: Schema, required: string[]): Schema => ({
    $schema: 'http://json-schema.org/draft-07/schema#',
    title,
    type: 'object',
    required: ['formatVersion', 'kind', ...required],
    additionalProperties: false,
    properties: { ...header(kind), ...body },
  });
  return {
    'lesson.schema.json': base(
      'nm-tutor lesson',
      'lesson',
      {
        id,
        title: text,
        summary: text,
        order: { type: 'number' },
        sources: textList(),
        sections: {
          type: 'array',
          minItems: 1,
          items: {
            type: 'object',
            required: ['id', 'title', 'body', 'example', 'keyPoints', 'check'],
            additionalProperties: false,
            properties: { id, title: text, body: text, example: text, keyPoints: textList(1), check: questionSchema(false) },
          },
        },
      },
      ['id', 'title', 'summary', 'sections'],
    ),
    'quiz.schema.json': base(
      'nm-tutor quiz bank',
      'quiz',
      { topic: id, questions: { type: 'array', minItems: 1, items: questionSchema(true) } },
      ['topic', 'questions'],
    ),
    'concepts.schema.json': base(
      'nm-tutor concepts',
      'concepts',
      {
        concepts: {
          type: 'array',
          minItems: 1,
          items: {
            type: 'object',
            required: ['id', 'name', 'section', 'dimensions', 'statements'],
            additionalProperties: false,
            properties: {
              id,
              name: text,
              aliases: textList(),
              section: sectionRef,
              statements: textList(3),
              dimensions: {
                type: 'object',
                required: [...CONCEPT_DIMENSIONS],
                additionalProperties: false,
                properties: Object.fromEntries(CONCEPT_DIMENSIONS.map((d) => [d, text])),
              },
            },
          },
        },
      },
      ['concepts'],
    ),
    [LEXICON_SCHEMA_NAME]: lexiconSchema(),
    'glossary.schema.json': base(
      'nm-tutor glossary',
      'glossary',
      {
        terms: {
          type: 'array',
          minItems: 1,
          items: {
            type: 'object',
            required: ['id', 'term', 'definition', 'section'],
            additionalProperties: false,
            properties: { id, term: text, aliases: textList(), definition: text, section: sectionRef },
          },
        },
      },
      ['terms'],
    ),
    'sources.schema.json': base(
      'nm-tutor source texts',
      'sources',
      {
        about: text,
        sources: {
          type: 'array',
          minItems: 1,
          items: {
            type: 'object',
            required: ['id', 'title', 'kind', 'covers'],
            additionalProperties: false,
            properties: {
              id: { type: 'string', pattern: SOURCE_ID_PATTERN.source, description: 'as lessons cite it, e.g. "002"' },
              title: text,
              kind: { ...text, description: 'what kind of text it is' },
              covers: text,
            },
          },
        },
      },
      ['about', 'sources'],
    ),
    'lint-allow.schema.json': base(
      'nm-tutor lint exceptions (quizzes/lint-allow.yaml)',
      'lint-allow',
      {
        entries: {
          type: 'array',
          items: {
            type: 'object',
            required: ['question', 'rule', 'why'],
            additionalProperties: false,
            properties: {
              question: text,
              rule: { enum: [...LINT_RULES] },
              why: { ...text, description: 'why the warning is acceptable here' },
            },
          },
        },
      },
      ['entries'],
    ),
  };
}
