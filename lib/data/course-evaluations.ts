import 'server-only';
import { randomUUID } from 'node:crypto';
import { cache } from 'react';
import { db } from '@/lib/db';
import { conflict, invalid, notFound } from '@/lib/errors';
import { evaluationMonth, summariseEvaluations, type EvaluationSummary } from '@/lib/learning/evaluation';
import type { EvaluationInput } from '@/lib/validation/evaluation';
import { editableCourse, type Editor } from './course-editor';
import { getHostOrganisationId } from './host';
import { isUniqueViolation } from './tx';

// Course evaluations. The answer (rating, comment, month) and the mark that someone has answered
// are two tables with nothing in common but the course: no person, no time finer than the month,
// and a random id (a cuid would carry the moment it was made).

type Learner = { id: string; organisationId: string };

/** Whether the person may evaluate the course now, has done so, or has not completed it yet. */
export type EvaluationState = 'not-completed' | 'open' | 'answered';

export const getEvaluationState = cache(async (userId: string, courseId: string): Promise<EvaluationState> => {
  const [completion, mark] = await Promise.all([
    db.courseCompletion.findUnique({ where: { userId_courseId: { userId, courseId } }, select: { userId: true } }),
    db.courseEvaluationMark.findUnique({ where: { userId_courseId: { userId, courseId } }, select: { userId: true } }),
  ]);
  if (mark) return 'answered';
  return completion ? 'open' : 'not-completed';
});

export const ALREADY_ANSWERED = 'Du har redan utvärderat kursen. Tack för ditt svar!';

/** One evaluation per person and course, only after completing it; the mark and the answer commit together. */
export async function saveEvaluation(learner: Learner, input: EvaluationInput, now = new Date()): Promise<void> {
  const hostId = await getHostOrganisationId();
  const course = await db.course.findFirst({
    where: { id: input.courseId, organisationId: hostId ?? '', status: 'PUBLISHED' },
    select: { id: true },
  });
  if (!course) throw notFound('Kursen finns inte, eller så är den inte öppen.');
  const key = { userId_courseId: { userId: learner.id, courseId: course.id } };
  if (!(await db.courseCompletion.findUnique({ where: key, select: { userId: true } })))
    throw invalid('Du kan utvärdera kursen när du har gått klart den. Inget har sparats.');
  try {
    await db.$transaction(async (tx) => {
      // The mark first: its primary key refuses a second answer, also when two arrive at once.
      await tx.courseEvaluationMark.create({ data: { userId: learner.id, courseId: course.id } });
      await tx.courseEvaluation.create({
        data: {
          id: randomUUID(),
          organisationId: learner.organisationId,
          courseId: course.id,
          rating: input.rating,
          comment: input.comment,
          month: evaluationMonth(now),
        },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(ALREADY_ANSWERED);
    throw error;
  }
}

/** For the course's editors: the answers, summarised only from MIN_GROUP answers (lib/learning/evaluation). */
export async function getEvaluationSummary(
  editor: Editor,
  courseId: string,
): Promise<{ course: { id: string; title: string }; summary: EvaluationSummary }> {
  const { id } = await editableCourse(editor, courseId);
  const { title } = await db.course.findUniqueOrThrow({ where: { id }, select: { title: true } });
  const rows = await db.courseEvaluation.findMany({ where: { courseId: id }, select: { rating: true, comment: true } });
  return { course: { id, title }, summary: summariseEvaluations(rows) };
}
