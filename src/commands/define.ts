// nm-tutor define <term>: a glossary entry and the lesson section to read.
import type { Context } from '../context.js';
import { words } from '../words.js';
import type { GlossaryTerm, Lesson } from '../content/model.js';
import { findTerm } from '../content/find.js';
import { UserError, ExitCode } from '../errors.js';
import { wrapText } from '../ui/theme.js';

export async function run(opts: { term?: string; list?: boolean; json?: boolean }, ctx: Context): Promise<void> {
  const content = await ctx.content();
  if (opts.list || !opts.term) {
    if (!opts.list)
      throw new UserError(words.define.nameATerm(ctx.command('define "conversion rate"'), ctx.command('define --list')), ExitCode.usage);
    if (opts.json) {
      ctx.out(
        JSON.stringify(
          content.glossary.map((t) => ({ id: t.id, term: t.term, lesson: t.section.lesson, section: t.section.section })),
          null,
          2,
        ),
      );
      return;
    }
    // Grouped under each lesson's title, in lesson order; alphabetical inside a group.
    const groups = groupTerms(content.lessons, content.glossary);
    groups.forEach((g, i) => {
      if (i > 0) ctx.out('');
      ctx.out(ctx.theme.title(g.title) + ctx.theme.dim(`  (${ctx.command(`learn ${g.lesson}`)})`));
      for (const t of g.terms) ctx.out(`  ${t.term}`);
    });
    return;
  }
  const term = findTerm(content, opts.term, ctx);
  const lesson = content.lessons.find((l) => l.id === term.section.lesson);
  const section = lesson?.sections.find((s) => s.id === term.section.section);
  if (opts.json) {
    ctx.out(
      JSON.stringify(
        { id: term.id, term: term.term, definition: term.definition, lesson: term.section.lesson, section: term.section.section },
        null,
        2,
      ),
    );
    return;
  }
  ctx.out(ctx.theme.title(term.term));
  ctx.out(wrapText(term.definition, ctx.theme.width));
  ctx.say(
    words.define.read(ctx.command(`learn ${term.section.lesson} ${term.section.section}`), section?.title ?? term.section.section),
    ctx.theme.dim,
  );
}

/** The glossary under its lessons' titles, in lesson order; terms alphabetical (by the learner's locale) in each. */
export function groupTerms(
  lessons: readonly Lesson[],
  glossary: readonly GlossaryTerm[],
): { lesson: string; title: string; terms: GlossaryTerm[] }[] {
  const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
  return lessons
    .map((l) => ({
      lesson: l.id,
      title: l.title,
      terms: glossary.filter((t) => t.section.lesson === l.id).sort((a, b) => collator.compare(a.term, b.term)),
    }))
    .filter((g) => g.terms.length > 0);
}
