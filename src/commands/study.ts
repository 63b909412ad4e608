// nm-tutor study (and a bare `nm-tutor` in a terminal): one entry that continues where the learner is. Due
// reviews first, then the next section of the course, then practice on the weakest topic, with a line saying why.
import type { Context } from '../context.js';
import { buildProgressReport } from '../engine/progress-report.js';
import { words } from '../words.js';

export async function run(ctx: Context): Promise<void> {
  const content = await ctx.content();
  const store = await ctx.store();
  const next = buildProgressReport(content, store.progress, ctx.now()).next;
  ctx.say(words.study.because(words.next.reason(next), ctx.command(words.next.args(next))), ctx.theme.dim);
  switch (next.action) {
    case 'review': {
      const { run: review } = await import('./review.js');
      return review({ limit: 20 }, ctx);
    }
    case 'learn': {
      const { run: learn } = await import('./learn.js');
      return learn({ lesson: next.lesson }, ctx);
    }
    case 'quiz': {
      const { run: quiz } = await import('./quiz.js');
      return quiz({ lesson: next.lesson, limit: 10 }, ctx);
    }
    case 'topics': {
      const { run: topics } = await import('./topics.js');
      return topics({}, ctx);
    }
  }
}
