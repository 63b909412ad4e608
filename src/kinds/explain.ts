// explain: say it in your own words. Graded idea by idea against a rubric (docs/explain-format.md): which ideas
// the answer covers, which known wrong ideas it shows, and the model answer; the learner may then tick ideas
// the grader missed, which count half. `validate` runs the rubric's examples as its tests.
import { MapReader, ID_PATTERN, textOf } from '../content/yaml-readers.js';
import type { Credit, Idea, Misconception, RubricExample } from '../grading/index.js';
import { words } from '../words.js';
import { textSchema } from './choices.js';
import { gradeOf, type Grade, type GradeNote, type Hint, type KindSpec, type ReadTools } from './kind.js';
import { askTyped, readPhrasings } from './typed-answer.js';

export interface ExplainExample extends RubricExample {
  readonly where: string;
}
export interface ExplainFields {
  readonly kind: 'explain';
  readonly model: string;
  readonly ideas: readonly Idea[];
  readonly misconceptions: readonly Misconception[];
  readonly examples: readonly ExplainExample[];
}
export interface ExplainResponse {
  readonly text: string;
}

/** Ideas the learner ticks after the feedback count this much of a graded idea: their own judgement is weighed less. */
export const SELF_SCORED_WEIGHT = 0.5;
const CREDITS: readonly Credit[] = ['full', 'partial', 'none'];
/** What a rubric's examples must include, so that validate proves the rubric against every kind of answer. */
const COVERAGE_NEEDS = {
  examples: 'at least 6 answers',
  full: 'a right answer in other words (credit: full)',
  partial: 'a partial answer (credit: partial)',
  'keyword-list': 'a bare list of key words',
  copy: 'a copy of the question',
  misconception: 'an answer showing each misconception',
} as const;

const phrasingsSchema = { type: 'array', minItems: 1, items: { anyOf: [textSchema, { type: 'array', minItems: 1, items: textSchema }] } };
const ideaSchema = (extra: Record<string, unknown> = {}, required: string[] = []) => ({
  type: 'object',
  additionalProperties: false,
  required: ['id', 'label', 'phrasings', ...required],
  properties: { id: { type: 'string', pattern: ID_PATTERN.source }, label: textSchema, phrasings: phrasingsSchema, ...extra },
});
const idList = { type: 'array', items: { type: 'string', pattern: ID_PATTERN.source } };

function readIdea(t: ReadTools, m: MapReader): Idea {
  return { id: m.id('id'), label: m.string('label'), phrasings: readPhrasings(m, 'phrasings') };
}

function readUnits<T extends Idea>(t: ReadTools, key: string, min: number, read: (m: MapReader) => T): T[] {
  const units = t.r.list(key, { optional: min === 0, min }).flatMap((n) => {
    const m = MapReader.of(n, t.problems, key === 'ideas' ? 'an idea' : 'a misconception');
    if (!m) return [];
    const unit = read(m);
    if (unit.phrasings.length === 0)
      t.problems.at(n.pos, `${key === 'ideas' ? 'idea' : 'misconception'} "${unit.id}" needs at least one phrasing`);
    m.finish();
    return [unit];
  });
  const seen = new Set<string>();
  for (const u of units) {
    if (seen.has(u.id)) t.problems.at(t.r.raw(key)!.pos, `"${u.id}" appears twice in "${key}"`);
    seen.add(u.id);
  }
  return units;
}

function readExamples(t: ReadTools, ideaIds: ReadonlySet<string>, misconceptionIds: ReadonlySet<string>): ExplainExample[] {
  return t.r.list('examples', { min: 1 }).flatMap((n) => {
    const m = MapReader.of(n, t.problems, 'an example');
    if (!m) return [];
    const ids = (key: string, known: ReadonlySet<string>) => {
      const list = m.has(key)
        ? m
            .list(key)
            .map((x) => textOf(x, t.problems, `each id in "${key}"`))
            .filter(Boolean)
        : [];
      for (const id of list)
        if (!known.has(id))
          t.problems.at(
            m.raw(key)!.pos,
            `example names ${key === 'ideas' ? 'idea' : 'misconception'} "${id}", which the rubric does not have`,
          );
      return list;
    };
    const creditText = m.string('credit', { optional: true });
    if (creditText && !(CREDITS as readonly string[]).includes(creditText))
      t.problems.at(m.raw('credit')!.pos, `"credit" must be one of ${CREDITS.join(', ')}`);
    const example: ExplainExample = {
      answer: m.string('answer'),
      ideas: ids('ideas', ideaIds),
      misconceptions: ids('misconceptions', misconceptionIds),
      ...(creditText ? { credit: creditText as Credit } : {}),
      where: t.problems.where(n),
    };
    m.finish();
    return [example];
  });
}

/** Hints for an explanation: how many points a full answer makes, then what they are about. */
function explainHints(q: ExplainFields): Hint[] {
  return [
    { kind: 'idea-count', count: q.ideas.length },
    { kind: 'idea-labels', labels: q.ideas.map((i) => i.label) },
  ];
}

