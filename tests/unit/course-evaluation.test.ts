// The evaluation's rules without a database: the form's input (ratings 1–5 only, comments up to
// 1 000 characters, Swedish messages), the month an answer is stored with, and what editors see.
import { describe, expect, it } from 'vitest';
import { evaluationMonth, ratingLabels, summariseEvaluations } from '@/lib/learning/evaluation';
import { evaluationSchema } from '@/lib/validation/evaluation';

const form = (over: Record<string, unknown>) => ({ courseId: 'c1', courseSlug: 'kurs', rating: '3', ...over });
const errorsOf = (input: Record<string, unknown>) => {
  const parsed = evaluationSchema.safeParse(input);
  return parsed.success ? null : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('the evaluation form', () => {
  it('takes a rating 1–5 and an optional, trimmed comment', () => {
    expect(evaluationSchema.parse(form({ rating: '5' }))).toMatchObject({ rating: 5, comment: '' });
    expect(evaluationSchema.parse(form({ comment: '  Tack!  ' })).comment).toBe('Tack!');
  });

  it.each(['0', '6', '3.5', '', 'fem', '-1'])('refuses the rating %j in Swedish', (rating) => {
    expect(errorsOf(form({ rating }))).toEqual(['rating: Välj ett av svaren från 1 till 5.']);
  });

  it('refuses a missing rating', () => {
    expect(errorsOf({ courseId: 'c1', courseSlug: 'kurs' })).toEqual(['rating: Välj ett av svaren från 1 till 5.']);
  });

  it('refuses a comment over 1 000 characters and one with a NUL character', () => {
    expect(errorsOf(form({ comment: 'a'.repeat(1000) }))).toBeNull();
    expect(errorsOf(form({ comment: 'a'.repeat(1001) }))).toEqual([
      'comment: Kommentaren får vara högst 1 000 tecken.',
    ]);
    expect(errorsOf(form({ comment: 'a\u0000b' }))).toEqual([
      'comment: Kommentaren innehåller ett tecken som inte kan sparas.',
    ]);
  });

  it('has a word for every level', () => {
    expect(Object.keys(ratingLabels)).toEqual(['1', '2', '3', '4', '5']);
  });
});

describe('the month an answer is stored with', () => {
  it('is the first day of the Stockholm month, at midnight UTC', () => {
    expect(evaluationMonth(new Date('2026-12-31T22:59:00Z')).toISOString()).toBe('2026-12-01T00:00:00.000Z');
    expect(evaluationMonth(new Date('2026-12-31T23:00:00Z')).toISOString()).toBe('2027-01-01T00:00:00.000Z');
  });
});

describe('what editors see', () => {
  const rows = (ratings: number[]) => ratings.map((rating, i) => ({ rating, comment: i % 2 ? `Kommentar ${i}` : '' }));

  it('shows nothing but the count below five answers', () => {
    expect(summariseEvaluations(rows([5, 5, 5, 5]))).toEqual({ shown: false, answers: 4, minimum: 5 });
    expect(summariseEvaluations([])).toEqual({ shown: false, answers: 0, minimum: 5 });
  });

  it('shows the distribution, the mean to one decimal and the non-empty comments from five', () => {
    const summary = summariseEvaluations(rows([1, 2, 2, 5, 4, 4]), () => 0);
    expect(summary).toMatchObject({
      shown: true,
      answers: 6,
      mean: 3,
      distribution: [
        { rating: 1, answers: 1 },
        { rating: 2, answers: 2 },
        { rating: 3, answers: 0 },
        { rating: 4, answers: 2 },
        { rating: 5, answers: 1 },
      ],
    });
    expect(summary.shown && [...summary.comments].sort()).toEqual(['Kommentar 1', 'Kommentar 3', 'Kommentar 5']);
  });

  it('shuffles the comments, so their order says nothing about when they were written', () => {
    const input = Array.from({ length: 8 }, (_, i) => ({ rating: 3, comment: `K${i}` }));
    const orders = new Set(
      [0, 0.3, 0.6, 0.99].map((r) => {
        const s = summariseEvaluations(input, () => r);
        return s.shown ? s.comments.join() : '';
      }),
    );
    expect(orders.size).toBeGreaterThan(1);
    const once = summariseEvaluations(input, () => 0.5);
    expect(once.shown && [...once.comments].sort()).toEqual(input.map((r) => r.comment));
  });
});
