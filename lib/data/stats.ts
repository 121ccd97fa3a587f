import 'server-only';
import { cache } from 'react';
import { Prisma } from '@/lib/generated/sqlite/client';
import { db } from '@/lib/db';
import { isInStatisticsScope, statisticsScope, type StatisticsScope, type Viewer } from '@/lib/auth/permissions';
import type { BaseRow } from '@/lib/stats/rollup';
import { protectionFor } from './protection';
import { sqlTime } from './sql-time';
import { viewSql } from './stats-sql';
import { firstCompletions } from './stats-trend';
import { rememberStats, type StatsResult } from './stats-cache';

import type { StatsFilter } from './stats-sql';

export type { StatsFilter };

/**
 * The grouped rows for the viewer's scope and filter, remembered for a minute (see stats-cache):
 * they depend on the organisation, the scope and the filter, not on who asks.
 */
export const statsRows = cache(async (viewer: Viewer, filter: StatsFilter): Promise<StatsResult> => {
  const scope = statisticsScope(viewer);
  if (scope !== 'organisation' && scope.length === 0) return { rows: [], computedAt: new Date() };
  const key = JSON.stringify([
    viewer.organisationId,
    scope,
    filter.courseId,
    filter.unitPath,
    filter.audience,
    filter.from?.toISOString(),
    filter.to?.toISOString(),
  ]);
  return rememberStats(key, () => queryStatsRows(viewer.organisationId, scope, filter, new Date()));
});

/**
 * One grouped query: active staff (people with a unit) per unit × gender × audience, with their
 * assignments (done, overdue) and course completions. Nothing is loaded per person.
 */
async function queryStatsRows(org: string, scope: StatisticsScope, filter: StatsFilter, now: Date): Promise<BaseRow[]> {
  const { course, people } = viewSql(scope, filter);
  const period = Prisma.sql`${filter.from ? Prisma.sql` AND cc."completedAt" >= ${sqlTime(filter.from)}` : Prisma.empty}${filter.to ? Prisma.sql` AND cc."completedAt" < ${sqlTime(filter.to)}` : Prisma.empty}`;
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT u."unitId" AS "unitId", CAST(u.gender AS TEXT) AS gender, CAST(u.audience AS TEXT) AS audience,
      COUNT(*) AS people,
      COALESCE(SUM(a.assigned), 0) AS assigned,
      COALESCE(SUM(a.done), 0) AS "assignedDone",
      COALESCE(SUM(a.overdue), 0) AS overdue,
      COALESCE(SUM(CASE WHEN c.n > 0 THEN 1 ELSE 0 END), 0) AS completers,
      COALESCE(SUM(c.n), 0) AS completions
    FROM "User" u
    JOIN "OrgUnit" ou ON ou.id = u."unitId"
    LEFT JOIN (
      SELECT s."userId", COUNT(*) AS assigned,
        SUM(CASE WHEN cc."userId" IS NOT NULL THEN 1 ELSE 0 END) AS done,
        SUM(CASE WHEN cc."userId" IS NULL AND s."dueAt" < ${sqlTime(now)} THEN 1 ELSE 0 END) AS overdue
      FROM "Assignment" s
      LEFT JOIN "CourseCompletion" cc ON cc."userId" = s."userId" AND cc."courseId" = s."courseId"
      WHERE s."organisationId" = ${org}${course('s."courseId"')}
      GROUP BY s."userId"
    ) a ON a."userId" = u.id
    LEFT JOIN (
      SELECT cc."userId", COUNT(*) AS n FROM "CourseCompletion" cc
      WHERE cc."organisationId" = ${org}${course('cc."courseId"')}${period}
      GROUP BY cc."userId"
    ) c ON c."userId" = u.id
    WHERE u."organisationId" = ${org} AND u.active = ${true}${people}
    GROUP BY u."unitId", u.gender, u.audience`;
  return rows.map((r) => ({
    unitId: String(r.unitId),
    gender: r.gender === null ? null : String(r.gender),
    audience: String(r.audience),
    people: Number(r.people),
    assigned: Number(r.assigned),
    assignedDone: Number(r.assignedDone),
    overdue: Number(r.overdue),
    completers: Number(r.completers),
    completions: Number(r.completions),
  }));
}

export const statsUnits = cache(async (organisationId: string) =>
  db.orgUnit.findMany({
    where: { organisationId },
    orderBy: [{ depth: 'asc' }, { name: 'asc' }],
    select: { id: true, name: true, path: true, depth: true },
  }),
);

export const statsCourses = cache(async () => {
  const { getHostOrganisationId } = await import('./host');
  const hostId = await getHostOrganisationId();
  return db.course.findMany({
    where: { organisationId: hostId ?? '', status: 'PUBLISHED' },
    orderBy: { title: 'asc' },
    select: { id: true, slug: true, title: true },
  });
});

/** Everything the statistics page and its export show, for the viewer and the filters in the URL. */
export async function loadStatsReport(viewer: Viewer, query: import('@/lib/stats/filter').StatsQuery) {
  const { audienceFilter, periodFilter } = await import('@/lib/stats/filter');
  const { buildReport } = await import('@/lib/stats/report');
  const [units, courses, protection] = await Promise.all([
    statsUnits(viewer.organisationId),
    statsCourses(),
    protectionFor(viewer.organisationId),
  ]);
  const scope = statisticsScope(viewer);
  const visibleUnits = units.filter((u) => isInStatisticsScope(scope, u));
  const selectedUnit = visibleUnits.find((u) => u.id === query.enhet);
  const course = courses.find((c) => c.slug === query.kurs);
  const { buildTrend, lastQuarters } = await import('@/lib/stats/trend');
  const filter = { courseId: course?.id, unitPath: selectedUnit?.path, audience: audienceFilter(query) };
  const quarters = lastQuarters(new Date());
  const [{ rows, computedAt }, firsts] = await Promise.all([
    statsRows(viewer, { ...filter, ...periodFilter(query) }),
    firstCompletions(viewer, filter, quarters),
  ]);
  return {
    tables: buildReport({ rows, units, protection, selectedUnit }),
    trend: buildTrend({ rows, firsts, quarters, protection }),
    units: visibleUnits,
    courses,
    course,
    selectedUnit,
    scope,
    computedAt,
  };
}
