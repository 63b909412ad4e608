// Spaced review with FSRS (ts-fsrs). A grade, hints and answer time become an FSRS rating.
import { createEmptyCard, fsrs, Rating, type CardInput, type Grade as FsrsGrade } from 'ts-fsrs';

/** The FSRS card as stored in the progress file (dates as ISO strings). */
export interface StoredCard {
  due: string; stability: number; difficulty: number; elapsed_days: number; scheduled_days: number;
  learning_steps: number; reps: number; lapses: number; state: number; last_review?: string | null;
}

const scheduler = fsrs({ enable_fuzz: false });

/**
 * Rating: wrong -> Again; right with hints or partial credit -> Hard; right and slow (> 20 s) -> Good;
 * right, quick and unaided -> Easy is reserved for quick answers to questions already reviewed before; 'quick'
 * allows time to read what the question shows (a three-line scenario is not read in 8 s).
 */
export function ratingFor(answer: { score: number; hintsUsed: number; seconds: number; reps: number; quickSeconds?: number }): FsrsGrade {
  if (answer.score < 0.5) return Rating.Again;
  if (answer.score < 1 || answer.hintsUsed > 0) return Rating.Hard;
  if (answer.seconds <= (answer.quickSeconds ?? 8) && answer.reps > 0) return Rating.Easy;
  return Rating.Good;
}

export function scheduleNext(card: StoredCard | undefined, rating: FsrsGrade, now: Date): StoredCard {
  const input: CardInput = card ?? createEmptyCard(now);
  const next = scheduler.next(input, now, rating).card;
  return {
    due: next.due.toISOString(), stability: next.stability, difficulty: next.difficulty,
    elapsed_days: next.elapsed_days, scheduled_days: next.scheduled_days, learning_steps: next.learning_steps,
    reps: next.reps, lapses: next.lapses, state: next.state,
    last_review: next.last_review ? next.last_review.toISOString() : null,
  };
}

/** Probability (0..1) that the learner still recalls the item now. */
export function retrievability(card: StoredCard, now: Date): number {
  const r = scheduler.get_retrievability(card as CardInput, now, false);
  return Number.isFinite(r) ? r : 0;
}
