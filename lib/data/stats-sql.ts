import 'server-only';
import { Prisma } from '@/lib/generated/sqlite/client';
import type { StatisticsScope } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import type { BaseRow } from '@/lib/stats/rollup';
import { sqlTime } from './sql-time';
import { dueBucket } from './stats-tally';

export type StatsFilter = { courseId?: string; unitPath?: string; audience?: string; from?: Date; to?: Date };

/**
 * The SQL of one statistics view, shared by the tables and the trend so that both count the same
 * people: `people` narrows "User" u (joined to "OrgUnit" ou) to the viewer's scope and the unit and
 * audience filters; `course(column)` narrows completions or assignments to the chosen course.
 */
export function viewSql(scope: StatisticsScope, filter: StatsFilter, people: 'u' | 't' = 'u') {
  const course = (column: string) =>
    filter.courseId ? Prisma.sql` AND ${Prisma.raw(column)} = ${filter.courseId}` : Prisma.empty;
  const { inScope, unit } = unitSql(scope, filter);
  // "t": the kept totals, whose audience is text already.
  const audienceOf = people === 'u' ? Prisma.sql`CAST(u.audience AS TEXT)` : Prisma.sql`t.audience`;
  const audience = filter.audience ? Prisma.sql` AND ${audienceOf} = ${filter.audience}` : Prisma.empty;
  return { course, people: Prisma.sql`${inScope}${unit}${audience}` };
}

/** The viewer's scope and the unit filter, on "OrgUnit" ou. */
function unitSql(scope: StatisticsScope, filter: StatsFilter) {
  const paths = scope === 'organisation' ? [] : scope;
  const inScope = paths.length
    ? Prisma.sql` AND (${Prisma.join(
        paths.map((p) => Prisma.sql`ou.path LIKE ${`${p}%`}`),
        ' OR ',
      )})`
    : Prisma.empty;
  const unit = filter.unitPath ? Prisma.sql` AND ou.path LIKE ${`${filter.unitPath}%`}` : Prisma.empty;
  return { inScope, unit };
}

/**
 * `units`: narrows a view to the people of these units, whose rows refresh a remembered answer
 * after a write (stats-cache). `unit(column)` narrows by a unit id column (of "User" or the kept
 * totals); `person(column)` narrows a user id column, so every subquery reads their records alone.
 */
export function onlyUnits(units?: readonly string[]) {
  const ids = () => Prisma.join(units!.length ? [...units!] : ['']);
  return {
    unit: (column: string) => (units ? Prisma.sql` AND ${Prisma.raw(column)} IN (${ids()})` : Prisma.empty),
    person: (column: string) =>
      units
        ? Prisma.sql` AND ${Prisma.raw(column)} IN (SELECT p.id FROM "User" p WHERE p."unitId" IN (${ids()}))`
        : Prisma.empty,
  };
}

/**
 * The same rows from the kept totals ("StatsTally", kept by triggers): one grouped read of a few
 * rows per group and course, whatever the number of people. Serves every view without a period
 * (a period counts completions between two days, which the totals keep per quarter only).
 */
export async function queryTallyRows(
  organisationId: string,
  scope: StatisticsScope,
  filter: StatsFilter,
  now: Date,
  units?: readonly string[],
): Promise<BaseRow[]> {
  const { people: narrowed } = viewSql(scope, filter, 't');
  const { unit } = onlyUnits(units);
  // With a course chosen, its rows; otherwise the rows summed over all courses ("*").
  const course = filter.courseId ?? '*';
  // Completers: with a course, its completions (one per person); otherwise people's first completions.
  const completers = filter.courseId ? Prisma.sql`t.kind = 'completion'` : Prisma.sql`t.kind = 'first'`;
  // Each condition is a prefix of the table's key or of its (kind, course, bucket) index, so only
  // the rows counted are read: not the other courses', nor pending assignments not yet due.
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT t."unitId" AS "unitId", t.gender AS gender, t.audience AS audience,
      SUM(CASE WHEN t.kind = 'people' THEN t.n ELSE 0 END) AS people,
      SUM(CASE WHEN t.kind = 'assigned' THEN t.n ELSE 0 END) AS assigned,
      SUM(CASE WHEN t.kind = 'done' THEN t.n ELSE 0 END) AS "assignedDone",
      SUM(CASE WHEN t.kind = 'pending' THEN t.n ELSE 0 END) AS overdue,
      SUM(CASE WHEN ${completers} THEN t.n ELSE 0 END) AS completers,
      SUM(CASE WHEN t.kind = 'completion' THEN t.n ELSE 0 END) AS completions
    FROM "StatsTally" t
    JOIN "OrgUnit" ou ON ou.id = t."unitId"
    WHERE t."organisationId" = ${organisationId}${unit('t."unitId"')}${narrowed} AND (
      (t.kind = 'people' AND t."courseId" = '')
      OR (t.kind IN ('assigned', 'done', 'completion') AND t."courseId" = ${course})
      OR (t.kind = 'pending' AND t."courseId" = ${course} AND t.bucket < ${dueBucket(now)})
      ${filter.courseId ? Prisma.empty : Prisma.sql`OR (t.kind = 'first' AND t."courseId" = '')`}
    )
    GROUP BY t."unitId", t.gender, t.audience`;
  return rows.flatMap((r) =>
    Number(r.people) > 0
      ? [
          {
            unitId: String(r.unitId),
            gender: r.gender === '' ? null : String(r.gender),
            audience: String(r.audience),
            people: Number(r.people),
            assigned: Number(r.assigned),
            assignedDone: Number(r.assignedDone),
            overdue: Number(r.overdue),
            completers: Number(r.completers),
            completions: Number(r.completions),
          },
        ]
      : [],
  );
}

/**
 * One grouped query: active staff (people with a unit) per unit × gender × audience, with their
 * assignments (done, overdue; a withdrawn one is not assigned) and course completions. Nothing is
 * loaded per person.
 */
export async function queryStatsRows(
  organisationId: string,
  scope: StatisticsScope,
  filter: StatsFilter,
  now: Date,
  units?: readonly string[],
): Promise<BaseRow[]> {
  const org = (column: string) => Prisma.sql`${Prisma.raw(column)} = ${organisationId}`;
  const { unit, person } = onlyUnits(units);
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
      WHERE ${org('s."organisationId"')} AND s."withdrawnAt" IS NULL${person('s."userId"')}${course('s."courseId"')}
      GROUP BY s."userId"
    ) a ON a."userId" = u.id
    LEFT JOIN (
      SELECT cc."userId", COUNT(*) AS n FROM "CourseCompletion" cc
      WHERE ${org('cc."organisationId"')}${person('cc."userId"')}${course('cc."courseId"')}${period}
      GROUP BY cc."userId"
    ) c ON c."userId" = u.id
    WHERE ${org('u."organisationId"')}${unit('u."unitId"')} AND u.active = ${true}${people}
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
