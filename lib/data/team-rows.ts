import 'server-only';
import { Prisma } from '@/lib/generated/sqlite/client';
import { db } from '@/lib/db';
import type { Audience } from '@/lib/audiences';
import { itemStatus, toRow, type TeamItem, type TeamRow } from '@/lib/assignments/status';
import { groupBy, inChunks } from '@/lib/collections';
import { databaseEngine } from '@/lib/env';
import { sqlDate } from './sql-time';

// The rows of the manager's follow-up (and of the reminder job): each person's assigned courses
// with progress and status, read in two queries for any number of people and worked out in memory.
// Reflections are never read here: they are private to the learner.

export type TeamPerson = {
  id: string;
  name: string;
  email: string | null;
  audience: Audience;
  unitId: string | null;
  unitName: string | null;
};

type AssignedRow = {
  assignmentId: string;
  userId: string;
  courseId: string;
  dueAt: Date | string | null;
  source: TeamItem['source'];
  completedAt: Date | string | null;
  done: bigint | number;
};

/**
 * Each assignment with its completion and the current lessons done, in one query. The lessons are
 * counted from the course's side (a handful of lookups in the unique person+lesson index): SQLite
 * would otherwise walk all of the person's progress, twice as slow for a team of 500.
 */
function assignedWithProgress(ids: readonly string[]): Promise<AssignedRow[]> {
  const join = Prisma.raw(databaseEngine() === 'sqlite' ? 'CROSS JOIN' : 'JOIN');
  return inChunks(
    ids,
    (batch) => db.$queryRaw<AssignedRow[]>`
      SELECT a.id AS "assignmentId", a."userId" AS "userId", a."courseId" AS "courseId", a."dueAt" AS "dueAt", CAST(a.source AS TEXT) AS source, cc."completedAt" AS "completedAt",
        (SELECT COUNT(*) FROM "Lesson" l ${join} "LessonProgress" lp ON lp."lessonId" = l.id AND lp."userId" = a."userId"
         WHERE l."courseId" = a."courseId" AND l."removedAt" IS NULL) AS done
      FROM "Assignment" a
      LEFT JOIN "CourseCompletion" cc ON cc."userId" = a."userId" AND cc."courseId" = a."courseId"
      WHERE a."userId" IN (${Prisma.join(batch)}) AND a."withdrawnAt" IS NULL`,
  );
}

/** Assigned (not withdrawn) courses with progress and status for each person, in two queries for any number of people. */
export async function buildRows(people: readonly TeamPerson[], now: Date): Promise<TeamRow[]> {
  const assignments = await assignedWithProgress(people.map((p) => p.id));
  const courseIds = [...new Set(assignments.map((a) => a.courseId))];
  const courses = new Map(
    (
      await db.course.findMany({
        where: { id: { in: courseIds }, status: 'PUBLISHED' },
        select: { id: true, title: true, slug: true, _count: { select: { lessons: { where: { removedAt: null } } } } },
      })
    ).map((c) => [c.id, c]),
  );
  const byPerson = groupBy(assignments, (a) => a.userId);
  return people.map((person) => {
    const items: TeamItem[] = (byPerson.get(person.id) ?? []).flatMap((a) => {
      const course = courses.get(a.courseId);
      if (!course) return [];
      const done = Number(a.done);
      const completedAt = a.completedAt === null ? null : sqlDate(a.completedAt);
      const dueAt = a.dueAt === null ? null : sqlDate(a.dueAt);
      return [
        {
          assignmentId: a.assignmentId,
          courseId: course.id,
          title: course.title,
          slug: course.slug,
          source: a.source,
          dueAt,
          done,
          total: course._count.lessons,
          completedAt,
          status: itemStatus({ completed: completedAt !== null, done, dueAt, now }),
        },
      ];
    });
    items.sort(
      (a, b) =>
        (a.dueAt?.getTime() ?? Infinity) - (b.dueAt?.getTime() ?? Infinity) || a.title.localeCompare(b.title, 'sv'),
    );
    return toRow({ ...person, items });
  });
}
