// nm-tutor validate [DIR]: the author's checker. Reports every problem at once; non-zero exit on any.
// Then the item-quality lint (src/content/lint.ts): its warnings are printed and counted but do not fail
// validate unless --strict is given; the shipped content is meant to pass with --strict.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Context } from '../context.js';
import { coverageProblems, questionsBySection } from '../content/assemble.js';
import { studyItems, type Content } from '../content/model.js';
import { loadGradeTools, selfCheck } from '../kinds/registry.js';
import { formatWarning, lintContent } from '../content/lint.js';
import { LINT_ALLOW_FILE, readLintAllow } from '../content/decode-lint-allow.js';
import { contentDirFrom, displayPath } from '../paths.js';
import { ContentError } from '../errors.js';
import { words } from '../words.js';

/** The text `nm-tutor new` leaves for the author to replace. */
export const PLACEHOLDER = 'TODO:';

/** Unfilled skeleton text, found in the YAML text itself (comments excluded), at file:line:col. */
export function placeholderProblems(text: string, display: string): string[] {
  const out: string[] = [];
  text.split('\n').forEach((line, i) => {
    const comment = line.search(/(^|\s)#/);
    for (let col = line.indexOf(PLACEHOLDER); col >= 0; col = line.indexOf(PLACEHOLDER, col + 1)) {
      if (comment >= 0 && comment < col) return;
      const rest = line.slice(col).split('"')[0]!.trim();
      const shown = rest.length > 50 ? `${rest.slice(0, 49)}…` : rest;
      out.push(`${display}:${i + 1}:${col + 1}: unfilled skeleton text "${shown}"; replace it with your own`);
    }
  });
  return out;
}

/** How many warnings of one rule are printed before the rest are only counted. */
export const WARNINGS_SHOWN_PER_RULE = 200;

export async function run(opts: { dir?: string; coverage?: boolean; strict?: boolean; content?: string }, ctx: Context): Promise<void> {
  const { readContentDir } = await import('../content/load-content.js');
  const dir = contentDirFrom(opts.dir ?? opts.content, ctx.env);
  const { content, problems } = await readContentDir(dir);
  for (const folder of ['lessons', 'quizzes']) {
    let names: string[] = [];
    try {
      names = readdirSync(path.join(dir, folder))
        .filter((n) => /\.ya?ml$/i.test(n))
        .sort();
    } catch {
      /* reported by the loader */
    }
    for (const name of names) {
      const file = path.join(dir, folder, name);
      try {
        problems.push(...placeholderProblems(readFileSync(file, 'utf8'), displayPath(file)));
      } catch {
        /* reported by the loader */
      }
    }
  }
  const allowFile = path.join(dir, 'quizzes', LINT_ALLOW_FILE);
  const allow = existsSync(allowFile)
    ? readLintAllow(readFileSync(allowFile, 'utf8'), displayPath(allowFile))
    : { entries: [], problems: [] };
  problems.push(...allow.problems);
  // Rubrics are tested by their own examples; the grading engine is loaded only here and in verbs that grade.
  const rubricProblems = problems.length ? [] : await checkRubrics(content);
  const all = problems.length ? problems : [...coverageProblems(content), ...rubricProblems];
  for (const w of content.warnings) ctx.warn(w);
  if (opts.coverage) {
    const bySection = questionsBySection(content);
    for (const lesson of content.lessons) {
      ctx.out(ctx.theme.strong(lesson.id));
      for (const s of lesson.sections) {
        const qs = bySection.get(`${lesson.id}#${s.id}`) ?? [];
        const kinds = new Map<string, number>();
        for (const q of qs) kinds.set(q.kind, (kinds.get(q.kind) ?? 0) + 1);
        const detail = [...kinds].map(([k, n]) => `${k} ${n}`).join(', ');
        ctx.out(`  ${s.id.padEnd(34)} ${String(qs.length).padStart(3)}  ${ctx.theme.dim(detail)}`);
      }
    }
  }
  if (all.length) throw new ContentError(all);
  const lint = lintContent(content, allow.entries);
  if (lint.problems.length) throw new ContentError(lint.problems);
  const warnings = [...lint.warnings.map(formatWarning), ...lint.unusedAllows.map((w) => w.replace(/^([^ ]+): /, '$1: warning: '))];
  // A generated or imported pack can raise thousands of one warning: the first of each rule are what an author
  // can act on, and the count says how many more there are (the summary line counts them all).
  const shown = new Map<string, number>();
  for (const [i, w] of warnings.entries()) {
    const rule = lint.warnings[i]?.rule ?? 'lint-allow';
    const n = (shown.get(rule) ?? 0) + 1;
    shown.set(rule, n);
    if (n <= WARNINGS_SHOWN_PER_RULE) ctx.warn(w);
  }
  for (const [rule, n] of shown) if (n > WARNINGS_SHOWN_PER_RULE) ctx.warn(words.validate.moreWarnings(n - WARNINGS_SHOWN_PER_RULE, rule));
  const applied = content.questions.filter((q) => q.application).length;
  const summary = words.validate.summary({
    lessons: content.lessons.length,
    sections: content.lessons.reduce((n, l) => n + l.sections.length, 0),
    questions: content.questions.length,
    applied,
    concepts: content.concepts.length,
    terms: content.glossary.length,
    warnings: warnings.length,
  });
  if (opts.strict && warnings.length) throw new ContentError([words.validate.strictFailed(summary, displayPath(allowFile))]);
  ctx.say(words.validate.ok(summary));
}

async function checkRubrics(content: Content): Promise<string[]> {
  const questions = studyItems(content);
  if (!questions.some((q) => q.kind === 'explain')) return [];
  const tools = await loadGradeTools(content);
  return questions.flatMap((q) => selfCheck(q, tools));
}
