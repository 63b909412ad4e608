// nm-tutor topics: the lessons and the concepts that can be compared, with their ids.
import type { Context } from '../context.js';
import { words } from '../words.js';
import { wrapText } from '../ui/theme.js';

export async function run(opts: { json?: boolean }, ctx: Context): Promise<void> {
  const content = await ctx.content();
  const count = (id: string) => content.questions.filter((q) => q.lesson === id).length;
  if (opts.json) {
    ctx.out(
      JSON.stringify(
        {
          lessons: content.lessons.map((l) => ({
            id: l.id,
            title: l.title,
            summary: l.summary,
            sections: l.sections.map((s) => s.id),
            questions: count(l.id),
          })),
          concepts: content.concepts.map((c) => ({ id: c.id, name: c.name, aliases: c.aliases })),
        },
        null,
        2,
      ),
    );
    return;
  }
  const { theme } = ctx;
  const progress = (await ctx.store()).progress;
  ctx.out(theme.title(words.topics.lessons) + theme.dim(`  (${ctx.command('learn <id>')}, ${ctx.command('quiz --lesson <id>')})`));
  const idWidth = Math.max(...content.lessons.map((l) => l.id.length));
  for (const l of content.lessons) {
    const pad = ' '.repeat(idWidth + 4);
    const read = progress.lessons[l.id]?.completed.length ?? 0;
    const wrapped = wrapText(words.topics.lesson(l.title, l.sections.length, read, count(l.id)), theme.width, pad).slice(pad.length);
    ctx.out(`  ${theme.accent(l.id.padEnd(idWidth))}  ${wrapped}`);
  }
  ctx.out('');
  ctx.out(theme.title(words.topics.concepts) + theme.dim(`  (${ctx.command('compare <id> <id>')})`));
  const cWidth = Math.max(...content.concepts.map((c) => c.id.length));
  for (const c of content.concepts) {
    const aliases = c.aliases.length ? theme.dim(words.topics.aliases(c.aliases)) : '';
    ctx.out(`  ${theme.accent(c.id.padEnd(cWidth))}  ${c.name}${aliases}`);
  }
}
