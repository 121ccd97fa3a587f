import { invalid } from '@/lib/errors';
import type { QuizQuestion } from './lesson-data';

export type QuizResult = {
  correct: number;
  total: number;
  passed: boolean;
  /** Per question: was the answer right, which option was right, and why. */
  feedback: { right: boolean; correctIndex: number; explanation: string }[];
  /** The answers as graded: question id → option id, nothing else (what an attempt stores). */
  answers: Record<string, string>;
};

// A question's id is its index and an option's id is its index, written as the form writes them
// ("0", "1", ...). Only those are accepted, so "00", " 1" or "1e0" cannot smuggle text into the
// stored attempt and an attempt holds at most one short value per question.
const INDEX = /^(0|[1-9]\d{0,2})$/;

function indexIn(value: unknown, length: number): number | undefined {
  const text = typeof value === 'number' ? String(value) : value;
  if (typeof text !== 'string' || !INDEX.test(text)) return undefined;
  const index = Number(text);
  return index < length ? index : undefined;
}

/** Grades answers (one chosen option id per question id); anything else is refused. */
export function gradeQuiz(
  questions: readonly QuizQuestion[],
  passMark: number,
  answers: Record<string, unknown>,
): QuizResult {
  for (const key of Object.keys(answers)) {
    if (indexIn(key, questions.length) === undefined)
      throw invalid('Svaret gäller en fråga som inte finns i kunskapskontrollen.');
  }
  const chosen = questions.map((q, i) => {
    const raw = answers[String(i)];
    if (raw === undefined || raw === null || raw === '') throw invalid('Svara på alla frågor innan du skickar in.');
    const option = indexIn(raw, q.options.length);
    if (option === undefined) throw invalid('Ett av svaren finns inte bland alternativen.');
    return option;
  });
  const feedback = questions.map((q, i) => {
    const correctIndex = q.options.findIndex((o) => o.correct);
    return { right: chosen[i] === correctIndex, correctIndex, explanation: q.explanation };
  });
  const correct = feedback.filter((f) => f.right).length;
  const total = questions.length;
  return {
    correct,
    total,
    passed: total > 0 && correct / total >= passMark - 1e-9,
    feedback,
    answers: Object.fromEntries(chosen.map((option, i) => [String(i), String(option)])),
  };
}
