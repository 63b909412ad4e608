// nm-tutor reset [topic]: clear progress after a confirmation.
import type { Context } from '../context.js';
import { findLesson } from '../content/find.js';
import { UserError } from '../errors.js';
import { words } from '../words.js';
import type { Lesson, Question } from '../content/model.js';

/**
 * Pure: the questions a topic reset clears: the pack's quiz questions of that lesson and its sections' check
 * questions. Only ids this pack defines, never a prefix match, so one pack's reset cannot clear another's history.
 */
export function resetQuestionIds(lesson: Lesson, questions: readonly Question[]): string[] {
  return [...new Set([...questions.filter((q) => q.lesson === lesson.id).map((q) => q.id), ...lesson.sections.map((s) => s.check.id)])];
}

export async function run(opts: { lesson?: string; yes?: boolean }, ctx: Context): Promise<void> {
  const content = await ctx.content();
  const lesson = opts.lesson !== undefined ? findLesson(content, opts.lesson, ctx) : null;
  const what = words.reset.what(lesson ? lesson.title : null);
  if (!opts.yes) {
    const prompter = await ctx.prompter();
    if (!(await prompter.confirm(words.reset.confirm(what), false))) {
      ctx.out(words.reset.nothingCleared);
      return;
    }
  }
  // Opened only now, after the confirmation; the store re-reads the file under its lock and records the reset,
  // so answers given meanwhile in another terminal are kept and no open session brings the cleared ones back.
  const store = await ctx.store();
  const questions = lesson ? resetQuestionIds(lesson, content.questions) : [];
  if (!store.reset(lesson ? { lesson: lesson.id, questions } : null)) throw new UserError(words.reset.couldNotClear(what, store.file));
  ctx.out(words.reset.cleared(what));
}
