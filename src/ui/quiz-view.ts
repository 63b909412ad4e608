// The terminal view of a question run: header with progress bar, feedback after each answer, summary.
import type { Content, Question } from '../content/model.js';
import { stemOf } from '../kinds/registry.js';
import type { QuizView, SessionSummary } from '../engine/session.js';
import { progressLine, renderFeedback } from './render.js';
import { wrapText, type Theme } from './theme.js';
import { words } from '../words.js';

export function sectionTitle(content: Content, q: Question): string {
  return content.lessons.find((l) => l.id === q.lesson)?.sections.find((s) => s.id === q.section)?.title ?? q.section;
}

export function createQuizView(theme: Theme, content: Content, out: (text: string) => void, command: (args: string) => string): QuizView {
  return {
    question(q, index, total) {
      out('');
      if (total > 1) out(progressLine(theme, index, total));
      const tag = q.application ? theme.accent(words.render.scenarioTag) : '';
      out(wrapText(`${tag}${stemOf(q)}`, theme.width));
    },
    feedback(q, grade) {
      out(renderFeedback(theme, q, grade, sectionTitle(content, q), command));
    },
    say(text) {
      out(theme.dim(text));
    },
  };
}

export function renderSummary(theme: Theme, content: Content, summary: SessionSummary, command: (args: string) => string): string {
  const n = summary.answered.length;
  if (n === 0) return words.summary.none;
  const pct = Math.round((summary.score / n) * 100);
  const lines = [theme.title(words.summary.score(formatScore(summary.score), n, pct))];
  if (summary.stoppedEarly) lines.push(theme.dim(words.summary.stoppedEarly(n)));
  for (const t of summary.byLesson) {
    const title = content.lessons.find((l) => l.id === t.lesson)?.title ?? t.lesson;
    lines.push(`  ${title}: ${formatScore(t.score)} / ${t.count}`);
  }
  if (summary.review.length) {
    lines.push(theme.strong(words.summary.toReview));
    for (const r of summary.review) {
      const lesson = content.lessons.find((l) => l.id === r.lesson);
      const section = lesson?.sections.find((s) => s.id === r.section);
      lines.push(wrapText(`- ${command(`learn ${r.lesson} ${r.section}`)}: ${section?.title ?? r.section}`, theme.width, '  '));
    }
  } else {
    lines.push(theme.good(words.summary.nothingToReview));
  }
  return lines.join('\n');
}

function formatScore(score: number): string {
  return Number.isInteger(score) ? String(score) : score.toFixed(1);
}