export const explain: KindSpec<ExplainFields, ExplainResponse> = {
  summary: 'model (a model answer), ideas (id, label, phrasings), misconceptions (also a correction) and examples',
  schema: {
    required: ['model', 'ideas', 'examples'],
    properties: {
      model: textSchema,
      ideas: { type: 'array', minItems: 1, items: ideaSchema() },
      misconceptions: { type: 'array', items: ideaSchema({ correction: textSchema }, ['correction']) },
      examples: {
        type: 'array',
        minItems: 1,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['answer'],
          properties: { answer: textSchema, ideas: idList, misconceptions: idList, credit: { enum: [...CREDITS] } },
        },
      },
    },
  },
  read(t) {
    const model = t.r.string('model');
    const ideas = readUnits(t, 'ideas', 1, (m) => readIdea(t, m));
    const misconceptions = readUnits(t, 'misconceptions', 0, (m) => ({ ...readIdea(t, m), correction: m.string('correction') }));
    const examples = readExamples(t, new Set(ideas.map((i) => i.id)), new Set(misconceptions.map((m) => m.id)));
    return { kind: 'explain', model, ideas, misconceptions, examples };
  },
  whyTargets: () => null,
  async ask(q, tools) {
    const { text, hintsUsed, revealed } = await askTyped((left) => words.ask.explain(left), explainHints(q), tools, 'long');
    return { response: { text }, hintsUsed, revealed };
  },
  grade(q, r, { grading, lexicon }) {
    const result = grading.gradeExplanation(r.text, q, q.prompt, lexicon);
    const notes: GradeNote[] = [
      ...result.ideas.map((i): GradeNote => ({ kind: 'idea', label: i.label, covered: i.covered, words: i.words })),
      ...result.misconceptions.map((m): GradeNote => ({ kind: 'misconception', label: m.label, correction: m.correction })),
      ...result.flags.map((flag): GradeNote => ({ kind: 'flag', flag })),
      { kind: 'model', text: q.model },
    ];
    return gradeOf(result.score, notes);
  },
  fromTyped: (_q, lines) => ({ text: lines.join('\n') }),
  selfCheck(q, { grading, lexicon }) {
    return grading.checkRubric(q, q.prompt, lexicon).map((f) => {
      if (f.kind === 'model') {
        const parts = [
          f.missingIdeas.length ? `misses ${f.missingIdeas.join(', ')}` : '',
          f.misconceptions.length ? `shows misconception ${f.misconceptions.join(', ')}` : '',
          f.flags.length ? `is flagged ${f.flags.join(', ')}` : '',
        ].filter(Boolean);
        return `${q.where}: the model answer must earn every idea and no misconception, but it ${parts.join('; ')}`;
      }
      if (f.kind === 'coverage') return `${q.where}: the examples need ${COVERAGE_NEEDS[f.needs]}`;
      const where = q.examples[f.index]!.where;
      if (f.kind === 'unknown-id') return `${where}: example names "${f.id}", which the rubric does not have`;
      const list = (xs: readonly string[]) => (xs.length ? xs.join(', ') : 'none');
      const diffs = [
        list(f.expected.ideas) !== list(f.got.ideas) ? `ideas expected ${list(f.expected.ideas)}, got ${list(f.got.ideas)}` : '',
        list(f.expected.misconceptions) !== list(f.got.misconceptions)
          ? `misconceptions expected ${list(f.expected.misconceptions)}, got ${list(f.got.misconceptions)}`
          : '',
        f.expected.credit && f.expected.credit !== f.got.credit
          ? `credit expected ${f.expected.credit}, got ${f.got.credit} (score ${f.got.score}${f.got.flags.length ? `, flagged ${f.got.flags.join(', ')}` : ''})`
          : '',
      ].filter(Boolean);
      return `${where}: example graded otherwise than it says: ${diffs.join('; ')}`;
    });
  },
  async reconsider(q, grade, prompter) {
    const missing = grade.notes.filter((n): n is Extract<GradeNote, { kind: 'idea' }> => n.kind === 'idea' && !n.covered);
    if (missing.length === 0 || grade.notes.some((n) => n.kind === 'flag' && n.flag === 'empty')) return null;
    const ticked = new Set(
      await prompter.chooseMany(
        words.ask.selfScore,
        missing.map((n) => ({ name: n.label, value: n.label })),
      ),
    );
    if (ticked.size === 0) return null;
    const notes = grade.notes.map((n) => (n.kind === 'idea' && ticked.has(n.label) ? { ...n, selfScored: true } : n));
    const flagged = grade.notes.some((n) => n.kind === 'flag');
    const raised = grade.score + (SELF_SCORED_WEIGHT * ticked.size) / q.ideas.length;
    // Self-scored ideas never lift a flagged answer (a key-word list, a copy) above its cap, nor make it "right".
    const score = Math.min(flagged ? grade.score : 0.99, raised);
    return gradeOf(Math.max(grade.score, score), notes) as Grade;
  },
  stem: (q) => q.prompt,
  describe: (q) => `${q.model} (Ideas: ${q.ideas.map((i) => i.label).join('; ')})`,
  cardFront: (q) => q.prompt,
};
