'use server';

import { revalidatePath } from 'next/cache';
import { authorize } from '@/lib/auth/guards';
import { completeLesson, saveReflection, submitQuiz } from '@/lib/data/progress';
import { lessonRefSchema, reflectionSchema } from '@/lib/validation/learning';
import { fromError, fromZodError, type ActionState } from './state';

export type QuizState = ActionState & {
  result?: {
    correct: number;
    total: number;
    passed: boolean;
    feedback: { right: boolean; correctIndex: number; explanation: string }[];
    answers: Record<string, string>;
  };
};

function refreshCourse(courseSlug: string, lessonSlug: string) {
  revalidatePath(`/kurser/${courseSlug}`);
  revalidatePath(`/kurser/${courseSlug}/${lessonSlug}`);
  revalidatePath('/min-sida');
}

const doneMessage = (courseComplete: boolean) =>
  courseComplete ? 'Bra jobbat! Du har gått klart kursen. Ditt intyg finns på Min sida.' : 'Lektionen är klar.';

export async function completeLessonAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  try {
    const learner = await authorize('learning:take');
    const parsed = lessonRefSchema.safeParse(Object.fromEntries(form));
    if (!parsed.success) return fromZodError(parsed.error, 'Lektionen kunde inte markeras som klar.');
    const { courseComplete } = await completeLesson(learner, parsed.data.courseId, parsed.data.lessonId);
    refreshCourse(parsed.data.courseSlug, parsed.data.lessonSlug);
    return { status: 'success', message: doneMessage(courseComplete) };
  } catch (error) {
    return fromError(error);
  }
}

export async function saveReflectionAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  try {
    const learner = await authorize('learning:take');
    const parsed = reflectionSchema.safeParse(Object.fromEntries(form));
    if (!parsed.success) return fromZodError(parsed.error);
    const { courseComplete } = await saveReflection(
      learner,
      parsed.data.courseId,
      parsed.data.lessonId,
      parsed.data.text,
    );
    refreshCourse(parsed.data.courseSlug, parsed.data.lessonSlug);
    return { status: 'success', message: `Ditt svar är sparat. Bara du kan läsa det. ${doneMessage(courseComplete)}` };
  } catch (error) {
    return fromError(error);
  }
}

export async function submitQuizAction(_prev: QuizState, form: FormData): Promise<QuizState> {
  try {
    const learner = await authorize('learning:take');
    const parsed = lessonRefSchema.safeParse(Object.fromEntries(form));
    if (!parsed.success) return fromZodError(parsed.error, 'Kunskapskontrollen kunde inte skickas.');
    const answers: Record<string, string> = {};
    for (const [key, value] of form.entries()) {
      const match = /^answer-(.+)$/.exec(key);
      if (match && typeof value === 'string') answers[match[1]!] = value;
    }
    const result = await submitQuiz(learner, parsed.data.courseId, parsed.data.lessonId, answers);
    refreshCourse(parsed.data.courseSlug, parsed.data.lessonSlug);
    const message = result.passed
      ? `Godkänd: ${result.correct} av ${result.total} rätt. ${doneMessage(result.courseComplete)}`
      : `Inte godkänd den här gången: ${result.correct} av ${result.total} rätt. Läs förklaringarna och försök igen.`;
    return { status: result.passed ? 'success' : 'error', message, result: { ...result, answers } };
  } catch (error) {
    return fromError(error);
  }
}
