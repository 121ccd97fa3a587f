import { describe, expect, it } from 'vitest';
import { courseProgress, neighbours } from '@/lib/learning/progress';
import { gradeQuiz } from '@/lib/learning/quiz';

const lessons = [
  { id: 'l1', slug: 'a', position: 1 },
  { id: 'l2', slug: 'b', position: 2 },
  { id: 'l3', slug: 'c', position: 3 },
];

describe('course progress', () => {
  it('counts done lessons and points to the first one left, in order', () => {
    const p = courseProgress(lessons, new Set(['l2']));
    expect(p).toMatchObject({ done: 1, total: 3, percent: 33, complete: false });
    expect(p.next?.slug).toBe('a');
  });

  it('is complete only when every current lesson is done', () => {
    expect(courseProgress(lessons, new Set(['l1', 'l2'])).complete).toBe(false);
    const all = courseProgress(lessons, new Set(['l1', 'l2', 'l3']));
    expect(all).toMatchObject({ complete: true, percent: 100, next: null });
  });

  it('ignores progress on lessons outside the course and does not count removed lessons', () => {
    expect(courseProgress(lessons, new Set(['other', 'l1'])).done).toBe(1);
    const withRemoved = [...lessons, { id: 'l4', slug: 'd', position: 4, removed: true }];
    expect(courseProgress(withRemoved, new Set(['l1', 'l2', 'l3'])).complete).toBe(true);
  });

  it('counts the same completion once however often it is recorded', () => {
    const completions = ['l1', 'l1', 'l1'];
    expect(courseProgress(lessons, new Set(completions)).done).toBe(1);
  });

  it('an empty course is never complete', () => {
    expect(courseProgress([], new Set()).complete).toBe(false);
  });

  it('finds previous and next lessons', () => {
    expect(neighbours(lessons, 'b')).toEqual({ previous: lessons[0], next: lessons[2] });
    expect(neighbours(lessons, 'a').previous).toBeNull();
    expect(neighbours(lessons, 'x')).toEqual({ previous: null, next: null });
  });
});

describe('knowledge check', () => {
  const q = (correct: number) => ({
    question: 'Fråga',
    options: [0, 1, 2].map((i) => ({ text: `Svar ${i}`, correct: i === correct })),
    explanation: 'Förklaring',
  });
  const questions = [q(0), q(1), q(2), q(0), q(1)];

  it('passes at the pass mark and fails below it', () => {
    expect(gradeQuiz(questions, 0.8, { 0: 0, 1: 1, 2: 2, 3: 0, 4: 0 })).toMatchObject({
      correct: 4,
      total: 5,
      passed: true,
    });
    expect(gradeQuiz(questions, 0.8, { 0: 0, 1: 1, 2: 2, 3: 1, 4: 0 })).toMatchObject({ correct: 3, passed: false });
  });

  it('explains the right answer for every question', () => {
    const result = gradeQuiz(questions, 0.8, { 0: 1, 1: 1, 2: 2, 3: 0, 4: 1 });
    expect(result.feedback[0]).toEqual({ right: false, correctIndex: 0, explanation: 'Förklaring' });
  });

  it('refuses an answer to a question that does not exist', () => {
    expect(() => gradeQuiz(questions, 0.8, { 0: 0, 1: 1, 2: 2, 3: 0, 4: 1, 9: 0 })).toThrow(
      'Svaret gäller en fråga som inte finns i kunskapskontrollen.',
    );
  });

  it('refuses an option that does not exist and a missing answer', () => {
    expect(() => gradeQuiz(questions, 0.8, { 0: 7, 1: 1, 2: 2, 3: 0, 4: 1 })).toThrow(
      'Ett av svaren finns inte bland alternativen.',
    );
    expect(() => gradeQuiz(questions, 0.8, { 0: 0 })).toThrow('Svara på alla frågor innan du skickar in.');
  });
});
