import 'server-only';
import { cache } from 'react';
import { newCertificateNo } from '@/lib/certificates/code';
import { db } from '@/lib/db';
import { invalid, notFound } from '@/lib/errors';
import { defaultLocale, type Locale } from '@/lib/i18n/config';
import { parseLessonData } from '@/lib/learning/lesson-data';
import { localizeLesson } from '@/lib/learning/translations';
import { courseProgress } from '@/lib/learning/progress';
import { assertKnownQuestions, gradeQuiz, unanswered, type QuizResult } from '@/lib/learning/quiz';
import { getHostOrganisationId } from './host';
import { completePaths } from './path-completion';
import { changingProgress } from './stats-cache';
import { isUniqueViolation } from './tx';

type Learner = { id: string; organisationId: string };

/** Lesson ids the learner has completed, among the given lessons (one query). */
export const completedLessonIds = cache(async (userId: string, lessonIds: readonly string[]): Promise<Set<string>> => {
  if (lessonIds.length === 0) return new Set();
  const rows = await db.lessonProgress.findMany({
    where: { userId, lessonId: { in: [...lessonIds] } },
    select: { lessonId: true },
  });
  return new Set(rows.map((r) => r.lessonId));
});

/** The lesson, if it belongs to `courseId` and that course is published for learners. */
async function learnableLesson(courseId: string, lessonId: string) {
  const hostId = await getHostOrganisationId();
  const lesson = await db.lesson.findFirst({
    where: { id: lessonId, removedAt: null, course: { organisationId: hostId ?? '', status: 'PUBLISHED' } },
    select: { id: true, kind: true, title: true, body: true, data: true, translations: true, courseId: true },
  });
  if (!lesson) throw notFound('Lektionen finns inte, eller så är kursen inte öppen.');
  if (lesson.courseId !== courseId) throw invalid('Lektionen hör inte till den här kursen.');
  return lesson;
}

/**
 * Records a completed lesson once per person and lesson, however often it is sent: the unique
 * (userId, lessonId) index decides, so concurrent requests cannot create two rows. Completes
 * the course (once) when every current lesson is done.
 */
export async function completeLesson(
  learner: Learner,
  courseId: string,
  lessonId: string,
): Promise<{ courseComplete: boolean }> {
  const lesson = await learnableLesson(courseId, lessonId);
  if (lesson.kind === 'QUIZ') throw invalid('En kunskapskontroll blir klar när du klarar den.');
  return markDone(learner, courseId, lessonId);
}

async function markDone(learner: Learner, courseId: string, lessonId: string) {
  try {
    await db.lessonProgress.create({ data: { userId: learner.id, lessonId, organisationId: learner.organisationId } });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  const lessons = await db.lesson.findMany({
    where: { courseId, removedAt: null },
    select: { id: true, slug: true, position: true },
  });
  const done = await db.lessonProgress.findMany({
    where: { userId: learner.id, lessonId: { in: lessons.map((l) => l.id) } },
    select: { lessonId: true },
  });
  const progress = courseProgress(lessons, new Set(done.map((d) => d.lessonId)));
  if (progress.complete) {
    try {
      // A completion changes what one person contributes: the remembered statistics are patched.
      await changingProgress({
        organisationId: learner.organisationId,
        userIds: [learner.id],
        write: () => completeCourse(learner, courseId),
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  return { courseComplete: progress.complete };
}

/**
 * The course completion and the path completions it finishes, in one transaction. Paths are
 * checked again when the course was already complete: a path assigned or an audience changed
 * after the last course is then completed the next time a lesson of it is done.
 */
function completeCourse(learner: Learner, courseId: string) {
  return db.$transaction(async (tx) => {
    const existing = await tx.courseCompletion.findUnique({
      where: { userId_courseId: { userId: learner.id, courseId } },
      select: { id: true },
    });
    if (!existing)
      await tx.courseCompletion.create({
        data: {
          userId: learner.id,
          courseId,
          organisationId: learner.organisationId,
          certificateNo: newCertificateNo(),
        },
      });
    await completePaths(tx, { organisationId: learner.organisationId, userIds: [learner.id], courseId });
  });
}

/** Grades and keeps every attempt; the lesson is complete when an attempt reaches the pass mark. */
export async function submitQuiz(
  learner: Learner,
  courseId: string,
  lessonId: string,
  answers: Record<string, unknown>,
  locale: Locale = defaultLocale,
): Promise<(QuizResult & { courseComplete: boolean; missing?: undefined }) | { missing: number[] }> {
  const lesson = await learnableLesson(courseId, lessonId);
  if (lesson.kind !== 'QUIZ') throw invalid('Lektionen är ingen kunskapskontroll.');
  // The same questions and right answers in every language; the feedback in the reader's.
  const quiz = parseLessonData('QUIZ', localizeLesson(lesson, locale).data);
  // Not an attempt yet: the form names each question left unanswered and keeps the answers given.
  assertKnownQuestions(quiz.questions, answers);
  const missing = unanswered(quiz.questions, answers);
  if (missing.length > 0) return { missing };
  const result = gradeQuiz(quiz.questions, quiz.passMark, answers);
  await db.quizAttempt.create({
    data: {
      userId: learner.id,
      organisationId: learner.organisationId,
      lessonId,
      correct: result.correct,
      total: result.total,
      passed: result.passed,
      // What was graded, not what was posted: only the quiz's own question and option ids.
      answers: JSON.stringify(result.answers),
    },
  });
  const { courseComplete } = result.passed ? await markDone(learner, courseId, lessonId) : { courseComplete: false };
  return { ...result, courseComplete };
}

export const REFLECTION_MAX = 5000;

/** Saves the learner's own words (private to them) and completes the lesson. */
export async function saveReflection(learner: Learner, courseId: string, lessonId: string, text: string) {
  const lesson = await learnableLesson(courseId, lessonId);
  if (lesson.kind !== 'REFLECTION') throw invalid('Lektionen är ingen reflektion.');
  await db.reflection.upsert({
    where: { userId_lessonId: { userId: learner.id, lessonId } },
    create: { userId: learner.id, lessonId, text },
    update: { text },
  });
  return markDone(learner, courseId, lessonId);
}

export const getReflection = cache(async (userId: string, lessonId: string) =>
  db.reflection.findUnique({
    where: { userId_lessonId: { userId, lessonId } },
    select: { text: true, updatedAt: true },
  }),
);

export const getLastQuizAttempt = cache(async (userId: string, lessonId: string) =>
  db.quizAttempt.findFirst({
    where: { userId, lessonId },
    orderBy: { createdAt: 'desc' },
    select: { correct: true, total: true, passed: true, createdAt: true },
  }),
);

/** How many attempts the person has made: the options' order holds while the next one is open. */
export const countQuizAttempts = cache(async (userId: string, lessonId: string) =>
  db.quizAttempt.count({ where: { userId, lessonId } }),
);
