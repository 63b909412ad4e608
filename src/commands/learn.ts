// nm-tutor learn [topic] [section]: a lesson one section at a time, each ending with a check-yourself question
// asked after the section's text has left the screen, so the learner recalls instead of copying.
import type { Context } from '../context.js';
import { loadGradeTools } from '../kinds/registry.js';
import { findLesson } from '../content/find.js';
import type { Lesson } from '../content/model.js';
import { seededRandom } from '../engine/random.js';
import { answerOne } from '../engine/session.js';
import { UserError } from '../errors.js';
import { recordSection } from '../progress/model.js';
import type { Prompter } from '../ui/prompter.js';
import { createQuizView } from '../ui/quiz-view.js';
import { renderSection } from '../ui/render.js';
import { words } from '../words.js';

export interface LearnOptions {
  lesson?: string;
  section?: string;
}

/** `functions#customer-service` and `functions customer-service` both name a section: the feedback's links work. */
export function splitSectionLink(lesson: string | undefined, section: string | undefined): { lesson?: string; section?: string } {
  if (lesson?.includes('#')) {
    const [id, linked] = lesson.split('#', 2);
    return { lesson: id, section: section ?? linked };
  }
  return { lesson, section };
}

async function chooseStart(lesson: Lesson, opts: LearnOptions, ctx: Context, prompter: Prompter): Promise<number | null> {
  if (opts.section) {
    const wanted = opts.section.toLowerCase();
    const i = lesson.sections.findIndex((s) => s.id === wanted || s.title.toLowerCase() === wanted);
    if (i < 0)
      throw new UserError(
        words.learn.unknownSection(
          opts.section,
          lesson.id,
          lesson.sections.map((s) => s.id),
        ),
      );
    return i;
  }
  const store = await ctx.store();
  const saved = store.progress.lessons[lesson.id];
  const resumeAt = saved ? lesson.sections.findIndex((s) => s.id === saved.lastSection) : -1;
  if (!saved || resumeAt < 0) return 0;
  // The next unread section after where the learner was, else the first unread one (sections can be opened
  // on their own, out of order); none unread means the lesson is finished.
  const unread = (i: number) => !saved.completed.includes(lesson.sections[i]!.id);
  const from = saved.completed.includes(saved.lastSection) ? resumeAt + 1 : resumeAt;
  const indexes = lesson.sections.map((_, i) => i);
  const next = indexes.find((i) => i >= from && unread(i)) ?? indexes.find(unread) ?? -1;
  if (next < 0) {
    // A finished lesson: say so, instead of silently starting over at 1/N.
    const choice = await prompter.choose(words.learn.finishedBefore(lesson.title), [
      { name: words.learn.startOver, value: 'start' as const },
      { name: words.learn.pickSection, value: 'pick' as const },
      { name: words.learn.quizInstead(ctx.command(`quiz --lesson ${lesson.id}`)), value: 'quiz' as const },
    ]);
    if (choice === 'quiz') return null;
    if (choice === 'start') return 0;
    return prompter.choose(
      words.learn.whichSection,
      lesson.sections.map((s, i) => ({ name: `${i + 1}. ${s.title}`, value: i })),
    );
  }
  if (next === 0) return 0;
  const resume = await prompter.choose(words.learn.reached(next + 1, lesson.sections.length, lesson.sections[next]!.title), [
    { name: words.learn.resume, value: true },
    { name: words.learn.startOver, value: false },
  ]);
  return resume ? next : 0;
}

export async function run(options: LearnOptions, ctx: Context): Promise<void> {
  const opts = splitSectionLink(options.lesson, options.section);
  const content = await ctx.content();
  const store = await ctx.store();
  const prompter = await ctx.prompter();
  const lesson =
    opts.lesson !== undefined
      ? findLesson(content, opts.lesson, ctx)
      : await prompter.choose(
          words.learn.whichLesson,
          content.lessons.map((l) => {
            const done = store.progress.lessons[l.id]?.completed.length ?? 0;
            return { name: words.learn.menuEntry(l.title, done, l.sections.length), value: l };
          }),
        );
  const start = await chooseStart(lesson, opts, ctx, prompter);
  if (start === null) {
    ctx.say(words.learn.runQuiz(ctx.command(`quiz --lesson ${lesson.id}`)));
    return;
  }
  const view = createQuizView(ctx.theme, content, ctx.out, ctx.command);
  const random = seededRandom(ctx.seed());
  for (let i = start; i < lesson.sections.length; i++) {
    const section = lesson.sections[i]!;
    recordSection(store.progress, lesson.id, section.id, false, ctx.now());
    store.save();
    ctx.out('');
    const cards = renderSection(ctx.theme, lesson, section, i, ctx.screenRows);
    let stopped = false;
    let skipped = false;
    for (const [k, card] of cards.entries()) {
      ctx.out(card);
      if (k === cards.length - 1 || ctx.screenRows === undefined) continue;
      const next = await prompter.choose(words.learn.readOn, [
        { name: words.learn.readOnChoice, value: 'read' as const },
        { name: words.learn.skipToCheck, value: 'check' as const },
        { name: words.learn.stopHere, value: 'stop' as const },
      ]);
      if (next === 'check') {
        skipped = true;
        break;
      }
      if (next === 'stop') {
        stopped = true;
        break;
      }
    }
    if (stopped) {
      ctx.say(words.learn.stoppedIn(section.title, ctx.command(`learn ${lesson.id}`)));
      return;
    }
    // The text leaves the screen before the check, so the answer comes from memory, not from the card above.
    if (ctx.screenRows !== undefined && !skipped && !(await prompter.confirm(words.learn.readyForCheck, true))) {
      ctx.say(words.learn.stoppedIn(section.title, ctx.command(`learn ${lesson.id}`)));
      return;
    }
    ctx.clearScreen(words.learn.checkHeading);
    view.question(section.check, 0, 1);
    const { stop, interrupted } = await answerOne(section.check, {
      prompter,
      view,
      store,
      now: ctx.now,
      random,
      tools: await loadGradeTools(content),
    });
    recordSection(store.progress, lesson.id, section.id, true, ctx.now());
    store.save();
    if (interrupted) throw interrupted;
    if (i < lesson.sections.length - 1 && (stop || !(await prompter.confirm(words.learn.continueNext, true)))) {
      ctx.say(words.learn.stoppedAfter(section.title, ctx.command(`learn ${lesson.id}`)));
      return;
    }
  }
  ctx.out('');
  ctx.say(words.learn.finished(lesson.title, ctx.command(`quiz --lesson ${lesson.id}`)), ctx.theme.good);
}
