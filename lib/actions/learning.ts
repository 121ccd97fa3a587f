'use server';

import { authorize } from '@/lib/auth/guards';
import { completeLesson, saveReflection, submitQuiz } from '@/lib/data/progress';
import { lessonRefSchema, reflectionSchema, type LessonRef } from '@/lib/validation/learning';
import { action, type Revalidate } from './action';
import type { FormValues } from './state';

const learner = () => authorize('learning:take');

const refreshCourse = (_: unknown, ref: LessonRef): Revalidate[] => [
  `/kurser/${ref.courseSlug}`,
  `/kurser/${ref.courseSlug}/${ref.lessonSlug}`,
  '/min-sida',
];

const doneMessage = (courseComplete: boolean) =>
  courseComplete ? 'Bra jobbat! Du har gått klart kursen. Ditt intyg finns på Min sida.' : 'Lektionen är klar.';

export const completeLessonAction = action({
  guard: learner,
  schema: lessonRefSchema,
  invalid: 'Lektionen kunde inte markeras som klar.',
  run: (ref, { viewer }) => completeLesson(viewer, ref.courseId, ref.lessonId),
  revalidate: refreshCourse,
  success: ({ courseComplete }) => doneMessage(courseComplete),
});

export const saveReflectionAction = action({
  guard: learner,
  schema: reflectionSchema,
  run: (data, { viewer }) => saveReflection(viewer, data.courseId, data.lessonId, data.text),
  revalidate: refreshCourse,
  success: ({ courseComplete }) => `Ditt svar är sparat. Bara du kan läsa det. ${doneMessage(courseComplete)}`,
});

/** The answers are fields `answer-<question id>`. */
const answersOf = (values: FormValues) =>
  Object.fromEntries(
    Object.entries(values).flatMap(([key, value]) => (key.startsWith('answer-') ? [[key.slice(7), value]] : [])),
  );

export const submitQuizAction = action({
  guard: learner,
  schema: lessonRefSchema,
  invalid: 'Kunskapskontrollen kunde inte skickas.',
  run: (ref, { viewer, values }) => submitQuiz(viewer, ref.courseId, ref.lessonId, answersOf(values)),
  revalidate: refreshCourse,
  success: (result, _data, { values }) => {
    if (result.missing !== undefined) {
      const names = result.missing.map((i) => `fråga ${i + 1}`);
      const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} och ${names.at(-1)}`;
      return {
        status: 'error',
        message: `Svara på alla frågor innan du skickar in. Svar saknas på ${list}. Dina andra svar finns kvar.`,
        fieldErrors: Object.fromEntries(result.missing.map((i) => [`answer-${i}`, ['Välj ett av svaren.']])),
        values,
      };
    }
    return {
      status: result.passed ? 'success' : 'error',
      message: result.passed
        ? `Godkänd: ${result.correct} av ${result.total} rätt. ${doneMessage(result.courseComplete)}`
        : `Inte godkänd den här gången: ${result.correct} av ${result.total} rätt. Läs förklaringarna och försök igen.`,
      data: result,
    };
  },
});
