// Spaced review with FSRS (ts-fsrs). A grade, hints and answer time become an FSRS rating.
import { createEmptyCard, fsrs, Rating, type CardInput, type Grade as FsrsGrade } from 'ts-fsrs';

/** The FSRS card as stored in the progress file (dates as ISO strings). */
export interface StoredCard {
  due: string;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: number;
  last_review?: string | null;
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

/**
 * The card after this answer. A clock stepped back (the last review lies in the future) counts as no time
 * elapsed: ts-fsrs would throw "Invalid delta_t" and the answer would be lost. A card FSRS still rejects
 * (a memory state out of range) starts over as a new card rather than fail the answer.
 */
export function scheduleNext(card: StoredCard | undefined, rating: FsrsGrade, now: Date): StoredCard {
  let input: CardInput = card ?? createEmptyCard(now);
  if (card && reviewedAfter(card, now)) input = { ...card, last_review: now.toISOString() };
  let next;
  try {
    next = scheduler.next(input, now, rating).card;
  } catch {
    next = scheduler.next(createEmptyCard(now), now, rating).card;
  }
  return {
    due: next.due.toISOString(),
    stability: next.stability,
    difficulty: next.difficulty,
    elapsed_days: next.elapsed_days,
    scheduled_days: next.scheduled_days,
    learning_steps: next.learning_steps,
    reps: next.reps,
    lapses: next.lapses,
    state: next.state,
    // FSRS stamps the review with the time it is given.
    last_review: now.toISOString(),
  };
}

/** Probability (0..1) that the learner still recalls the item now. */
export function retrievability(card: StoredCard, now: Date): number {
  // Reviewed "in the future" (a clock stepped back): as fresh as it gets, not an error.
  if (reviewedAfter(card, now)) return 1;
  let r: number;
  try {
    r = scheduler.get_retrievability(card as CardInput, now, false);
  } catch {
    return 0;
  }
  return Number.isFinite(r) ? Math.min(1, Math.max(0, r)) : 0;
}

/** Whether the card's last review lies after `now` (no review, or an unreadable date, is not after). */
function reviewedAfter(card: StoredCard, now: Date): boolean {
  return Date.parse(String(card.last_review)) > now.getTime();
}
