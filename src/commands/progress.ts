// nm-tutor progress: mastery per topic, due reviews, streak, accuracy over time and the next step.
import type { Context } from '../context.js';
import { buildProgressReport } from '../engine/progress-report.js';
import { findLesson } from '../content/find.js';
import { renderProgress, renderLessonSections } from '../ui/progress-view.js';
import { words } from '../words.js';

export async function run(opts: { json?: boolean; lesson?: string }, ctx: Context): Promise<void> {
  const content = await ctx.content();
  const store = await ctx.store();
  const now = ctx.now();
  const report = buildProgressReport(content, store.progress, now);
  if (opts.lesson !== undefined) {
    const id = findLesson(content, opts.lesson, ctx).id;
    const lesson = report.lessons.find((t) => t.id === id)!;
    if (opts.json) ctx.out(JSON.stringify(lesson, null, 2));
    else ctx.out(renderLessonSections(ctx.theme, lesson, ctx.command));
    return;
  }
  if (opts.json)
    ctx.out(
      JSON.stringify(
        { file: store.file, ...report, next: { ...report.next, command: ctx.command(words.next.args(report.next)) } },
        null,
        2,
      ),
    );
  else ctx.out(renderProgress(ctx.theme, report, store.file, now, ctx.command));
}
