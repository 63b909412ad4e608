// Everything `nm-tutor progress` shows, as plain data (also its --json output).
import { studyItems, type Content } from '../content/model.js';
import type { Progress } from '../progress/model.js';
import { activityByDay, calendarDayBefore, dueQuestions, meanMastery, studyStreak, weeklyAccuracy } from './mastery.js';

export interface LessonReport {
  id: string;
  title: string;
  mastery: number;
  sectionsRead: number;
  sections: number;
  questions: number;
  answered: number;
  attempts: number;
  accuracy: number | null;
  sectionMastery: { id: string; title: string; mastery: number }[];
}

export interface ProgressReport {
  lessons: LessonReport[];
  due: { now: number; today: number; thisWeek: number; next: string | null };
  streakDays: number;
  weeklyAccuracy: (number | null)[];
  /** Answers per day for the last 12 weeks (84 days), oldest first. */
  activity: { day: string; answers: number }[];
  next: NextStep;
}

/** One next step, as data: the words and the command line are the UI's (words.next, ctx.command). */
export type NextStep =
  | { readonly action: 'review'; readonly due: number }
  | { readonly action: 'learn'; readonly lesson: string; readonly read: number; readonly sections: number }
  | { readonly action: 'quiz'; readonly lesson: string; readonly mastery: number }
  | { readonly action: 'topics' };

export function buildProgressReport(content: Content, progress: Progress, now: Date): ProgressReport {
  const lessons = content.lessons.map((l): LessonReport => {
    // Quiz questions and section checks alike: every answer a learner gives counts the same way.
    const qs = studyItems(content).filter((q) => q.lesson === l.id);
    const attempts = qs.flatMap((q) => progress.questions[q.id]?.attempts ?? []);
    return {
      id: l.id,
      title: l.title,
      mastery: meanMastery(progress, qs, now),
      sectionsRead: l.sections.filter((s) => progress.lessons[l.id]?.completed.includes(s.id)).length,
      sections: l.sections.length,
      questions: qs.length,
      answered: qs.filter((q) => (progress.questions[q.id]?.attempts.length ?? 0) > 0).length,
      attempts: attempts.length,
      accuracy: attempts.length ? attempts.reduce((s, a) => s + a.score, 0) / attempts.length : null,
      sectionMastery: l.sections.map((s) => ({
        id: s.id,
        title: s.title,
        mastery: meanMastery(
          progress,
          qs.filter((q) => q.section === s.id),
          now,
        ),
      })),
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
    lessons,
    due: { now: due.dueNow.length, today: due.dueToday, thisWeek: due.dueThisWeek, next: due.nextDue?.toISOString() ?? null },
    streakDays: studyStreak(progress, now),
    weeklyAccuracy: weeklyAccuracy(progress, now, 4),
    activity,
    next: suggestNext(lessons, due.dueNow.length),
  };
}

/**
 * One next step: reviews that are due first (forgetting is what they prevent), then the first lesson in
 * curriculum order with sections left to read, then practice on the weakest topic.
 */
export function suggestNext(lessons: readonly LessonReport[], dueNow: number): NextStep {
  if (dueNow > 0) return { action: 'review', due: dueNow };
  const unread = lessons.find((t) => t.sectionsRead < t.sections);
  if (unread) return { action: 'learn', lesson: unread.id, read: unread.sectionsRead, sections: unread.sections };
  const weakest = [...lessons].sort((a, b) => a.mastery - b.mastery)[0];
  if (weakest) return { action: 'quiz', lesson: weakest.id, mastery: weakest.mastery };
  return { action: 'topics' };
}
