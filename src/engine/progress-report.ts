// Everything `nm-tutor progress` shows, as plain data (also its --json output).
import type { Content } from '../content/model.js';
import type { Progress } from '../progress/model.js';
import { activityByDay, calendarDayBefore, dueQuestions, meanMastery, studyStreak, weeklyAccuracy } from './mastery.js';

export interface TopicReport {
  id: string; title: string; mastery: number;
  sectionsRead: number; sections: number; questions: number; answered: number; attempts: number;
  accuracy: number | null;
  sectionMastery: { id: string; title: string; mastery: number }[];
}

export interface ProgressReport {
  topics: TopicReport[];
  due: { now: number; today: number; thisWeek: number; next: string | null };
  streakDays: number;
  weeklyAccuracy: (number | null)[];
  /** Answers per day for the last 12 weeks (84 days), oldest first. */
  activity: { day: string; answers: number }[];
  next: { command: string; reason: string };
}

export function buildProgressReport(content: Content, progress: Progress, now: Date): ProgressReport {
  const topics = content.lessons.map((l): TopicReport => {
    const qs = content.questions.filter((q) => q.topic === l.id);
    const attempts = qs.flatMap((q) => progress.questions[q.id]?.attempts ?? []);
    const read = new Set(progress.lessons[l.id]?.completed ?? []);
    return {
      id: l.id, title: l.title,
      mastery: meanMastery(progress, qs, now),
      sectionsRead: l.sections.filter((s) => read.has(s.id)).length,
      sections: l.sections.length,
      questions: qs.length,
      answered: qs.filter((q) => (progress.questions[q.id]?.attempts.length ?? 0) > 0).length,
      attempts: attempts.length,
      accuracy: attempts.length ? attempts.reduce((s, a) => s + a.score, 0) / attempts.length : null,
      sectionMastery: l.sections.map((s) => ({ id: s.id, title: s.title, mastery: meanMastery(progress, qs.filter((q) => q.section === s.id), now) })),
    };
  });
  const due = dueQuestions(content, progress, now);
  const days = activityByDay(progress);
  const activity: { day: string; answers: number }[] = [];
  for (let i = 83; i >= 0; i--) {
    const key = calendarDayBefore(now, i);
    activity.push({ day: key, answers: days.get(key) ?? 0 });
  }
  return {
    topics,
    due: { now: due.dueNow.length, today: due.dueToday, thisWeek: due.dueThisWeek, next: due.nextDue?.toISOString() ?? null },
    streakDays: studyStreak(progress, now),
    weeklyAccuracy: weeklyAccuracy(progress, now, 4),
    activity,
    next: suggestNext(topics, due.dueNow.length),
  };
}

/** One next step: unstarted lessons first, then due reviews, then the weakest topic. */
export function suggestNext(topics: readonly TopicReport[], dueNow: number): { command: string; reason: string } {
  if (dueNow > 0) return { command: 'nm-tutor review', reason: `${dueNow} question${dueNow === 1 ? ' is' : 's are'} due for review` };
  const unstarted = topics.find((t) => t.sectionsRead === 0 && t.answered === 0);
  if (unstarted) return { command: `nm-tutor learn ${unstarted.id}`, reason: 'you have not started it' };
  const unfinished = topics.find((t) => t.sectionsRead < t.sections);
  if (unfinished) return { command: `nm-tutor learn ${unfinished.id}`, reason: `you have read ${unfinished.sectionsRead} of ${unfinished.sections} sections` };
  const weakest = [...topics].sort((a, b) => a.mastery - b.mastery)[0];
  if (weakest) return { command: `nm-tutor quiz --topic ${weakest.id}`, reason: `it is your weakest topic (${Math.round(weakest.mastery * 100)}% mastery)` };
  return { command: 'nm-tutor topics', reason: 'there is no content yet' };
}
