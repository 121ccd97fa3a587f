import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCourses } from '@/lib/content/loader';

// A knowledge check must test knowledge: a learner who ignores the question and follows a
// test-wise habit (longest answer, same position, echo of the question's words) must not pass.

const root = path.resolve(import.meta.dirname, '../../content');

type Option = { text: string; correct?: boolean };
type Question = { question: string; options: Option[] };
type Quiz = { course: string; lesson: string; passMark: number; questions: Question[] };
type Strategy = { name: string; scores: (q: Question) => number[] };

const quizzes: Quiz[] = loadCourses(root).flatMap((course) =>
  course.lessons.flatMap((lesson) =>
    lesson.data.kind === 'quiz'
      ? [{ course: course.slug, lesson: lesson.slug, passMark: lesson.data.passMark, questions: lesson.data.questions }]
      : [],
  ),
);

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/\p{L}{4,}/gu) ?? []);
}

function sharedWords(a: string, b: string): number {
  const other = words(b);
  return [...words(a)].filter((w) => other.has(w)).length;
}

/**
 * The chance that a strategy picks the right option. A strategy ranks options by a score and picks
 * the best; ties are broken at random, so a tie between the right option and a wrong one counts as
 * a half (a learner cannot rely on it).
 */
function chanceOfRight(question: Question, scores: number[]): number {
  const best = Math.max(...scores);
  const picked = question.options.filter((_, i) => scores[i] === best);
  return picked.filter((o) => o.correct).length / picked.length;
}

function share(quiz: Quiz, strategy: Strategy): number {
  const total = quiz.questions.reduce((sum, q) => sum + chanceOfRight(q, strategy.scores(q)), 0);
  return total / quiz.questions.length;
}

const strategies: Strategy[] = [
  { name: 'alltid det längsta svaret', scores: (q) => q.options.map((o) => o.text.length) },
  // Lengthening the wrong options must not turn the right one into the shortest instead.
  { name: 'alltid det kortaste svaret', scores: (q) => q.options.map((o) => -o.text.length) },
  ...[0, 1, 2, 3, 4].map((k) => ({
    name: `alltid svar ${k + 1}`,
    // Position k when it exists; with fewer options the learner takes the last one.
    scores: (q: Question) => q.options.map((_, i) => (i === Math.min(k, q.options.length - 1) ? 1 : 0)),
  })),
  {
    name: 'svaret med flest ord gemensamma med frågan',
    scores: (q) => q.options.map((o) => sharedWords(o.text, q.question)),
  },
];

describe('knowledge checks cannot be passed without reading the questions', () => {
  it('finds the knowledge checks', () => {
    expect(quizzes.length).toBeGreaterThanOrEqual(8);
  });

  for (const strategy of strategies) {
    it(`no knowledge check is passed by "${strategy.name}"`, () => {
      const passed = quizzes
        .map((quiz) => ({ quiz, score: share(quiz, strategy) }))
        .filter(({ quiz, score }) => score >= quiz.passMark)
        .map(
          ({ quiz, score }) =>
            `${quiz.course}/${quiz.lesson}: "${strategy.name}" ger ${Math.round(score * 100)} % (gräns ${Math.round(quiz.passMark * 100)} %)`,
        );
      expect(passed, passed.join('\n')).toEqual([]);
    });
  }

  it('makes the right option the longest in at most 40 % of all questions', () => {
    const questions = quizzes.flatMap((quiz) => quiz.questions.map((q) => ({ quiz, q })));
    const longest = questions.filter(({ q }) => {
      const max = Math.max(...q.options.map((o) => o.text.length));
      return q.options.find((o) => o.correct)!.text.length === max;
    });
    const rate = longest.length / questions.length;
    const where = longest.map(({ quiz, q }) => `${quiz.course}: ${q.question}`).join('\n');
    expect(rate, `rätt svar är längst i ${Math.round(rate * 100)} % av frågorna:\n${where}`).toBeLessThanOrEqual(0.4);
  });
});
