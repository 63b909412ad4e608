// nm-tutor validate [DIR]: the author's checker. Reports every problem at once; non-zero exit on any.
import type { Context } from '../context.js';
import { coverageProblems, questionsBySection } from '../content/assemble.js';
import { contentDirFrom } from '../paths.js';
import { ContentError } from '../errors.js';

export async function run(opts: { dir?: string; coverage?: boolean; content?: string }, ctx: Context): Promise<void> {
  const { readContentDir } = await import('../content/load-content.js');
  const dir = contentDirFrom(opts.dir ?? opts.content, process.env);
  const { content, problems } = await readContentDir(dir);
  const all = problems.length ? problems : [...problems, ...coverageProblems(content)];
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
  const applied = content.questions.filter((q) => q.application).length;
  const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  const sections = content.lessons.reduce((n, l) => n + l.sections.length, 0);
  ctx.say(`OK: ${count(content.lessons.length, 'lesson')}, ${count(sections, 'section')}, ${count(content.questions.length, 'question')} (${applied} application), ${count(content.concepts.length, 'concept')}, ${count(content.glossary.length, 'glossary term')}.`);
}
