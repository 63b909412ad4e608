// nm-tutor progress: what has been studied and quiz accuracy per topic.
import type { Context } from '../context.js';
import type { Content } from '../content/model.js';
import type { Progress } from '../progress/model.js';

export interface TopicReport {
  id: string; title: string; sectionsRead: number; sections: number;
  questions: number; answered: number; attempts: number; accuracy: number | null;
}

/** Pure: per lesson, sections finished and accuracy over every attempt at its quiz questions. */
export function topicReports(content: Content, progress: Progress): TopicReport[] {
  return content.lessons.map((l) => {
    const qs = content.questions.filter((q) => q.topic === l.id);
    const attempts = qs.flatMap((q) => progress.questions[q.id]?.attempts ?? []);
    const lesson = progress.lessons[l.id];
    const sectionIds = new Set(l.sections.map((s) => s.id));
    return {
      id: l.id, title: l.title,
      sectionsRead: lesson ? lesson.completed.filter((s) => sectionIds.has(s)).length : 0,
      sections: l.sections.length,
      questions: qs.length,
      answered: qs.filter((q) => (progress.questions[q.id]?.attempts.length ?? 0) > 0).length,
      attempts: attempts.length,
      accuracy: attempts.length ? attempts.reduce((s, a) => s + a.score, 0) / attempts.length : null,
    };
  });
}

export async function run(opts: { json?: boolean }, ctx: Context): Promise<void> {
  const content = await ctx.content();
  const store = await ctx.store();
  const reports = topicReports(content, store.progress);
  if (opts.json) {
    ctx.out(JSON.stringify({ file: store.file, topics: reports }, null, 2));
    return;
  }
  const { theme } = ctx;
  ctx.out(theme.title('Your progress') + theme.dim(`  (${store.file})`));
  const w = Math.max(...reports.map((r) => r.id.length));
  for (const r of reports) {
    const acc = r.accuracy === null ? theme.dim('no answers yet') : `${Math.round(r.accuracy * 100)}% right over ${r.attempts} answer${r.attempts === 1 ? '' : 's'}`;
    ctx.out(`  ${theme.accent(r.id.padEnd(w))}  read ${r.sectionsRead}/${r.sections} sections · answered ${r.answered}/${r.questions} questions · ${acc}`);
  }
  const unread = reports.find((r) => r.sectionsRead < r.sections);
  if (unread) ctx.out(theme.strong(`Next: nm-tutor learn ${unread.id}`));
  else ctx.out(theme.strong('Next: nm-tutor quiz'));
}
