import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/sqlite/client';
import { statisticsScope, type Viewer } from '@/lib/auth/permissions';
import type { FirstCompletion, Quarter } from '@/lib/stats/trend';
import { sqlTime } from './sql-time';
import { rememberStats } from './stats-cache';
import { onlyUnits, viewSql, type StatsFilter } from './stats-sql';

/**
 * For the trend: the people of the view (same scope and filters as the tables, without the
 * period) grouped by unit × gender × audience and the quarter of their first completion of the
 * chosen course (or of any course). One grouped query; the quarters are bounds passed in.
 */
export const firstCompletions = cache(
  async (viewer: Viewer, filter: StatsFilter, quarters: readonly Quarter[]): Promise<FirstCompletion[]> => {
    const scope = statisticsScope(viewer);
    if ((scope !== 'organisation' && scope.length === 0) || quarters.length === 0) return [];
    const key = JSON.stringify([
      'trend',
      viewer.organisationId,
      scope,
      filter.courseId,
      filter.unitPath,
      filter.audience,
      quarters[0]!.key,
    ]);
    const { rows } = await rememberStats<FirstCompletion>(
      [viewer.organisationId],
      key,
      () => tallyFirsts(viewer.organisationId, scope, filter, quarters),
      { kind: 'refresh', forUnits: (units) => tallyFirsts(viewer.organisationId, scope, filter, quarters, units) },
    );
    return rows;
  },
);

/**
 * The same from the kept totals: people's first completions (of any course) and completions of
 * the chosen course are kept per quarter, so this reads a few rows per group, whatever the size.
 */
export async function tallyFirsts(
  org: string,
  scope: ReturnType<typeof statisticsScope>,
  filter: StatsFilter,
  quarters: readonly Quarter[],
  units?: readonly string[],
): Promise<FirstCompletion[]> {
  const { people } = viewSql(scope, filter, 't');
  const { unit } = onlyUnits(units);
  const kind = filter.courseId
    ? Prisma.sql`t.kind = 'completion' AND t."courseId" = ${filter.courseId}`
    : Prisma.sql`t.kind = 'first' AND t."courseId" = ''`;
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT t."unitId" AS "unitId", t.gender AS gender, t.audience AS audience, t.bucket AS bucket, SUM(t.n) AS people
    FROM "StatsTally" t
    JOIN "OrgUnit" ou ON ou.id = t."unitId"
    WHERE t."organisationId" = ${org}${unit('t."unitId"')} AND ${kind}${people}
    GROUP BY t."unitId", t.gender, t.audience, t.bucket`;
  const index = new Map(quarters.map((q, i) => [q.key, i]));
  const first = quarters[0]!.key;
  const summed = new Map<string, FirstCompletion>();
  for (const r of rows) {
    const bucket = String(r.bucket);
    const quarter = index.get(bucket) ?? (bucket < first ? -1 : quarters.length);
    const row = {
      unitId: String(r.unitId),
      gender: r.gender === '' ? null : String(r.gender),
      audience: String(r.audience),
      quarter,
    };
    const key = JSON.stringify(row);
    const found = summed.get(key) ?? summed.set(key, { ...row, people: 0 }).get(key)!;
    found.people += Number(r.people);
  }
  return [...summed.values()].filter((f) => f.people !== 0);
}

export async function queryFirsts(
  org: string,
  scope: ReturnType<typeof statisticsScope>,
  filter: StatsFilter,
  quarters: readonly Quarter[],
): Promise<FirstCompletion[]> {
  const { course, people } = viewSql(scope, filter);
  const bucket = Prisma.sql`CASE WHEN f.first < ${sqlTime(quarters[0]!.start)} THEN -1 ${Prisma.join(
    quarters.map((q, i) => Prisma.sql`WHEN f.first < ${sqlTime(q.end)} THEN ${Prisma.raw(String(i))}`),
    ' ',
  )} ELSE ${Prisma.raw(String(quarters.length))} END`;
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT u."unitId" AS "unitId", CAST(u.gender AS TEXT) AS gender, CAST(u.audience AS TEXT) AS audience,
      ${bucket} AS quarter, COUNT(*) AS people
    FROM "User" u
    JOIN "OrgUnit" ou ON ou.id = u."unitId"
    JOIN (
      SELECT cc."userId", MIN(cc."completedAt") AS first FROM "CourseCompletion" cc
      WHERE cc."organisationId" = ${org}${course('cc."courseId"')}
      GROUP BY cc."userId"
    ) f ON f."userId" = u.id
    WHERE u."organisationId" = ${org} AND u.active = ${true}${people}
    GROUP BY 1, 2, 3, 4`;
  return rows.map((r) => ({
    unitId: String(r.unitId),
    gender: r.gender === null ? null : String(r.gender),
    audience: String(r.audience),
    quarter: Number(r.quarter),
    people: Number(r.people),
  }));
}
