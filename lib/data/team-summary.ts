import 'server-only';
import { Prisma } from '@/lib/generated/sqlite/client';
import { db } from '@/lib/db';
import { inChunks } from '@/lib/collections';
import { sqlDate, sqlTime } from './sql-time';

// What the team view adds to each person's assigned courses: the courses they completed without
// an assignment, and a summary per course for the whole team. Withdrawn assignments count as not
// assigned here, as everywhere. These are the manager's own people, each also shown by name in
// the table below, so the statistics' small-group rule does not apply: it protects people in
// aggregates, and here nobody is hidden in one.

export type CourseSummary = {
  courseId: string;
  title: string;
  /** People with the course assigned (not withdrawn). */
  assigned: number;
  /** Of those, people who have completed it. */
  done: number;
  /** Of those, people past the due date without completing it. */
  overdue: number;
  /** People who completed it without having it assigned. */
  doneUnassigned: number;
};

type Count = bigint | number | null;

/** Per published course: assigned, done, overdue and done without an assignment, in two grouped queries per 1 000 people. */
export async function courseSummary(personIds: readonly string[], now: Date): Promise<CourseSummary[]> {
  if (personIds.length === 0) return [];
  const [assigned, unassigned] = await Promise.all([
    inChunks(
      personIds,
      (batch) => db.$queryRaw<{ courseId: string; title: string; assigned: Count; done: Count; overdue: Count }[]>`
        SELECT c.id AS "courseId", c.title AS title, COUNT(*) AS assigned,
          SUM(CASE WHEN cc."userId" IS NOT NULL THEN 1 ELSE 0 END) AS done,
          SUM(CASE WHEN cc."userId" IS NULL AND a."dueAt" < ${sqlTime(now)} THEN 1 ELSE 0 END) AS overdue
        FROM "Assignment" a
        JOIN "Course" c ON c.id = a."courseId" AND c.status = 'PUBLISHED'
        LEFT JOIN "CourseCompletion" cc ON cc."userId" = a."userId" AND cc."courseId" = a."courseId"
        WHERE a."userId" IN (${Prisma.join(batch)}) AND a."withdrawnAt" IS NULL
        GROUP BY c.id, c.title`,
    ),
    inChunks(
      personIds,
      (batch) => db.$queryRaw<{ courseId: string; title: string; n: Count }[]>`
        SELECT c.id AS "courseId", c.title AS title, COUNT(*) AS n
        FROM "CourseCompletion" cc
        JOIN "Course" c ON c.id = cc."courseId" AND c.status = 'PUBLISHED'
        WHERE cc."userId" IN (${Prisma.join(batch)}) AND NOT EXISTS (
          SELECT 1 FROM "Assignment" a
          WHERE a."userId" = cc."userId" AND a."courseId" = cc."courseId" AND a."withdrawnAt" IS NULL)
        GROUP BY c.id, c.title`,
    ),
  ]);
  const byCourse = new Map<string, CourseSummary>();
  const entry = (courseId: string, title: string) => {
    const found = byCourse.get(courseId);
    if (found) return found;
    const fresh = { courseId, title, assigned: 0, done: 0, overdue: 0, doneUnassigned: 0 };
    byCourse.set(courseId, fresh);
    return fresh;
  };
  for (const r of assigned) {
    const e = entry(r.courseId, r.title);
    e.assigned += Number(r.assigned ?? 0);
    e.done += Number(r.done ?? 0);
    e.overdue += Number(r.overdue ?? 0);
  }
  for (const r of unassigned) entry(r.courseId, r.title).doneUnassigned += Number(r.n ?? 0);
  return [...byCourse.values()].sort((a, b) => a.title.localeCompare(b.title, 'sv'));
}

export type UnassignedCompletion = { courseId: string; title: string; slug: string; completedAt: Date };

/** Each person's completed courses that they have no (current) assignment for, newest first. */
export async function unassignedCompletions(
  personIds: readonly string[],
): Promise<Map<string, UnassignedCompletion[]>> {
  const rows = await inChunks(
    personIds,
    (batch) => db.$queryRaw<
      { userId: string; courseId: string; title: string; slug: string; completedAt: Date | string }[]
    >`
      SELECT cc."userId" AS "userId", c.id AS "courseId", c.title AS title, c.slug AS slug, cc."completedAt" AS "completedAt"
      FROM "CourseCompletion" cc
      JOIN "Course" c ON c.id = cc."courseId" AND c.status = 'PUBLISHED'
      WHERE cc."userId" IN (${Prisma.join(batch)}) AND NOT EXISTS (
        SELECT 1 FROM "Assignment" a
        WHERE a."userId" = cc."userId" AND a."courseId" = cc."courseId" AND a."withdrawnAt" IS NULL)`,
  );
  const out = new Map<string, UnassignedCompletion[]>();
  for (const r of rows) {
    const list = out.get(r.userId) ?? [];
    list.push({ courseId: r.courseId, title: r.title, slug: r.slug, completedAt: sqlDate(r.completedAt) });
    out.set(r.userId, list);
  }
  for (const list of out.values()) list.sort((a, b) => b.completedAt.getTime() - a.completedAt.getTime());
  return out;
}
