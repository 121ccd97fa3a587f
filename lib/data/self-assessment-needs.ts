import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import { isInStatisticsScope, statisticsScope, type StatisticsScope, type Viewer } from '@/lib/auth/permissions';
import { addYears, startOfStockholmDay, stockholmDay } from '@/lib/dates';
import { buildNeeds, largestNeeds, NEEDS_SUPPORT_BELOW, type NeedsInputRow } from '@/lib/self-assessment/needs';
import { audienceFilter, type StatsQuery } from '@/lib/stats/filter';
import { protectionFor } from './protection';
import { getHostOrganisationId } from './host';
import { currentQuestionnaire } from './self-assessment';
import { sqlTime } from './sql-time';
import { statsUnits } from './stats';
import { viewSql, type StatsFilter } from './stats-sql';

// Competence needs per unit (issue 17, part 2): the same people as /statistik (active, with a
// unit, in the viewer's scope and filters), each counted with their latest self-assessment round
// now and as of a year ago. Two grouped queries; nothing per person leaves the database. Not
// remembered with rememberStats: a saved round does not tell the statistics cache, so a
// remembered answer would miss new rounds for up to a minute.

type Raw = Record<string, unknown>;
const atom = (r: Raw) => `${String(r.unitId)}|${r.gender === null ? '' : String(r.gender)}|${String(r.audience)}`;

/** People per unit × gender × audience: how many, how many had answered by now and by `then`, how many since. */
async function queryPeople(organisationId: string, scope: StatisticsScope, filter: StatsFilter, then: Date) {
  const { people } = viewSql(scope, filter);
  return db.$queryRaw<Raw[]>`
    SELECT u."unitId" AS "unitId", CAST(u.gender AS TEXT) AS gender, CAST(u.audience AS TEXT) AS audience,
      COUNT(*) AS people,
      COALESCE(SUM(CASE WHEN a."userId" IS NOT NULL THEN 1 ELSE 0 END), 0) AS answered,
      COALESCE(SUM(CASE WHEN a.first <= ${sqlTime(then)} THEN 1 ELSE 0 END), 0) AS "answeredThen",
      COALESCE(SUM(CASE WHEN a.last > ${sqlTime(then)} THEN 1 ELSE 0 END), 0) AS changed
    FROM "User" u
    JOIN "OrgUnit" ou ON ou.id = u."unitId"
    LEFT JOIN (
      SELECT r."userId", MIN(r."completedAt") AS first, MAX(r."completedAt") AS last
      FROM "SelfAssessmentRound" r WHERE r."organisationId" = ${organisationId}
      GROUP BY r."userId"
    ) a ON a."userId" = u.id
    WHERE u."organisationId" = ${organisationId} AND u.active = ${true}${people}
    GROUP BY u."unitId", u.gender, u.audience`;
}

/**
 * Area scores of each person's latest round as of `asOf` (a later round of the same instant
 * loses to the larger id, so nobody counts twice), per unit × gender × audience × area.
 */
async function queryAreas(organisationId: string, scope: StatisticsScope, filter: StatsFilter, asOf: Date) {
  const { people } = viewSql(scope, filter);
  const at = sqlTime(asOf);
  return db.$queryRaw<Raw[]>`
    SELECT u."unitId" AS "unitId", CAST(u.gender AS TEXT) AS gender, CAST(u.audience AS TEXT) AS audience,
      s.area AS area, COUNT(*) AS answered, SUM(s.mean) AS sum,
      SUM(CASE WHEN s.mean < ${NEEDS_SUPPORT_BELOW} THEN 1 ELSE 0 END) AS low
    FROM "User" u
    JOIN "OrgUnit" ou ON ou.id = u."unitId"
    JOIN "SelfAssessmentRound" r ON r."userId" = u.id AND r."organisationId" = ${organisationId}
      AND r."completedAt" <= ${at}
    JOIN "SelfAssessmentAreaScore" s ON s."roundId" = r.id
    WHERE u."organisationId" = ${organisationId} AND u.active = ${true}${people}
      AND NOT EXISTS (
        SELECT 1 FROM "SelfAssessmentRound" r2
        WHERE r2."userId" = r."userId" AND r2."completedAt" <= ${at}
          AND (r2."completedAt" > r."completedAt" OR (r2."completedAt" = r."completedAt" AND r2.id > r.id))
      )
    GROUP BY u."unitId", u.gender, u.audience, s.area`;
}

