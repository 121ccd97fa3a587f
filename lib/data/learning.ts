import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import type { Audience } from '@/lib/audiences';
import { getHostOrganisationId } from './host';

// Read side of the published learning content (owned by the host organisation).

const courseCardSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  minutes: true,
  lessons: {
    where: { removedAt: null },
    select: { id: true, slug: true, position: true },
    orderBy: { position: 'asc' },
  },
} as const;

export type CourseCard = {
  id: string;
  slug: string;
  title: string;
  summary: string;
  minutes: number;
  lessons: { id: string; slug: string; position: number }[];
};

export type PathWithCourses = {
  id: string;
  audience: Audience;
  title: string;
  summary: string;
  intro: string;
  courses: CourseCard[];
};

export const listPaths = cache(async (): Promise<PathWithCourses[]> => {
  const organisationId = await getHostOrganisationId();
  if (!organisationId) return [];
  const paths = await db.learningPath.findMany({
    where: { organisationId },
    select: {
      id: true,
      audience: true,
      title: true,
      summary: true,
      intro: true,
      courses: {
        where: { course: { status: 'PUBLISHED' } },
        orderBy: { position: 'asc' },
        select: { course: { select: courseCardSelect } },
      },
    },
  });
  return paths.map((p) => ({ ...p, courses: p.courses.map((c) => c.course) }));
});

export async function getPath(audience: Audience): Promise<PathWithCourses | null> {
  return (await listPaths()).find((p) => p.audience === audience) ?? null;
}

export type LessonRow = {
  id: string;
  slug: string;
  position: number;
  kind: 'READING' | 'VIDEO' | 'REFLECTION' | 'QUIZ';
  title: string;
  body: string;
  data: string;
};

export type CourseDetail = Omit<CourseCard, 'lessons'> & { description: string; lessons: LessonRow[] };

export const getPublishedCourse = cache(async (slug: string): Promise<CourseDetail | null> => {
  const organisationId = await getHostOrganisationId();
  if (!organisationId) return null;
  return db.course.findFirst({
    where: { organisationId, slug, status: 'PUBLISHED' },
    select: {
      id: true,
      slug: true,
      title: true,
      summary: true,
      description: true,
      minutes: true,
      lessons: {
        where: { removedAt: null },
        orderBy: { position: 'asc' },
        select: { id: true, slug: true, position: true, kind: true, title: true, body: true, data: true },
      },
    },
  });
});
