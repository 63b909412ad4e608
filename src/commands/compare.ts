// nm-tutor compare A B: two concepts side by side along the shared dimensions, then a sorting drill.
import type { Context } from '../context.js';
import { words } from '../words.js';
import { loadGradeTools } from '../kinds/registry.js';
import { findConcept } from '../content/find.js';
import { CONCEPT_DIMENSIONS, type Concept, type Question } from '../content/model.js';
import { UserError } from '../errors.js';
import { seededRandom, shuffle, type Random } from '../engine/random.js';
import { runSession } from '../engine/session.js';
import { createQuizView } from '../ui/quiz-view.js';
import { renderComparisonPages } from '../ui/render.js';

export interface CompareOptions {
  a: string;
  b: string;
  json?: boolean;
  drill?: boolean;
}

/** A classify question built from the two concepts' statements: the drill is data, not hand-written pairs. */
export function sortingDrill(left: Concept, right: Concept, random: Random, perSide = 3): Question {
  const pick = (c: Concept) =>
    shuffle(c.statements, random)
      .slice(0, perSide)
      .map((text) => ({ text, category: c.name }));
  return {
    id: `compare.${left.id}.${right.id}`,
    lesson: left.section.lesson,
    section: left.section.section,
    kind: 'classify',
    prompt: words.compareView.sortPrompt(left.name, right.name),
    categories: [left.name, right.name],
    items: shuffle([...pick(left), ...pick(right)], random),
    explanation: `${left.name}: ${left.dimensions.definition} ${right.name}: ${right.dimensions.definition}`,
    why: {},
    application: false,
    where: 'compare',
  };
}

export async function run(opts: CompareOptions, ctx: Context): Promise<void> {
  const content = await ctx.content();
  const left = findConcept(content, opts.a, ctx);
  const right = findConcept(content, opts.b, ctx);
  if (left.id === right.id) throw new UserError(words.compare.same(opts.a, opts.b));
  if (opts.json) {
    const row = (c: Concept) => ({ id: c.id, name: c.name, ...Object.fromEntries(CONCEPT_DIMENSIONS.map((d) => [d, c.dimensions[d]])) });
    ctx.out(JSON.stringify({ dimensions: CONCEPT_DIMENSIONS, concepts: [row(left), row(right)] }, null, 2));
    return;
  }
  ctx.out(ctx.theme.title(words.compareView.title(left.name, right.name)));
  // In the terminal UI the table comes a screen at a time, each page under the column headers, so neither the
  // headers nor the first rows have scrolled away when a prompt appears. Room is kept for the title, the
  // previous page's prompt, the "Read more" line, a blank line and the drill's prompt. Without a drill
  // (--no-drill) no prompt follows, and the whole table stays in the terminal's scrollback.
  const paged = ctx.screenRows !== undefined && opts.drill !== false;
  const pages = renderComparisonPages(ctx.theme, left, right, paged ? Math.max(8, ctx.screenRows! - 5) : undefined);
  for (const [i, page] of pages.entries()) {
    ctx.out(page);
    if (i === pages.length - 1) break;
    const prompter = await ctx.prompter();
    if (!(await prompter.confirm(words.compareView.nextRows(i + 2, pages.length), true))) break;
  }
  ctx.say(words.readMore(ctx.command(`learn ${left.section.lesson} ${left.section.section}`)), ctx.theme.dim);
  if (opts.drill === false) return;
  const prompter = await ctx.prompter();
  ctx.out('');
  if (!(await prompter.confirm(words.compareView.drill, true))) return;
  const random = seededRandom(ctx.seed());
  const store = await ctx.store();
  const drill = sortingDrill(left, right, random);
  const view = createQuizView(ctx.theme, content, ctx.out, ctx.command);
  const summary = await runSession([drill], { prompter, view, store, now: ctx.now, random, tools: await loadGradeTools(content) });
  if (summary.interrupted) throw summary.interrupted;
}
