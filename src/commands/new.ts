// nm-tutor new lesson|quiz <id>: a commented skeleton that passes `validate`, for content authors.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Context } from '../context.js';
import { ID_PATTERN } from '../content/read-node.js';
import { UserError } from '../errors.js';
import { displayPath } from '../paths.js';

export function lessonSkeleton(id: string): string {
  return `# yaml-language-server: $schema=../schema/lesson.schema.json
# A lesson: sections read one at a time, each ending in a check-yourself question.
# Check it with: nm-tutor validate .   Ids are forever: progress is stored by id.
formatVersion: 1
kind: lesson
id: ${id}
title: ${id} (write the title here)
summary: One sentence shown in menus and in \`nm-tutor topics\`.
order: 100                 # position in the curriculum
sources: []                # which source texts this lesson teaches
sections:
  - id: first-section      # lower-case letters, digits and hyphens
    title: The first section
    body: |
      A plain explanation, a few short paragraphs. Leave a blank line between paragraphs.
    example: |
      A worked example or a short case about a business.
    keyPoints:
      - One short statement the learner should remember.
    check:                 # any question kind; see CONTRIBUTING.md
      kind: truefalse
      prompt: This statement about the section is true.
      answer: true
      explanation: Say why, in a sentence or two.
`;
}

export function quizSkeleton(id: string, section = 'first-section'): string {
  return `# yaml-language-server: $schema=../schema/quiz.schema.json
# A quiz bank for lesson "${id}". Every section needs at least three questions of at least two kinds.
formatVersion: 1
kind: quiz
topic: ${id}
questions:
  - id: ${id}-001          # <topic>-<number>; never reuse an id
    section: ${section}
    kind: single
    prompt: Which choice is right?
    choices: [The right one, A plausible wrong one, Another plausible wrong one]
    answer: The right one
    explanation: Why the right one is right.
    why:
      A plausible wrong one: Why a learner might pick it, and why it is wrong.
  - id: ${id}-002
    section: ${section}
    kind: truefalse
    application: true      # a short scenario about a business
    prompt: A shop does something. This shows the idea of the section.
    answer: true
    explanation: Why.
  - id: ${id}-003
    section: ${section}
    kind: recall
    prompt: Name the key term.
    answer: key term
    accept: [another spelling]
    explanation: Why.
`;
}

export async function run(opts: { what: string; id: string; dir?: string; force?: boolean }, ctx: Context): Promise<void> {
  if (opts.what !== 'lesson' && opts.what !== 'quiz') throw new UserError(`Unknown kind '${opts.what}'. Use \`nm-tutor new lesson <id>\` or \`nm-tutor new quiz <id>\`.`, 2);
  if (!ID_PATTERN.test(opts.id)) throw new UserError(`'${opts.id}' is not a valid id: use lower-case letters, digits and hyphens.`, 2);
  const root = path.resolve(opts.dir ?? '.');
  const folder = path.join(root, opts.what === 'lesson' ? 'lessons' : 'quizzes');
  const file = path.join(folder, `${opts.id}.yaml`);
  if (existsSync(file) && !opts.force) throw new UserError(`${file} already exists; nothing was written (use --force to overwrite).`);
  mkdirSync(folder, { recursive: true });
  writeFileSync(file, opts.what === 'lesson' ? lessonSkeleton(opts.id) : quizSkeleton(opts.id));
  ctx.say(`Wrote ${file}. Fill it in, then run \`nm-tutor validate ${displayPath(root)}\`.`);
}
