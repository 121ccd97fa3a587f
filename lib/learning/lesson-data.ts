import { z } from 'zod';

// The kind-specific part of a lesson, stored as JSON in Lesson.data.
export const quizQuestionSchema = z.object({
  question: z.string(),
  options: z.array(z.object({ text: z.string(), correct: z.boolean().optional() })),
  explanation: z.string(),
});
export type QuizQuestion = z.infer<typeof quizQuestionSchema>;

export const lessonDataSchemas = {
  READING: z.object({}),
  VIDEO: z.object({ video: z.string(), captions: z.string(), duration: z.string() }),
  REFLECTION: z.object({ prompt: z.string() }),
  QUIZ: z.object({ passMark: z.number(), questions: z.array(quizQuestionSchema) }),
} as const;

export type LessonKind = keyof typeof lessonDataSchemas;
export type LessonData<K extends LessonKind> = z.infer<(typeof lessonDataSchemas)[K]>;

export function parseLessonData<K extends LessonKind>(kind: K, json: string): LessonData<K> {
  return lessonDataSchemas[kind].parse(JSON.parse(json)) as LessonData<K>;
}

/**
 * Whether a knowledge check's version in another language has its questions and, per question, its
 * options (else readers get the Swedish check whole). The editor's status says the same.
 */
export function quizVersionFits(
  swedish: readonly { options: readonly unknown[] }[],
  version: readonly { options: readonly unknown[] }[],
): boolean {
  return version.length === swedish.length && swedish.every((q, i) => version[i]!.options.length === q.options.length);
}
