// nm-tutor quiz: a mixed drill, new and weak questions first, topics interleaved.
import type { Context } from '../context.js';
import { loadGradeTools } from '../kinds/registry.js';
import { findLesson } from '../content/find.js';
import { seededRandom } from '../engine/random.js';
import { selectQuestions } from '../engine/select.js';
import { runSession } from '../engine/session.js';
import { createQuizView, renderSummary } from '../ui/quiz-view.js';
import { words } from '../words.js';

export interface QuizOptions {
  lesson?: string;
  limit: number;
  seed?: number;
  studied?: boolean;
}

export async function run(opts: QuizOptions, ctx: Context): Promise<void> {
  const content = await ctx.content();
  const lesson = opts.lesson !== undefined ? findLesson(content, opts.lesson, ctx).id : undefined;
  const store = await ctx.store();
  const read = (lessonId: string, section: string) => store.progress.lessons[lessonId]?.completed.includes(section) ?? false;
  const pool = content.questions
    .filter((q) => !lesson || q.lesson === lesson)
    // --studied: only what the learner has read, so a quiz does not test sections still ahead of them.
    .filter((q) => !opts.studied || read(q.lesson, q.section));
  const random = seededRandom(opts.seed ?? ctx.seed());
  const questions = selectQuestions(pool, store.progress, opts.limit, random);
  if (questions.length === 0) {
    ctx.out(
      opts.studied
        ? words.quiz.nothingStudied(ctx.command(lesson ? `learn ${lesson}` : 'learn'), lesson !== undefined)
        : words.quiz.noQuestions,
    );
    return;
  }
  const view = createQuizView(ctx.theme, content, ctx.out, ctx.command);
  const summary = await runSession(questions, {
    prompter: await ctx.prompter(),
    view,
    store,
    now: ctx.now,
    random,
    tools: await loadGradeTools(content),
  });
  ctx.out('');
  ctx.out(renderSummary(ctx.theme, content, summary, ctx.command));
  if (summary.interrupted) throw summary.interrupted;
}
