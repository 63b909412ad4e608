// Text drawings for `progress`: mastery bars and a 12-week activity calendar (works over SSH, no graphics).
import type { ProgressReport, LessonReport } from '../engine/progress-report.js';
import { wrapText, type Theme } from './theme.js';
import { describeWhen } from './time.js';
import { words } from '../words.js';

export function bar(theme: Theme, fraction: number, width = 20): string {
  const filled = Math.round(Math.max(0, Math.min(1, fraction)) * width);
  const [full, empty] = theme.unicode ? ['█', '░'] : ['#', '.'];
  return theme.good(full.repeat(filled)) + theme.dim(empty.repeat(width - filled));
}

/** Seven rows (Monday..Sunday), one column per week, like Anki's and GitHub's calendars. */
export function activityCalendar(theme: Theme, activity: ProgressReport['activity']): string {
  const shades = theme.unicode ? ['·', '░', '▒', '▓', '█'] : ['.', '-', '+', '*', '#'];
  const max = Math.max(1, ...activity.map((a) => a.answers));
  const first = new Date(`${activity[0]!.day}T12:00:00`);
  const offset = (first.getDay() + 6) % 7; // Monday = 0
  const cells: (string | null)[] = [
    ...Array<null>(offset).fill(null),
    ...activity.map((a) => {
      const level = a.answers === 0 ? 0 : Math.min(4, 1 + Math.floor((a.answers / max) * 3.999));
      return level === 0 ? theme.dim(shades[0]!) : theme.good(shades[level]!);
    }),
  ];
  const weeks = Math.ceil(cells.length / 7);
  // Every other day is named (Mon, Wed, Fri, Sun), the rest are blank, as in Anki's and GitHub's calendars.
  const names = [0, 1, 2, 3, 4, 5, 6].map((d) => (d % 2 === 0 ? words.progressView.weekday(d) : '   '));
  const rows: string[] = [];
  for (let d = 0; d < 7; d++) {
    let row = `${names[d]} `;
    for (let w = 0; w < weeks; w++) row += (cells[w * 7 + d] ?? ' ') + ' ';
    rows.push(row.trimEnd());
  }
  return rows.join('\n');
}

/** The calendar in words, for line mode (a screen reader reads a grid of dots as noise). */
export function activitySentence(activity: ProgressReport['activity']): string {
  const days = activity.filter((a) => a.answers > 0);
  const answers = days.reduce((n, a) => n + a.answers, 0);
  return days.length === 0 ? words.progressView.noAnswersYet : words.progressView.activity(answers, days.length, activity.length);
}

/**
 * The progress page. Prose lines are wrapped to the width (a narrow terminal never cuts a word); line mode
 * (theme.plain) says everything in words, without bars or the calendar grid.
 */
export function renderProgress(theme: Theme, report: ProgressReport, file: string, now: Date, command: (args: string) => string): string {
  const say = (text: string) => wrapText(text, theme.width);
  const v = words.progressView;
  const lines = [say(`${theme.title(v.title)}  ${theme.dim(`(${file})`)}`), ''];
  const w = Math.max(...report.lessons.map((t) => t.id.length), 5);
  const barWidth = theme.width < 70 ? 10 : 20;
  for (const t of report.lessons) {
    const pct = `${Math.round(t.mastery * 100)}%`;
    const facts = v.facts(t.sectionsRead, t.sections, t.answered, t.questions, t.accuracy, theme.sep);
    if (theme.plain) {
      lines.push(say(v.lessonLine(t.id, pct, theme.sep, facts)));
      continue;
    }
    const detail = theme.width < 70 ? '' : theme.dim(`  ${facts}`);
    lines.push(`${theme.accent(t.id.padEnd(w))} ${bar(theme, t.mastery, barWidth)} ${pct.padStart(4)}${detail}`);
  }
  lines.push('');
  const next = report.due.next ? theme.dim(v.nextDue(describeWhen(new Date(report.due.next), now))) : '';
  lines.push(say(`${v.due(report.due.now, report.due.today, report.due.thisWeek, theme.sep)}${report.due.now === 0 ? next : ''}`));
  lines.push(say(v.streak(report.streakDays)));
  const weeks = report.weeklyAccuracy.map((a) => (a === null ? theme.none : `${Math.round(a * 100)}%`));
  lines.push(say(v.accuracy(weeks.join(theme.plain ? theme.sep : '  '))));
  if (theme.plain) lines.push('', say(v.lastWeeksSentence(activitySentence(report.activity))), '');
  else lines.push('', theme.strong(v.lastWeeks), activityCalendar(theme, report.activity), '');
  lines.push(say(theme.strong(v.next(command(words.next.args(report.next)))) + `${theme.dash}${words.next.reason(report.next)}`));
  return lines.join('\n');
}

/** One lesson, section by section: where mastery is low is where to read again. */
export function renderLessonSections(theme: Theme, lesson: LessonReport, command: (args: string) => string): string {
  const lines = [
    wrapText(`${theme.title(lesson.title)}  ${theme.dim(words.progressView.mastery(Math.round(lesson.mastery * 100)))}`, theme.width),
    '',
  ];
  const barWidth = theme.width < 70 ? 10 : 20;
  for (const s of lesson.sectionMastery) {
    const pct = `${Math.round(s.mastery * 100)}%`;
    if (theme.plain) lines.push(wrapText(`${s.title}: ${pct}`, theme.width));
    else
      lines.push(
        `${bar(theme, s.mastery, barWidth)} ${pct.padStart(4)}  ${wrapText(s.title, theme.width - barWidth - 7, ' '.repeat(barWidth + 7)).trimStart()}`,
      );
  }
  const weakest = [...lesson.sectionMastery].sort((a, b) => a.mastery - b.mastery)[0];
  if (weakest) lines.push('', wrapText(words.progress.readAgain(command(`learn ${lesson.id} ${weakest.id}`), weakest.title), theme.width));
  return lines.join('\n');
}
