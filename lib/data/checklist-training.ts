import 'server-only';
import { cache } from 'react';
import { suppressFigures, type RawCounts, type TrainingFigures } from '@/lib/checklist/training';
import { genderGroup, genderGroups, type GenderGroup } from '@/lib/labels';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/sqlite/client';
import { getHostOrganisationId } from './host';

// Live training figures for a checklist item: among the organisation's active staff (people with
// a unit; politicians are their own group), how many have completed every linked course.
// Always for the whole organisation, also on an administration's checklist: figures for a part
// could be subtracted from the whole and reveal a group smaller than five.

export type LinkedTraining = {
  courses: { slug: string; title: string }[];
  figures: TrainingFigures;
};

type Row = { grp: string; gender: string | null; total: bigint | number; completed: bigint | number };

/**
 * One grouped query in the database, whatever the number of people: CourseCompletion has no
 * relation to User in the schema, so the join is written out (plain SQL that both engines run).
 */
async function countByGroup(organisationId: string, courseIds: string[], required: number): Promise<Row[]> {
  return db.$queryRaw<Row[]>`
    SELECT CASE WHEN u."audience" = 'POLITICIAN' THEN 'politician' ELSE 'staff' END AS grp,
           u."gender" AS gender,
           COUNT(*) AS total,
           COUNT(done."userId") AS completed
    FROM "User" u
    LEFT JOIN (
      SELECT c."userId" FROM "CourseCompletion" c
      WHERE c."organisationId" = ${organisationId} AND c."courseId" IN (${Prisma.join(courseIds)})
      GROUP BY c."userId"
      HAVING COUNT(*) = ${required}
    ) done ON done."userId" = u."id"
    WHERE u."organisationId" = ${organisationId} AND u."active" = TRUE
      AND (u."unitId" IS NOT NULL OR u."audience" = 'POLITICIAN')
    GROUP BY 1, 2`;
}

export const getLinkedTraining = cache(
  async (organisationId: string, slugKey: string): Promise<LinkedTraining | null> => {
    const slugs = slugKey.split(',').filter(Boolean);
    const hostId = await getHostOrganisationId();
    if (!hostId || slugs.length === 0) return null;
    const found = await db.course.findMany({
      where: { organisationId: hostId, slug: { in: slugs } },
      select: { id: true, slug: true, title: true },
    });
    if (found.length === 0) return null;
    // A linked course that no longer exists cannot be completed, so nobody has completed them all.
    const rows = await countByGroup(
      organisationId,
      found.map((c) => c.id),
      slugs.length,
    );
    const groups = Object.fromEntries(genderGroups.map((g) => [g, { total: 0, completed: 0 }])) as Record<
      GenderGroup,
      RawCounts
    >;
    const politicians: RawCounts = { total: 0, completed: 0 };
    for (const row of rows) {
      const target = row.grp === 'politician' ? politicians : groups[genderGroup(row.gender)];
      target.total += Number(row.total);
      target.completed += Number(row.completed);
    }
    return {
      courses: slugs.map(
        (slug) => found.find((c) => c.slug === slug) ?? { slug, title: `${slug} (finns inte längre)` },
      ),
      figures: suppressFigures({ groups, politicians }),
    };
  },
);
