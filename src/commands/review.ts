// nm-tutor review: the questions that are due, most overdue first; when none are, extra practice on weak ones.
import type { Context } from '../context.js';
import { words } from '../words.js';
import { loadGradeTools } from '../kinds/registry.js';
import { dueQuestions, weakestQuestions } from '../engine/mastery.js';
import { seededRandom } from '../engine/random.js';
import { runSession } from '../engine/session.js';
import { createQuizView, renderSummary } from '../ui/quiz-view.js';
import { describeWhen } from '../ui/time.js';

/** The same phrase `progress` uses (ui/time.ts). */
export function describeWait(next: Date, now: Date): string {
  return describeWhen(next, now);
}

export async function run(opts: { limit: number }, ctx: Context): Promise<void> {
  const content = await ctx.content();
  const store = await ctx.store();
  const now = ctx.now();
  const due = dueQuestions(content, store.progress, now);
  let questions = due.dueNow.slice(0, opts.limit);
  if (questions.length === 0) {
    ctx.say(due.nextDue ? words.review.nothingDueUntil(describeWait(due.nextDue, now)) : words.review.nothingYet(ctx.command('quiz')));
    const weakest = weakestQuestions(content, store.progress, now, Math.min(opts.limit, 5));
    if (weakest.length === 0) return;
    const prompter = await ctx.prompter();
    if (!(await prompter.confirm(words.review.practiseWeakest(weakest.length), true))) return;
    questions = weakest;
  } else {
    ctx.say(words.review.due(due.dueNow.length, questions.length));
  }
  const random = seededRandom(now.getTime());
  const summary = await runSession(questions, {
    prompter: await ctx.prompter(),
    view: createQuizView(ctx.theme, content, ctx.out, ctx.command),
    store,
    now: ctx.now,
    random,
    tools: await loadGradeTools(content),
  });
  ctx.out('');
  ctx.out(renderSummary(ctx.theme, content, summary, ctx.command));
  if (summary.interrupted) throw summary.interrupted;
}
