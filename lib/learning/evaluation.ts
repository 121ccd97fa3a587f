import { stockholmDay } from '@/lib/dates';
import { MIN_GROUP } from '@/lib/stats/protection';

// A course evaluation: a rating 1–5 and an optional comment, anonymous to the editors. Pure
// functions (client components import the words), so the summary rule is tested without a
// database.

export const RATINGS = [1, 2, 3, 4, 5] as const;
export type Rating = (typeof RATINGS)[number];

/** What each level means, so the scale reads the same for everyone. */
export const ratingLabels = {
  1: 'Dålig',
  2: 'Mindre bra',
  3: 'Godkänd',
  4: 'Bra',
  5: 'Mycket bra',
} as const satisfies Record<Rating, string>;

export const COMMENT_MAX = 1000;

/**
 * The month an answer is stored with: the first day of the Stockholm month, at midnight UTC.
 * Nothing finer, so an answer cannot be matched with the moment someone completed the course.
 */
export function evaluationMonth(now: Date): Date {
  const [year, month] = stockholmDay(now).split('-').map(Number);
  return new Date(Date.UTC(year!, month! - 1, 1));
}

export type EvaluationSummary =
  | { shown: false; answers: number; minimum: number }
  | {
      shown: true;
      answers: number;
      /** Answers per level, 1 to 5. */
      distribution: { rating: Rating; answers: number }[];
      /** One decimal. */
      mean: number;
      comments: string[];
    };

/**
 * What editors may see: nothing but the number of answers below MIN_GROUP (the portal's one
 * threshold for figures about people), otherwise the distribution, the mean and the non-empty
 * comments in random order, so their order says nothing about when they were written.
 */
export function summariseEvaluations(
  rows: readonly { rating: number; comment: string }[],
  random: () => number = Math.random,
): EvaluationSummary {
  if (rows.length < MIN_GROUP) return { shown: false, answers: rows.length, minimum: MIN_GROUP };
  const distribution = RATINGS.map((rating) => ({
    rating,
    answers: rows.filter((r) => r.rating === rating).length,
  }));
  const mean = Math.round((rows.reduce((sum, r) => sum + r.rating, 0) / rows.length) * 10) / 10;
  const comments = rows.map((r) => r.comment.trim()).filter(Boolean);
  // Fisher–Yates: every order equally likely.
  for (let i = comments.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [comments[i], comments[j]] = [comments[j]!, comments[i]!];
  }
  return { shown: true, answers: rows.length, distribution, mean, comments };
}
