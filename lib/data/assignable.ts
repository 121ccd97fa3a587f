import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import { invalid } from '@/lib/errors';
import { getHostOrganisationId } from './host';
import type { Tx } from './tx';

// What can be assigned: the host organisation's published courses, and its learning paths
// (a path assigns each of its published courses).

export type AssignableItem = { kind: 'course' | 'path'; id: string };
export type ResolvedItem = {
  pathId: string | null;
  pathTitle: string | null;
  /** The path's `translations` column (its title in other languages, for the learners' mails). */
  pathTranslations: string | null;
  courses: { id: string; title: string; slug: string; translations: string }[];
};

export const listAssignable = cache(async () => {
  const organisationId = await getHostOrganisationId();
  const published = { organisationId: organisationId ?? '', status: 'PUBLISHED' as const };
  const [courses, paths] = await Promise.all([
    db.course.findMany({ where: published, orderBy: { title: 'asc' }, select: { id: true, title: true, slug: true } }),
    db.learningPath.findMany({
      where: { organisationId: organisationId ?? '' },
      orderBy: { title: 'asc' },
      select: {
        id: true,
        title: true,
        courses: { where: { course: { status: 'PUBLISHED' } }, select: { courseId: true } },
      },
    }),
  ]);
  return {
    courses,
    paths: paths
      .filter((p) => p.courses.length > 0)
      .map((p) => ({ id: p.id, title: p.title, courseCount: p.courses.length })),
  };
});

/** The courses behind a course or path id; refuses unknown, unpublished and foreign ids alike. */
export async function resolveItem(tx: Tx, item: AssignableItem): Promise<ResolvedItem> {
  const organisationId = (await getHostOrganisationId()) ?? '';
  if (item.kind === 'course') {
    const course = await tx.course.findFirst({
      where: { id: item.id, organisationId, status: 'PUBLISHED' },
      select: { id: true, title: true, slug: true, translations: true },
    });
    if (!course) throw invalid('Kursen finns inte eller är inte publicerad. Inget har tilldelats.');
    return { pathId: null, pathTitle: null, pathTranslations: null, courses: [course] };
  }
  const path = await tx.learningPath.findFirst({
    where: { id: item.id, organisationId },
    select: {
      id: true,
      title: true,
      translations: true,
      courses: {
        where: { course: { status: 'PUBLISHED' } },
        orderBy: { position: 'asc' },
        select: { course: { select: { id: true, title: true, slug: true, translations: true } } },
      },
    },
  });
  if (!path || path.courses.length === 0)
    throw invalid('Lärvägen finns inte eller har inga publicerade kurser. Inget har tilldelats.');
  return {
    pathId: path.id,
    pathTitle: path.title,
    pathTranslations: path.translations,
    courses: path.courses.map((c) => c.course),
  };
}
