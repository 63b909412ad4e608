// Text drawings for `progress`: mastery bars and a 12-week activity calendar (works over SSH, no graphics).
import type { ProgressReport } from '../engine/progress-report.js';
import type { Theme } from './theme.js';
import { describeWhen } from './time.js';

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
  const cells: (string | null)[] = [...Array<null>(offset).fill(null), ...activity.map((a) => {
    const level = a.answers === 0 ? 0 : Math.min(4, 1 + Math.floor((a.answers / max) * 3.999));
    return level === 0 ? theme.dim(shades[0]!) : theme.good(shades[level]!);
  })];
  const weeks = Math.ceil(cells.length / 7);
  const names = ['Mon', '   ', 'Wed', '   ', 'Fri', '   ', 'Sun'];
  const rows: string[] = [];
  for (let d = 0; d < 7; d++) {
    let row = `${names[d]} `;
    for (let w = 0; w < weeks; w++) row += (cells[w * 7 + d] ?? ' ') + ' ';
    rows.push(row.trimEnd());
  }
  return rows.join('\n');
}

export function renderProgress(theme: Theme, report: ProgressReport, file: string, now: Date): string {
  const lines = [theme.title('Your progress') + theme.dim(`  (${file})`), ''];
  const w = Math.max(...report.topics.map((t) => t.id.length), 5);
  const barWidth = theme.width < 70 ? 10 : 20;
  for (const t of report.topics) {
    const pct = `${Math.round(t.mastery * 100)}%`.padStart(4);
    const detail = theme.width < 70 ? '' : theme.dim(`  read ${t.sectionsRead}/${t.sections} · answered ${t.answered}/${t.questions}${t.accuracy === null ? '' : ` · ${Math.round(t.accuracy * 100)}% right`}`);
    lines.push(`${theme.accent(t.id.padEnd(w))} ${bar(theme, t.mastery, barWidth)} ${pct}${detail}`);
  }
  lines.push('');
  const next = report.due.next ? theme.dim(` (next: ${describeWhen(new Date(report.due.next), now)})`) : '';
  lines.push(`Due now: ${report.due.now} · today: ${report.due.today} · this week: ${report.due.thisWeek}${report.due.now === 0 ? next : ''}`);
  lines.push(`Study streak: ${report.streakDays} day${report.streakDays === 1 ? '' : 's'}`);
  const weeks = report.weeklyAccuracy.map((a) => (a === null ? '–' : `${Math.round(a * 100)}%`));
  lines.push(`Accuracy, last 4 weeks (oldest first): ${weeks.join('  ')}`);
  lines.push('', theme.strong('Last 12 weeks'), activityCalendar(theme, report.activity), '');
  lines.push(theme.strong(`Next: ${report.next.command}`) + ` — ${report.next.reason}`);
  return lines.join('\n');
}
