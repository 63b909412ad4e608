// nm-tutor grade QUESTION_ID ANSWER...: how an answer would be graded, recording nothing. For authors tuning
// accept lists and rubrics. The answer is the learner's typed line exactly as the prompt would receive it
// (a list is split as the prompt splits it); a cloze takes one argument per gap.
import type { Context } from '../context.js';
import { studyItems } from '../content/model.js';
import { ExitCode, UserError } from '../errors.js';
import { gradeResponse, loadGradeTools, typedResponse } from '../kinds/registry.js';
import { words } from '../words.js';

export interface GradeOptions {
  id: string;
  answer: string[];
  json?: boolean;
}

export async function run(opts: GradeOptions, ctx: Context): Promise<void> {
  const content = await ctx.content();
  const q = studyItems(content).find((item) => item.id === opts.id);
  if (!q) throw new UserError(words.grade.unknownQuestion(opts.id), ExitCode.error);
  const response = typedResponse(q, opts.answer);
  if (response === null) throw new UserError(words.grade.notTyped(q.id, q.kind), ExitCode.usage);
  const grade = gradeResponse(q, response, await loadGradeTools(content));
  if (opts.json) {
    ctx.out(JSON.stringify({ id: q.id, kind: q.kind, score: grade.score, correct: grade.correct, notes: grade.notes }, null, 2));
    return;
  }
  ctx.out(words.grade.summary(q.id, grade.score, grade.correct));
  for (const note of grade.notes) ctx.say(`  ${words.note(note)}`);
}
