import 'server-only';
import { cache } from 'react';
import { Prisma } from '@/lib/generated/sqlite/client';
import { db } from '@/lib/db';
import type { Audience } from '@/lib/audiences';
import { topmostPaths, type Viewer } from '@/lib/auth/scope';
import { filterAndSort, filterAndSortPeople, itemStatus, needsStatuses, pageOf, toRow, type Page, type TeamItem, type TeamQuery, type TeamRow } from '@/lib/assignments/status';
import { chunks, groupBy, inChunks } from '@/lib/collections';
import { databaseEngine } from '@/lib/env';
import { sqlDate, sqlTime } from './sql-time';
import { getPersonForViewer } from './people';

// The manager's follow-up. A whole subtree is read in three queries (people, assignments with
// their progress, courses), whatever its size, and the statuses are worked out in memory.
// Reflections are never read here: they are private to the learner.

type TeamPerson = { id: string; name: string; email: string; audience: Audience; unitId: string | null; unitName: string | null };

type AssignedRow = { userId: string; courseId: string; dueAt: Date | string | null; source: TeamItem['source']; completedAt: Date | string | null; done: bigint | number };

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
      SELECT a."userId" AS "userId", a."courseId" AS "courseId", a."dueAt" AS "dueAt", CAST(a.source AS TEXT) AS source, cc."completedAt" AS "completedAt",
        (SELECT COUNT(*) FROM "Lesson" l ${join} "LessonProgress" lp ON lp."lessonId" = l.id AND lp."userId" = a."userId"
         WHERE l."courseId" = a."courseId" AND l."removedAt" IS NULL) AS done
      FROM "Assignment" a
      LEFT JOIN "CourseCompletion" cc ON cc."userId" = a."userId" AND cc."courseId" = a."courseId"
      WHERE a."userId" IN (${Prisma.join(batch)})`,
  );
}

/** Assigned courses with progress and status for each person, in two queries for any number of people. */
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
      return [{ courseId: course.id, title: course.title, slug: course.slug, source: a.source, dueAt, done, total: course._count.lessons, completedAt, status: itemStatus({ completed: completedAt !== null, done, dueAt, now }) }];
    });
    items.sort((a, b) => (a.dueAt?.getTime() ?? Infinity) - (b.dueAt?.getTime() ?? Infinity) || a.title.localeCompare(b.title, 'sv'));
    return toRow({ ...person, items });
  });
}

/**
 * Everyone active in the viewer's units and below, by name. Asked by unit ids, so the database
 * looks up each unit's people in the (organisation, unit) index instead of reading everyone.
 */
const teamPeople = cache(async (viewer: Viewer): Promise<TeamPerson[]> => {
  const units = await listScopeUnits(viewer);
  if (units.length === 0) return [];
  const unitNames = new Map(units.map((u) => [u.id, u.name]));
  const people = await db.user.findMany({
    where: { organisationId: viewer.organisationId, active: true, unitId: { in: [...unitNames.keys()] } },
    select: { id: true, name: true, email: true, audience: true, unitId: true },
    orderBy: { name: 'asc' },
  });
  return people.map((p) => ({ ...p, unitName: p.unitId ? (unitNames.get(p.unitId) ?? null) : null }));
});

/** Everyone active in the viewer's units and below, with their assignments. */
export const getTeam = cache(async (viewer: Viewer, now: Date = new Date()): Promise<TeamRow[]> => buildRows(await teamPeople(viewer), now));

/**
 * How many of these people have an assigned, published course past its due date and not completed.
 * Asked person by person (a correlated count): as a join, PostgreSQL hashed the whole
 * organisation's completions for it (47 ms for a team of 500, against 12 ms this way).
 */
async function countOverdue(ids: readonly string[], now: Date): Promise<number> {
  let total = 0;
  for (const batch of chunks(ids)) {
    const [row] = await db.$queryRaw<{ n: bigint | number }[]>`
      SELECT COUNT(*) AS n FROM "User" u
      WHERE u.id IN (${Prisma.join(batch)}) AND (
        SELECT COUNT(*) FROM "Assignment" a JOIN "Course" c ON c.id = a."courseId" AND c.status = 'PUBLISHED'
        WHERE a."userId" = u.id AND a."dueAt" < ${sqlTime(now)}
          AND NOT EXISTS (SELECT 1 FROM "CourseCompletion" cc WHERE cc."userId" = a."userId" AND cc."courseId" = a."courseId")
      ) > 0`;
    total += Number(row?.n ?? 0);
  }
  return total;
}

export type TeamView = { size: number; overdue: number; page: Page<TeamRow> };

/**
 * One page of the team view. Sorted by name or unit and not filtered by status, only the page's
 * people have their courses read; otherwise everyone's are, to filter and sort by them.
 */
export async function getTeamView(viewer: Viewer, query: TeamQuery, now = new Date()): Promise<TeamView> {
  const people = await teamPeople(viewer);
  if (needsStatuses(query)) {
    const rows = await buildRows(people, now);
    return { size: people.length, overdue: rows.filter((r) => r.status === 'overdue').length, page: pageOf(filterAndSort(rows, query), query.page) };
  }
  const page = pageOf(filterAndSortPeople(people, query), query.page);
  const [rows, overdue] = await Promise.all([buildRows(page.rows, now), countOverdue(people.map((p) => p.id), now)]);
  return { size: people.length, overdue, page: { ...page, rows } };
}

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
