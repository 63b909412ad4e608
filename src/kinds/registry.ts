// The registry of question kinds: one line per kind. Each entry must be a complete KindSpec, so the compiler
// refuses a kind that lacks a part; the content model's Question type and the kind list are derived from it.
import { classify } from './classify.js';
import { cloze } from './cloze.js';
import { explain } from './explain.js';
import type { Asked, AskTools, Grade, GradeTools, KindSpec, QuestionBase } from './kind.js';
import type { Prompter } from '../ui/prompter.js';
import { list } from './list.js';
import { match } from './match.js';
import { multi } from './multi.js';
import { order } from './order.js';
import { recall } from './recall.js';
import { single } from './single.js';
import { truefalse } from './truefalse.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the registry holds kinds of every field type
type AnyKind = KindSpec<any, any>;

export const KINDS = {
  single,
  multi,
  truefalse,
  recall,
  list,
  cloze,
  order,
  match,
  classify,
  explain,
} satisfies Record<string, AnyKind>;

export type QuestionKind = keyof typeof KINDS;
export const QUESTION_KINDS = Object.keys(KINDS) as QuestionKind[];

type FieldsOf<K extends QuestionKind> = (typeof KINDS)[K] extends KindSpec<infer F, infer _R> ? F : never;
/** A question of any kind: the common fields plus its kind's own. */
export type Question = { [K in QuestionKind]: QuestionBase & FieldsOf<K> }[QuestionKind];
/** A learner's response to some question; only its own kind's module reads it. */
export type Response = unknown;

function specOf(q: Question): AnyKind {
  return KINDS[q.kind];
}

export const askQuestion = (q: Question, tools: AskTools): Promise<Asked<Response>> => specOf(q).ask(q, tools);
export const gradeResponse = (q: Question, response: Response, tools: GradeTools): Grade => specOf(q).grade(q, response, tools);
export const stemOf = (q: Question): string => specOf(q).stem(q);
export const describeAnswer = (q: Question): string => specOf(q).describe(q);
export const cardFront = (q: Question): string => specOf(q).cardFront(q);

export function isQuestionKind(kind: string): kind is QuestionKind {
  return Object.prototype.hasOwnProperty.call(KINDS, kind);
}

/** The response a typed line makes for `nm-tutor grade`, or null for kinds that are not typed. */
export function typedResponse(q: Question, lines: readonly string[]): Response | null {
  const spec = specOf(q);
  return spec.fromTyped ? spec.fromTyped(q, lines) : null;
}

export const selfCheck = (q: Question, tools: GradeTools): string[] => specOf(q).selfCheck?.(q, tools) ?? [];

export async function reconsider(q: Question, grade: Grade, prompter: Prompter): Promise<Grade | null> {
  return (await specOf(q).reconsider?.(q, grade, prompter)) ?? null;
}

/** Loads the grading engine for the commands that grade (kept off the start-up path of the others). */
export async function loadGradeTools(content: { readonly lexicon: GradeTools['lexicon'] }): Promise<GradeTools> {
  return { lexicon: content.lexicon, grading: await import('../grading/index.js') };
}
