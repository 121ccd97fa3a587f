import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import { isInStatisticsScope, statisticsScope, type StatisticsScope, type Viewer } from '@/lib/auth/permissions';
import { protectionFor } from './protection';
import { queryStatsRows, queryTallyRows } from './stats-sql';
import { firstCompletions } from './stats-trend';
import { rememberStats, type StatsResult } from './stats-cache';

import type { StatsFilter } from './stats-sql';

export type { StatsFilter };

/**
 * The grouped rows for the viewer's scope and filter, remembered for a minute (see stats-cache):
 * they depend on the organisation, the scope and the filter, not on who asks.
 */
export const statsRows = cache(async (viewer: Viewer, filter: StatsFilter): Promise<StatsResult> =>
  organisationStatsRows(viewer.organisationId, statisticsScope(viewer), filter),
);

/** The same rows for an organisation and scope; the comparison between organisations asks for whole ones. */
export async function organisationStatsRows(
  organisationId: string,
  scope: StatisticsScope,
  filter: StatsFilter,
): Promise<StatsResult> {
  if (scope !== 'organisation' && scope.length === 0) return { rows: [], computedAt: new Date() };
  const key = JSON.stringify([
    organisationId,
    scope,
    filter.courseId,
    filter.unitPath,
    filter.audience,
    filter.from?.toISOString(),
    filter.to?.toISOString(),
  ]);
  // Without a period the kept totals answer (a few rows per group); a period counts completions
  // between two days, which only the people's own records can say.
  const read = filter.from || filter.to ? queryStatsRows : queryTallyRows;
  return rememberStats([organisationId], key, () => read(organisationId, scope, filter, new Date()), {
    kind: 'refresh',
    forUnits: (units) => read(organisationId, scope, filter, new Date(), units),
  });
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
    select: { id: true, slug: true, title: true, summary: true, translations: true },
  });
});

/** Everything the statistics page and its export show, for the viewer and the filters in the URL. */
export async function loadStatsReport(
  viewer: Viewer,
  query: import('@/lib/stats/filter').StatsQuery,
  locale: import('@/lib/i18n/config').Locale = 'sv',
) {
  const { audienceFilter, periodFilter } = await import('@/lib/stats/filter');
  const { buildReport } = await import('@/lib/stats/report');
  const { localizeCourse } = await import('@/lib/learning/translations');
  const [units, stored, protection] = await Promise.all([
    statsUnits(viewer.organisationId),
    statsCourses(),
    protectionFor(viewer.organisationId),
  ]);
  // The courses by their titles in the reader's language where they have one.
  const courses = stored.map((c) => {
    const { id, slug, title, lang } = localizeCourse(c, locale);
    return { id, slug, title, lang };
  });
  const scope = statisticsScope(viewer);
  const visibleUnits = units.filter((u) => isInStatisticsScope(scope, u));
  const selectedUnit = visibleUnits.find((u) => u.id === query.enhet);
  const course = courses.find((c) => c.slug === query.kurs);
  const { buildTrend, lastQuarters } = await import('@/lib/stats/trend');
  const filter = { courseId: course?.id, unitPath: selectedUnit?.path, audience: audienceFilter(query) };
  const quarters = lastQuarters(new Date(), 8, locale);
  const [{ rows, computedAt }, firsts] = await Promise.all([
    statsRows(viewer, { ...filter, ...periodFilter(query) }),
    firstCompletions(viewer, filter, quarters),
  ]);
  return {
    tables: buildReport({ rows, units, protection, selectedUnit, locale }),
    trend: buildTrend({ rows, firsts, quarters, protection }),
    units: visibleUnits,
    courses,
    course,
    selectedUnit,
    scope,
    computedAt,
  };
}
