import { createHash } from 'node:crypto';
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

/** Refuses an answer to a question id the quiz does not have. */
export function assertKnownQuestions(questions: readonly QuizQuestion[], answers: Record<string, unknown>) {
  for (const key of Object.keys(answers)) {
    if (indexIn(key, questions.length) === undefined)
      throw invalid('Svaret gäller en fråga som inte finns i kunskapskontrollen.');
  }
}

/** Grades answers (one chosen option id per question id); anything else is refused. */
export function gradeQuiz(
  questions: readonly QuizQuestion[],
  passMark: number,
  answers: Record<string, unknown>,
): QuizResult {
  assertKnownQuestions(questions, answers);
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

/** The questions (by index) that have no answer; the form names each of them. */
export function unanswered(questions: readonly QuizQuestion[], answers: Record<string, unknown>): number[] {
  return questions.flatMap((_, i) => {
    const raw = answers[String(i)];
    return raw === undefined || raw === null || raw === '' ? [i] : [];
  });
}

/**
 * The order to show a question's options in: shuffled by `seed`, so the right answer is not always
 * in the same place, and the same for the same seed (the page passes the person, the lesson and
 * how many attempts they have made, so the order holds while an attempt is open and changes with
 * the next). Options keep their ids (indexes); only where they are shown changes.
 */
export function optionOrder(seed: string, count: number): number[] {
  const order = Array.from({ length: count }, (_, i) => i);
  const bytes = createHash('sha256').update(seed).digest();
  for (let i = count - 1; i > 0; i--) {
    const j = bytes.readUInt16BE((2 * i) % (bytes.length - 1)) % (i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}
