import { invalid } from '@/lib/errors';
import type { QuizQuestion } from './lesson-data';

export type QuizResult = {
  correct: number;
  total: number;
  passed: boolean;
  /** Per question: was the answer right, which option was right, and why. */
  feedback: { right: boolean; correctIndex: number; explanation: string }[];
};

/**
 * Grades answers (one chosen option index per question). Answers that name a question or an
 * option that does not exist are refused, so a crafted request changes nothing.
 */
export function gradeQuiz(
  questions: readonly QuizQuestion[],
  passMark: number,
  answers: Record<string, unknown>,
): QuizResult {
  for (const key of Object.keys(answers)) {
    const index = Number(key);
    if (!Number.isInteger(index) || index < 0 || index >= questions.length)
      throw invalid('Svaret gäller en fråga som inte finns i kunskapskontrollen.');
  }
  const feedback = questions.map((q, i) => {
    const raw = answers[String(i)];
    const correctIndex = q.options.findIndex((o) => o.correct);
    if (raw === undefined || raw === null || raw === '') throw invalid('Svara på alla frågor innan du skickar in.');
    const chosen = Number(raw);
    if (!Number.isInteger(chosen) || chosen < 0 || chosen >= q.options.length)
      throw invalid('Ett av svaren finns inte bland alternativen.');
    return { right: chosen === correctIndex, correctIndex, explanation: q.explanation };
  });
  const correct = feedback.filter((f) => f.right).length;
  const total = questions.length;
  return { correct, total, passed: total > 0 && correct / total >= passMark - 1e-9, feedback };
}