/** The grouped rows of the view, one per unit × gender × audience, with their area tallies. */
export async function needsRows(
  organisationId: string,
  scope: StatisticsScope,
  filter: StatsFilter,
  now: Date,
  then: Date,
): Promise<NeedsInputRow[]> {
  if (scope !== 'organisation' && scope.length === 0) return [];
  const [people, areasNow, areasThen] = await Promise.all([
    queryPeople(organisationId, scope, filter, then),
    queryAreas(organisationId, scope, filter, now),
    queryAreas(organisationId, scope, filter, then),
  ]);
  const rows = new Map<string, NeedsInputRow>();
  for (const r of people)
    rows.set(atom(r), {
      unitId: String(r.unitId),
      gender: r.gender === null ? null : String(r.gender),
      audience: String(r.audience),
      people: Number(r.people),
      answered: Number(r.answered),
      answeredThen: Number(r.answeredThen),
      changed: Number(r.changed),
      areas: {},
    });
  const zero = () => ({ answered: 0, sum: 0, low: 0 });
  for (const [when, found] of [['now', areasNow] as const, ['then', areasThen] as const])
    for (const r of found) {
      const row = rows.get(atom(r));
      if (!row) continue;
      const area = (row.areas[String(r.area)] ??= { now: zero(), then: zero() });
      area[when] = { answered: Number(r.answered), sum: Number(r.sum), low: Number(r.low) };
    }
  return [...rows.values()];
}

/** The area's first published course, for the chosen audience when there is one (content's `courses`). */
async function recommendedCourse(slugs: readonly string[], audience?: string) {
  if (slugs.length === 0) return null;
  const organisationId = await getHostOrganisationId();
  const found = await db.course.findMany({
    where: { organisationId: organisationId ?? '', status: 'PUBLISHED', slug: { in: [...slugs] } },
    select: { id: true, slug: true, title: true, audiences: true },
  });
  const fits = (c: (typeof found)[number]) => !audience || c.audiences.split(',').includes(audience);
  const course = slugs.map((slug) => found.find((c) => c.slug === slug)).find((c) => c && fits(c));
  return course ? { id: course.id, slug: course.slug, title: course.title } : null;
}

/** The comparison date: the start of the same day a year earlier, in Swedish time. */
export const yearBefore = (now: Date) => startOfStockholmDay(addYears(stockholmDay(now), -1));

/** Everything /statistik/behov shows, for the viewer and the filters in the URL. */
export const loadNeeds = cache(async (viewer: Viewer, query: Pick<StatsQuery, 'enhet' | 'malgrupp'>) => {
  const [units, protection, current] = await Promise.all([
    statsUnits(viewer.organisationId),
    protectionFor(viewer.organisationId),
    currentQuestionnaire(),
  ]);
  const scope = statisticsScope(viewer);
  const visibleUnits = units.filter((u) => isInStatisticsScope(scope, u));
  const selectedUnit = visibleUnits.find((u) => u.id === query.enhet);
  const filter = { unitPath: selectedUnit?.path, audience: audienceFilter(query as StatsQuery) };
  const areas = current?.questionnaire.areas ?? [];
  const now = new Date();
  const then = yearBefore(now);
  const rows = await needsRows(viewer.organisationId, scope, filter, now, then);
  const table = buildNeeds({ rows, units, areas, protection, selectedUnit });
  const needs = await Promise.all(
    largestNeeds(table).map(async (need) => ({
      ...need,
      course: await recommendedCourse(areas.find((a) => a.key === need.key)?.courses ?? [], query.malgrupp),
    })),
  );
  return { table, needs, areas, units: visibleUnits, selectedUnit, scope, then };
});
