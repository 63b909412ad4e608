// nm-tutor sources: the source texts the lessons cite ("source 002"), what each is and covers, and which
// lessons use it (from each lesson's `sources:` field).
import type { Context } from '../context.js';
import type { Content } from '../content/model.js';
import { wrapText } from '../ui/theme.js';
import { words } from '../words.js';

export interface SourceView {
  id: string;
  title: string;
  kind: string;
  covers: string;
  lessons: string[];
}

/** Pure: the sources with the lessons that cite each, in curriculum order. */
export function sourceViews(content: Content): SourceView[] {
  return content.sources.list.map((s) => ({
    id: s.id,
    title: s.title,
    kind: s.kind,
    covers: s.covers,
    lessons: content.lessons.filter((l) => l.sources.includes(s.id)).map((l) => l.id),
  }));
}

export async function run(opts: { json?: boolean }, ctx: Context): Promise<void> {
  const content = await ctx.content();
  const views = sourceViews(content);
  if (opts.json) {
    ctx.out(JSON.stringify({ about: content.sources.about, sources: views }, null, 2));
    return;
  }
  if (views.length === 0) {
    ctx.say(words.sources.none);
    return;
  }
  const { theme } = ctx;
  ctx.out(theme.title(words.sources.title) + theme.dim(words.sources.citedAs(views[0]!.id)));
  ctx.say(content.sources.about);
  const pad = '       ';
  const block = (label: string, text: string) => ctx.out(wrapText(label ? `${label} ${text}` : text, theme.width, pad));
  for (const s of views) {
    ctx.out('');
    ctx.out(`  ${theme.accent(s.id)}  ${theme.strong(s.title)}`);
    block('', s.kind);
    block(words.sources.covers, s.covers);
    const titles = s.lessons.map((id) => `${id} (${content.lessons.find((l) => l.id === id)!.title})`);
    block(words.sources.usedBy, titles.length ? titles.join('; ') : words.sources.noLessonYet);
  }
  ctx.out('');
  ctx.out(theme.dim(words.sources.readALesson('nm-tutor learn <id>')));
}
