// nm-tutor new lesson|quiz <id>: a commented skeleton for content authors. A lesson and its quiz bank come as a
// pair (every section needs three questions), so the missing half is written too. The skeleton is valid content
// except for its "TODO:" texts, which `validate` lists at file:line:col until each is replaced.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Context } from '../context.js';
import { contentSchemas } from '../content/json-schema.js';
import { parseYaml } from '../content/parse-yaml.js';
import { ID_PATTERN } from '../content/yaml-readers.js';
import { describeSystemError, ExitCode, UserError } from '../errors.js';
import { words } from '../words.js';
import { displayPath } from '../paths.js';
import { PLACEHOLDER } from './validate.js';

const T = PLACEHOLDER;

export function lessonSkeleton(id: string): string {
  return `# yaml-language-server: $schema=../schema/lesson.schema.json
# A lesson: sections read one at a time, each ending in a check-yourself question. See CONTRIBUTING.md.
# Replace every "${T}" text (\`nm-tutor validate DIR\` lists the ones left), then check it with that command.
# Ids are forever: progress is stored by id.
formatVersion: 1
kind: lesson
id: ${id}
title: "${T} the lesson title"
summary: "${T} one sentence shown in menus and in nm-tutor topics."
order: 100                 # position in the curriculum
sources: []                # ids of the source texts it teaches, e.g. ["002"] (see lessons/sources.yaml)
sections:
  - id: first-section      # lower-case letters, digits and hyphens; rename it in the quiz bank too
    title: "${T} the section title"
    body: |
      ${T} a plain explanation, a few short paragraphs. Leave a blank line between paragraphs.
      Mark anything from outside the sources: (Outside the sources: ...).
    example: |
      ${T} a worked example or a short case about a business.
    keyPoints:
      - "${T} one short statement the learner should remember."
    check:                 # any question kind; see CONTRIBUTING.md
      kind: truefalse
      prompt: "${T} a statement about the section that is true or false."
      answer: true
      explanation: "${T} say why, in a sentence or two."
`;
}

export function quizSkeleton(id: string, section = 'first-section'): string {
  return `# yaml-language-server: $schema=../schema/quiz.schema.json
# A quiz bank for lesson "${id}". Every section needs at least three questions of at least two kinds.
# Replace every "${T}" text (\`nm-tutor validate DIR\` lists the ones left). See CONTRIBUTING.md.
formatVersion: 1
kind: quiz
topic: ${id}              # the lesson this bank belongs to
questions:
  - id: ${id}-001          # <lesson>-<number>; never reuse an id
    section: ${section}
    kind: single
    prompt: "${T} the question, which one choice answers."
    choices: ["${T} the right choice", "${T} a plausible wrong choice", "${T} another plausible wrong choice"]
    answer: "${T} the right choice"
    explanation: "${T} why the right choice is right."
    why:
      "${T} a plausible wrong choice": "${T} why a learner might pick it, and why it is wrong."
  - id: ${id}-002
    section: ${section}
    kind: truefalse
    application: true      # a short scenario about a business
    prompt: "${T} a business does something. Is this an example of the section's idea?"
    answer: true
    explanation: "${T} why."
  - id: ${id}-003
    section: ${section}
    kind: recall
    prompt: "${T} ask the learner to name the key term."
    answer: "${T} the key term"
    accept: ["${T} another spelling that also counts"]
    explanation: "${T} why."
`;
}

/** The id of a lesson file's first section, so a new quiz bank's questions point at a section that exists. */
function firstSection(lessonFile: string): string | undefined {
  const root = parseYaml(readFileSync(lessonFile, 'utf8'), lessonFile).root;
  const sections = (root?.value as { sections?: { value: unknown } } | null)?.sections?.value;
  const first = Array.isArray(sections) ? (sections[0]?.value as { id?: { value: unknown } } | undefined)?.id?.value : undefined;
  return typeof first === 'string' && ID_PATTERN.test(first) ? first : undefined;
}

function write(file: string, text: string): void {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  } catch (err) {
    throw new UserError(words.new.cannotWrite(displayPath(file), describeSystemError(err)));
  }
}

export async function run(opts: { what: string; id: string; dir?: string; force?: boolean }, ctx: Context): Promise<void> {
  if (opts.what !== 'lesson' && opts.what !== 'quiz')
    throw new UserError(words.new.unknownKind(opts.what, 'nm-tutor new lesson <id>', 'nm-tutor new quiz <id>'), ExitCode.usage);
  if (!ID_PATTERN.test(opts.id)) throw new UserError(words.new.invalidId(opts.id), ExitCode.usage);
  const root = path.resolve(opts.dir ?? '.');
  const lessonFile = path.join(root, 'lessons', `${opts.id}.yaml`);
  const quizFile = path.join(root, 'quizzes', `${opts.id}.yaml`);
  const [file, partner] = opts.what === 'lesson' ? [lessonFile, quizFile] : [quizFile, lessonFile];
  if (existsSync(file) && !opts.force) throw new UserError(words.new.exists(displayPath(file)));
  const written: string[] = [];
  if (opts.what === 'lesson') {
    write(lessonFile, lessonSkeleton(opts.id));
    written.push(lessonFile);
    if (!existsSync(quizFile)) {
      write(quizFile, quizSkeleton(opts.id));
      written.push(quizFile);
    }
  } else {
    const section = existsSync(lessonFile) ? firstSection(lessonFile) : undefined;
    if (!existsSync(lessonFile)) {
      write(lessonFile, lessonSkeleton(opts.id));
      written.push(lessonFile);
    }
    write(quizFile, quizSkeleton(opts.id, section));
    written.unshift(quizFile);
  }
  // The skeletons name their JSON Schemas (../schema/*.json) for editors; a standalone pack gets its own copy.
  for (const [name, schema] of Object.entries(contentSchemas()))
    write(path.join(root, 'schema', name), `${JSON.stringify(schema, null, 2)}\n`);
  const also = written.length > 1 ? words.new.partner(displayPath(partner), opts.what) : '';
  const schemas = `${displayPath(path.join(root, 'schema'))}${path.sep}`;
  ctx.say(words.new.wrote(displayPath(file), also, schemas, T, `nm-tutor validate ${displayPath(root)}`));
}
