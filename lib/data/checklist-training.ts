import 'server-only';
import { cache } from 'react';
import { trainingFigures, type TrainingFigures, type TrainingRow } from '@/lib/checklist/training';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/sqlite/client';
import { translator } from '@/lib/i18n';
import { defaultLocale, type Locale } from '@/lib/i18n/config';
import { localizeCourse } from '@/lib/learning/translations';
import { getHostOrganisationId } from './host';
import { protectionFor } from './protection';

// Live training figures for a checklist item: among the organisation's active staff (people with
// a unit; politicians are their own group), how many have completed every linked course.
// Always for the whole organisation, also on an administration's checklist, and checked against
// the organisation's protection blocks like every statistics figure (lib/stats/protection.ts).

export type LinkedTraining = {
  /** The courses' titles in the reader's language where they have one; `lang` says which. */
  courses: { slug: string; title: string; lang: Locale }[];
  figures: TrainingFigures;
};

type Row = {
  unitId: string | null;
  gender: string | null;
  audience: string;
  total: bigint | number;
  completed: bigint | number;
};

/**
 * One grouped query in the database, whatever the number of people: CourseCompletion has no
 * relation to User in the schema, so the join is written out (plain SQL that both engines run).
 */
async function countByGroup(organisationId: string, courseIds: string[], required: number): Promise<Row[]> {
  return db.$queryRaw<Row[]>`
    SELECT u."unitId" AS "unitId", CAST(u."gender" AS TEXT) AS gender, CAST(u."audience" AS TEXT) AS audience,
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
    GROUP BY u."unitId", u."gender", u."audience"`;
}

export const getLinkedTraining = cache(
  async (organisationId: string, slugKey: string, locale: Locale = defaultLocale): Promise<LinkedTraining | null> => {
    const slugs = slugKey.split(',').filter(Boolean);
    const hostId = await getHostOrganisationId();
    if (!hostId || slugs.length === 0) return null;
    const found = await db.course.findMany({
      where: { organisationId: hostId, slug: { in: slugs } },
      select: { id: true, slug: true, title: true, summary: true, translations: true },
    });
    if (found.length === 0) return null;
    // A linked course that no longer exists cannot be completed, so nobody has completed them all.
    const [rows, protection] = await Promise.all([
      countByGroup(
        organisationId,
        found.map((c) => c.id),
        slugs.length,
      ),
      protectionFor(organisationId),
    ]);
    const groups: TrainingRow[] = rows.map((r) => ({
      unitId: r.unitId,
      gender: r.gender,
      audience: r.audience,
      people: Number(r.total),
      completed: Number(r.completed),
    }));
    return {
      courses: slugs.map((slug) => {
        const course = found.find((c) => c.slug === slug);
        if (!course) return { slug, title: translator(locale)('checklist.training.gone', { slug }), lang: locale };
        const shown = localizeCourse(course, locale);
        return { slug, title: shown.title, lang: shown.lang };
      }),
      figures: trainingFigures(groups, protection),
    };
  },
);
