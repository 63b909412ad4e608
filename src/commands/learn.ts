// nm-tutor learn [topic]: a lesson one section at a time, with a check-yourself question after each.
import type { Context } from '../context.js';
import { findLesson } from '../content/find.js';
import type { Lesson } from '../content/model.js';
import { seededRandom } from '../engine/random.js';
import { answerOne } from '../engine/session.js';
import { recordSection } from '../progress/model.js';
import { createQuizView } from '../ui/quiz-view.js';
import { renderSection } from '../ui/render.js';

export interface LearnOptions { topic?: string }

export async function run(opts: LearnOptions, ctx: Context): Promise<void> {
  const content = await ctx.content();
  const store = await ctx.store();
  const prompter = await ctx.prompter();
  let lesson: Lesson;
  if (opts.topic) lesson = findLesson(content, opts.topic, ctx.note);
  else {
    lesson = await prompter.choose('Which lesson?', content.lessons.map((l) => {
      const done = store.progress.lessons[l.id]?.completed.length ?? 0;
      return { name: `${l.title} (${done}/${l.sections.length} sections)`, value: l };
    }));
  }
  let start = 0;
  const saved = store.progress.lessons[lesson.id];
  const resumeAt = saved ? lesson.sections.findIndex((s) => s.id === saved.lastSection) : -1;
  if (saved && resumeAt >= 0) {
    const next = saved.completed.includes(saved.lastSection) ? resumeAt + 1 : resumeAt;
    if (next < lesson.sections.length && next > 0) {
      const resume = await prompter.choose(`You reached section ${next + 1} of ${lesson.sections.length}, "${lesson.sections[next]!.title}".`, [
        { name: 'Resume there', value: true },
        { name: 'Start from the beginning', value: false },
      ]);
      if (resume) start = next;
    }
  }
  const view = createQuizView(ctx.theme, content, ctx.out);
  const random = seededRandom(ctx.seed());
  for (let i = start; i < lesson.sections.length; i++) {
    const section = lesson.sections[i]!;
    recordSection(store.progress, lesson.id, section.id, false, ctx.now());
    store.save();
    ctx.out('');
    const [first, ...rest] = renderSection(ctx.theme, lesson, section, i, ctx.screenRows);
    ctx.out(first!);
    for (const page of rest) {
      if (!(await prompter.confirm('Read on?', true))) break;
      ctx.out(page);
    }
    ctx.out(ctx.theme.strong('Check yourself:'));
    view.question(section.check, 0, 1);
    const { stop, interrupted } = await answerOne(section.check, { prompter, view, store, now: ctx.now, random });
    recordSection(store.progress, lesson.id, section.id, true, ctx.now());
    store.save();
    if (interrupted) throw interrupted;
    if (i < lesson.sections.length - 1 && (stop || !(await prompter.confirm('Continue to the next section?', true)))) {
      ctx.say(`Stopped after "${section.title}". Run \`nm-tutor learn ${lesson.id}\` to pick up from the next section.`);
      return;
    }
  }
  ctx.out('');
  ctx.say(`You finished "${lesson.title}". Test yourself with \`nm-tutor quiz --topic ${lesson.id}\`.`, ctx.theme.good);
}
