// nm-tutor progress: mastery per topic, due reviews, streak, accuracy over time and the next step.
import type { Context } from '../context.js';
import { buildProgressReport } from '../engine/progress-report.js';
import { renderProgress } from '../ui/progress-view.js';

export async function run(opts: { json?: boolean }, ctx: Context): Promise<void> {
  const content = await ctx.content();
  const store = await ctx.store();
  const now = ctx.now();
  const report = buildProgressReport(content, store.progress, now);
  if (opts.json) ctx.out(JSON.stringify({ file: store.file, ...report }, null, 2));
  else ctx.out(renderProgress(ctx.theme, report, store.file, now));
}
