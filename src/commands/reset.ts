// nm-tutor reset [topic]: clear progress after a confirmation.
import type { Context } from '../context.js';
import { findLesson } from '../content/find.js';
import { emptyProgress, type Progress } from '../progress/model.js';

/** Pure: progress without a topic's quiz answers, check answers and lesson position (or without everything). */
export function withoutTopic(progress: Progress, topic: string | null, questionIds: ReadonlySet<string>): Progress {
  if (topic === null) return emptyProgress();
  const next = emptyProgress();
  for (const [id, q] of Object.entries(progress.questions)) {
    if (!questionIds.has(id) && !id.startsWith(`${topic}.`)) next.questions[id] = q;
  }
  for (const [id, l] of Object.entries(progress.lessons)) if (id !== topic) next.lessons[id] = l;
  return next;
}

export async function run(opts: { topic?: string; yes?: boolean }, ctx: Context): Promise<void> {
  const content = await ctx.content();
  const lesson = opts.topic ? findLesson(content, opts.topic, ctx.note) : null;
  const store = await ctx.store();
  const what = lesson ? `your progress on "${lesson.title}"` : 'ALL your progress';
  if (!opts.yes) {
    const prompter = await ctx.prompter();
    if (!(await prompter.confirm(`Clear ${what}? This cannot be undone.`, false))) {
      ctx.out('Nothing was cleared.');
      return;
    }
  }
  const ids = new Set(content.questions.filter((q) => q.topic === lesson?.id).map((q) => q.id));
  store.replace(withoutTopic(store.progress, lesson?.id ?? null, ids));
  ctx.out(`Cleared ${what}.`);
}
