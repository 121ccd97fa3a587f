import 'server-only';
import { cache } from 'react';
import { Prisma } from '@/lib/generated/sqlite/client';
import { db } from '@/lib/db';
import type { Audience } from '@/lib/audiences';
import { topmostPaths, type Viewer } from '@/lib/auth/scope';
import { itemStatus, toRow, type TeamItem, type TeamRow } from '@/lib/assignments/status';
import { chunks, groupBy, inChunks } from '@/lib/collections';
import { getPersonForViewer } from './people';

// The manager's follow-up. A whole subtree is read in a fixed handful of queries (people,
// assignments, courses, lessons done per course, completions), whatever its size, and the statuses are
// worked out in memory. Reflections are never read here: they are private to the learner.

type TeamPerson = { id: string; name: string; email: string; audience: Audience; unitId: string | null; unitName: string | null };

const subtree = (viewer: Viewer) => topmostPaths(viewer.managedUnitPaths).map((path) => ({ unit: { path: { startsWith: path } } }));

/**
 * Current lessons done per person and course ("<userId>:<courseId>"), counted in the database: a
 * team of 500 has some 13,000 progress rows, and reading them one by one was most of the view's time.
 */
async function countDoneLessons(ids: readonly string[], courseIds: readonly string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  if (courseIds.length === 0) return out;
  for (const batch of chunks(ids)) {
    const rows = await db.$queryRaw<{ userId: string; courseId: string; n: bigint | number }[]>`
      SELECT lp."userId" AS "userId", l."courseId" AS "courseId", COUNT(*) AS n
      FROM "LessonProgress" lp JOIN "Lesson" l ON l.id = lp."lessonId"
      WHERE lp."userId" IN (${Prisma.join(batch)}) AND l."courseId" IN (${Prisma.join(courseIds)}) AND l."removedAt" IS NULL
      GROUP BY lp."userId", l."courseId"`;
    for (const r of rows) out.set(`${r.userId}:${r.courseId}`, Number(r.n));
  }
  return out;
}

/** Assigned courses with progress and status for each person, in five queries for any number of people. */
export async function buildRows(people: readonly TeamPerson[], now: Date): Promise<TeamRow[]> {
  const ids = people.map((p) => p.id);
  const assignments = await inChunks(ids, (batch) =>
    db.assignment.findMany({ where: { userId: { in: batch } }, select: { userId: true, courseId: true, dueAt: true, source: true } }),
  );
  const courseIds = [...new Set(assignments.map((a) => a.courseId))];
  const courses = new Map(
    (
      await db.course.findMany({
        where: { id: { in: courseIds }, status: 'PUBLISHED' },
        select: { id: true, title: true, slug: true, lessons: { where: { removedAt: null }, select: { id: true } } },
      })
    ).map((c) => [c.id, c]),
  );
  const [doneCount, completions] = await Promise.all([
    countDoneLessons(ids, [...courses.keys()]),
    inChunks(ids, (batch) => db.courseCompletion.findMany({ where: { userId: { in: batch }, courseId: { in: courseIds } }, select: { userId: true, courseId: true, completedAt: true } })),
  ]);
  const completedAt = new Map(completions.map((c) => [`${c.userId}:${c.courseId}`, c.completedAt]));
  const byPerson = groupBy(assignments, (a) => a.userId);
  return people.map((person) => {
    const items: TeamItem[] = (byPerson.get(person.id) ?? []).flatMap((a) => {
      const course = courses.get(a.courseId);
      if (!course) return [];
      const key = `${person.id}:${a.courseId}`;
      const done = doneCount.get(key) ?? 0;
      const completed = completedAt.get(key) ?? null;
      return [{ courseId: course.id, title: course.title, slug: course.slug, source: a.source, dueAt: a.dueAt, done, total: course.lessons.length, completedAt: completed, status: itemStatus({ completed: completed !== null, done, dueAt: a.dueAt, now }) }];
    });
    items.sort((a, b) => (a.dueAt?.getTime() ?? Infinity) - (b.dueAt?.getTime() ?? Infinity) || a.title.localeCompare(b.title, 'sv'));
    return toRow({ ...person, items });
  });
}

/** Everyone active in the viewer's units and below, with their assignments. */
export const getTeam = cache(async (viewer: Viewer, now: Date = new Date()): Promise<TeamRow[]> => {
  if (viewer.managedUnitPaths.length === 0) return [];
  const people = await db.user.findMany({
    where: { organisationId: viewer.organisationId, active: true, OR: subtree(viewer) },
    select: { id: true, name: true, email: true, audience: true, unitId: true, unit: { select: { name: true } } },
    orderBy: { name: 'asc' },
  });
  return buildRows(people.map((p) => ({ ...p, unitName: p.unit?.name ?? null })), now);
});

export type ScopeUnit = { id: string; name: string; depth: number; path: string };

/** Units the viewer may pick: their own subtree, or the whole organisation for organisation-wide work. */
export const listScopeUnits = cache(async (viewer: Viewer, organisationWide = false): Promise<ScopeUnit[]> => {
  if (!organisationWide && viewer.managedUnitPaths.length === 0) return [];
  const units = await db.orgUnit.findMany({
    where: { organisationId: viewer.organisationId, ...(organisationWide ? {} : { OR: topmostPaths(viewer.managedUnitPaths).map((path) => ({ path: { startsWith: path } })) }) },
    select: { id: true, name: true, depth: true, path: true },
  });
  return sortAsTree(units);
});

/** Parents before children, siblings by name: the order of an indented list. */
function sortAsTree(units: ScopeUnit[]): ScopeUnit[] {
  const names = new Map(units.map((u) => [u.id, u.name]));
  const sortKey = (u: ScopeUnit) => u.path.split('/').filter(Boolean).map((id) => names.get(id) ?? id).join('\u0000');
  return [...units].sort((a, b) => sortKey(a).localeCompare(sortKey(b), 'sv'));
}

/** One person's follow-up page: their assigned courses and every course they have completed. */
export async function getPersonFollowUp(viewer: Viewer, personId: string, now = new Date()) {
  const person = await getPersonForViewer(viewer, personId);
  const [row] = await buildRows([{ id: person.id, name: person.name, email: person.email, audience: person.audience as Audience, unitId: null, unitName: person.unitName }], now);
  const completed = await db.courseCompletion.findMany({
    where: { userId: person.id },
    orderBy: { completedAt: 'desc' },
    select: { courseId: true, completedAt: true, course: { select: { title: true, slug: true } } },
  });
  return { person, row: row!, completed: completed.map((c) => ({ courseId: c.courseId, title: c.course.title, slug: c.course.slug, completedAt: c.completedAt })) };
}
