import 'server-only';
import { Prisma } from '@/lib/generated/sqlite/client';
import type { StatisticsScope } from '@/lib/auth/permissions';

export type StatsFilter = { courseId?: string; unitPath?: string; audience?: string; from?: Date; to?: Date };

/**
 * The SQL of one statistics view, shared by the tables and the trend so that both count the same
 * people: `people` narrows "User" u (joined to "OrgUnit" ou) to the viewer's scope and the unit and
 * audience filters; `course(column)` narrows completions or assignments to the chosen course.
 */
export function viewSql(scope: StatisticsScope, filter: StatsFilter) {
  const course = (column: string) =>
    filter.courseId ? Prisma.sql` AND ${Prisma.raw(column)} = ${filter.courseId}` : Prisma.empty;
  const paths = scope === 'organisation' ? [] : scope;
  const inScope = paths.length
    ? Prisma.sql` AND (${Prisma.join(
        paths.map((p) => Prisma.sql`ou.path LIKE ${`${p}%`}`),
        ' OR ',
      )})`
    : Prisma.empty;
  const unit = filter.unitPath ? Prisma.sql` AND ou.path LIKE ${`${filter.unitPath}%`}` : Prisma.empty;
  const audience = filter.audience ? Prisma.sql` AND CAST(u.audience AS TEXT) = ${filter.audience}` : Prisma.empty;
  return { course, people: Prisma.sql`${inScope}${unit}${audience}` };
}
