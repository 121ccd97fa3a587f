import 'server-only';
import { cache } from 'react';
import { Prisma } from '@/lib/generated/sqlite/client';
import { db } from '@/lib/db';
import type { Audience } from '@/lib/audiences';
import type { Viewer } from '@/lib/auth/permissions';
import {
  filterAndSort,
  filterAndSortPeople,
  needsStatuses,
  pageOf,
  type Page,
  type TeamQuery,
  type TeamRow,
} from '@/lib/assignments/status';
import { chunks } from '@/lib/collections';
import { sqlTime } from './sql-time';
import { pathProgressFor, type PathProgress } from './path-progress';
import { getPersonForViewer } from './people';
import { listScopeUnits } from './scope-units';
import { buildRows, type TeamPerson } from './team-rows';
import { courseSummary, unassignedCompletions, type CourseSummary, type UnassignedCompletion } from './team-summary';

// The manager's follow-up. A whole subtree is read in three queries (people, assignments with
// their progress, courses), whatever its size, and the statuses are worked out in memory.
// Reflections are never read here: they are private to the learner.

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
export const getTeam = cache(async (viewer: Viewer, now: Date = new Date()): Promise<TeamRow[]> =>
  buildRows(await teamPeople(viewer), now),
);

/**
 * How many of these people have an assigned (not withdrawn), published course past its due date and not completed.
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
        WHERE a."userId" = u.id AND a."withdrawnAt" IS NULL AND a."dueAt" < ${sqlTime(now)}
          AND NOT EXISTS (SELECT 1 FROM "CourseCompletion" cc WHERE cc."userId" = a."userId" AND cc."courseId" = a."courseId")
      ) > 0`;
    total += Number(row?.n ?? 0);
  }
  return total;
}

export type TeamView = {
  size: number;
  overdue: number;
  page: Page<TeamRow>;
  /** Per course, for the whole team (not only the page). */
  courses: CourseSummary[];
  /** Courses the page's people completed without an assignment, by person id. */
  unassigned: Map<string, UnassignedCompletion[]>;
  /** The page's people's learning paths with progress, by person id. */
  paths: Map<string, PathProgress[]>;
};

/**
 * One page of the team view. Sorted by name or unit and not filtered by status, only the page's
 * people have their courses read; otherwise everyone's are, to filter and sort by them.
 */
export async function getTeamView(viewer: Viewer, query: TeamQuery, now = new Date()): Promise<TeamView> {
  const people = await teamPeople(viewer);
  const ids = people.map((p) => p.id);
  const base = async (): Promise<Pick<TeamView, 'overdue' | 'page'>> => {
    if (needsStatuses(query)) {
      const rows = await buildRows(people, now);
      return {
        overdue: rows.filter((r) => r.status === 'overdue').length,
        page: pageOf(filterAndSort(rows, query), query.page),
      };
    }
    const page = pageOf(filterAndSortPeople(people, query), query.page);
    const [rows, overdue] = await Promise.all([buildRows(page.rows, now), countOverdue(ids, now)]);
    return { overdue, page: { ...page, rows } };
  };
  const [{ overdue, page }, courses] = await Promise.all([base(), courseSummary(ids, now)]);
  const [unassigned, paths] = await Promise.all([
    unassignedCompletions(page.rows.map((r) => r.id)),
    pathProgressFor(page.rows),
  ]);
  return { size: people.length, overdue, page, courses, unassigned, paths };
}

/**
 * One person's follow-up page: their assigned courses, every course they have completed (marked
 * when it was done without an assignment) and the assignments that were withdrawn.
 */
export async function getPersonFollowUp(viewer: Viewer, personId: string, now = new Date()) {
  const person = await getPersonForViewer(viewer, personId);
  const [row] = await buildRows(
    [
      {
        id: person.id,
        name: person.name,
        email: person.email,
        audience: person.audience as Audience,
        unitId: null,
        unitName: person.unitName,
      },
    ],
    now,
  );
  const [completed, withdrawn, paths] = await Promise.all([
    db.courseCompletion.findMany({
      where: { userId: person.id },
      orderBy: { completedAt: 'desc' },
      select: { courseId: true, completedAt: true, course: { select: { title: true, slug: true } } },
    }),
    db.assignment.findMany({
      where: { userId: person.id, withdrawnAt: { not: null }, course: { status: 'PUBLISHED' } },
      orderBy: { withdrawnAt: 'desc' },
      select: { courseId: true, withdrawnAt: true, withdrawReason: true, course: { select: { title: true } } },
    }),
    pathProgressFor([{ id: person.id, audience: person.audience as Audience }]),
  ]);
  const assigned = new Set(row!.items.map((i) => i.courseId));
  return {
    person,
    row: row!,
    completed: completed.map((c) => ({
      courseId: c.courseId,
      title: c.course.title,
      slug: c.course.slug,
      completedAt: c.completedAt,
      assigned: assigned.has(c.courseId),
    })),
    withdrawn: withdrawn.map((w) => ({
      courseId: w.courseId,
      title: w.course.title,
      withdrawnAt: w.withdrawnAt!,
      reason: w.withdrawReason,
    })),
    paths: paths.get(person.id) ?? [],
  };
}
