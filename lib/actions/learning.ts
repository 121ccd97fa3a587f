'use server';

import { getTranslations } from 'next-intl/server';
import { authorize } from '@/lib/auth/guards';
import { completeLesson, saveReflection, submitQuiz } from '@/lib/data/progress';
import { formatTags } from '@/lib/i18n/config';
import { readerLocale } from '@/lib/i18n/messages';
import { lessonRefSchema, reflectionSchema, type LessonRef } from '@/lib/validation/learning';
import { action, type Revalidate } from './action';
import type { FormValues } from './state';

const learner = () => authorize('learning:take');

const refreshCourse = (_: unknown, ref: LessonRef): Revalidate[] => [
  `/kurser/${ref.courseSlug}`,
  `/kurser/${ref.courseSlug}/${ref.lessonSlug}`,
  '/min-sida',
];

const course = () => getTranslations('course');

const doneMessage = async (courseComplete: boolean) =>
  (await course())(courseComplete ? 'courseDoneMessage' : 'lessonDoneMessage');

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
  success: async ({ courseComplete }) => `${(await course())('reflectionSaved')} ${await doneMessage(courseComplete)}`,
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
  // Graded against the knowledge check in the reader's language: the same questions and right
  // answers in every language, with the explanations in theirs.
  run: async (ref, { viewer, values }) =>
    submitQuiz(viewer, ref.courseId, ref.lessonId, answersOf(values), await readerLocale()),
  revalidate: refreshCourse,
  success: async (result, _data, { values }) => {
    const t = await course();
    if (result.missing !== undefined) {
      const names = result.missing.map((i) => t('questionName', { number: i + 1 }));
      const list = new Intl.ListFormat(formatTags[await readerLocale()], { type: 'conjunction' }).format(names);
      return {
        status: 'error',
        message: t('missingAnswers', { list }),
        fieldErrors: Object.fromEntries(result.missing.map((i) => [`answer-${i}`, [t('chooseAnswer')]])),
        values,
      };
    }
    const score = { correct: result.correct, total: result.total };
    return {
      status: result.passed ? 'success' : 'error',
      message: result.passed
        ? `${t('passed', score)} ${await doneMessage(result.courseComplete)}`
        : t('notPassed', score),
      data: result,
    };
  },
});
