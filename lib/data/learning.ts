import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import type { Audience } from '@/lib/audiences';
import { defaultLocale, type Locale } from '@/lib/i18n/config';
import { localizeCourse, localizeLesson, localizePath } from '@/lib/learning/translations';
import { getHostOrganisationId } from './host';

// Read side of the published learning content (owned by the host organisation).

const courseCardSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  minutes: true,
  translations: true,
  lessons: {
    where: { removedAt: null },
    select: { id: true, slug: true, position: true },
    orderBy: { position: 'asc' },
  },
} as const;

type StoredCourseCard = {
  id: string;
  slug: string;
  title: string;
  summary: string;
  minutes: number;
  /** The texts in other languages (lib/learning/translations.ts). */
  translations: string;
  lessons: { id: string; slug: string; position: number }[];
};

type StoredPath = {
  id: string;
  audience: Audience;
  title: string;
  summary: string;
  intro: string;
  translations: string;
  courses: StoredCourseCard[];
};

/** A course as a reader sees it in a list, in their language where it has a version in it (`lang`). */
export type CourseCard = Omit<StoredCourseCard, 'translations'> & { lang: Locale };
export type PathWithCourses = Omit<StoredPath, 'translations' | 'courses'> & { lang: Locale; courses: CourseCard[] };

/** The paths as stored, in Swedish with their translations (the path editor's list). */
export const listPaths = cache(async (): Promise<StoredPath[]> => {
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
      translations: true,
      courses: {
        where: { course: { status: 'PUBLISHED' } },
        orderBy: { position: 'asc' },
        select: { course: { select: courseCardSelect } },
      },
    },
  });
  return paths.map((p) => ({ ...p, courses: p.courses.map((c) => c.course) }));
});

/** The paths in the reader's language, where they and their courses have a version in it. */
export async function listPathsIn(locale: Locale): Promise<PathWithCourses[]> {
  return (await listPaths()).map((path) => ({
    ...localizePath(path, locale),
    courses: path.courses.map((course) => localizeCourse(course, locale)),
  }));
}

export async function getPath(audience: Audience, locale: Locale): Promise<PathWithCourses | null> {
  return (await listPathsIn(locale)).find((p) => p.audience === audience) ?? null;
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

type StoredLesson = LessonRow & { translations: string };
type StoredCourse = Omit<StoredCourseCard, 'lessons'> & { description: string; lessons: StoredLesson[] };

/** A course with its lessons as a reader sees them; each says which language it is in (`lang`). */
export type LocalizedLesson = LessonRow & { lang: Locale };
export type CourseDetail = Omit<CourseCard, 'lessons'> & { description: string; lessons: LocalizedLesson[] };

/** A published course as stored: Swedish, with its translations. */
export const getPublishedCourse = cache(async (slug: string): Promise<StoredCourse | null> => {
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
      translations: true,
      lessons: {
        where: { removedAt: null },
        orderBy: { position: 'asc' },
        select: {
          id: true,
          slug: true,
          position: true,
          kind: true,
          title: true,
          body: true,
          data: true,
          translations: true,
        },
      },
    },
  });
});

/** A published course in the reader's language, where it and each lesson have a version that fits. */
export async function getCourseIn(slug: string, locale: Locale): Promise<CourseDetail | null> {
  const course = await getPublishedCourse(slug);
  if (!course) return null;
  return { ...localizeCourse(course, locale), lessons: course.lessons.map((lesson) => localizeLesson(lesson, locale)) };
}

/** Courses' titles in the reader's language where they have one, by id, each with its language. */
export async function courseTitlesIn(
  ids: readonly string[],
  locale: Locale,
): Promise<Map<string, { title: string; lang: Locale }>> {
  if (ids.length === 0) return new Map();
  const rows = await db.course.findMany({
    where: { id: { in: [...new Set(ids)] } },
    select: { id: true, title: true, summary: true, translations: true },
  });
  return new Map(
    rows.map((row) => {
      const { title, lang } = localizeCourse(row, locale);
      return [row.id, { title, lang }];
    }),
  );
}

/** Lessons' titles in the reader's language where the lesson has a version in it that is still current, by id. */
export async function lessonTitlesIn(
  ids: readonly string[],
  locale: Locale,
): Promise<Map<string, { title: string; lang: Locale }>> {
  if (ids.length === 0 || locale === defaultLocale) return new Map();
  const rows = await db.lesson.findMany({
    where: { id: { in: [...new Set(ids)] } },
    select: { id: true, kind: true, title: true, body: true, data: true, translations: true },
  });
  return new Map(
    rows.map((row) => {
      const { title, lang } = localizeLesson(row, locale);
      return [row.id, { title, lang }];
    }),
  );
}

/** The given courses' titles and all learning paths' titles in one map, by id (ids are unique across both). */
export async function itemTitlesIn(
  courseIds: readonly string[],
  locale: Locale,
): Promise<Map<string, { title: string; lang: Locale }>> {
  const [courses, paths] = await Promise.all([courseTitlesIn(courseIds, locale), pathTitlesIn(locale)]);
  return new Map([...courses, ...paths]);
}

/** The learning paths' titles in the reader's language where they have one, by id. */
export async function pathTitlesIn(locale: Locale): Promise<Map<string, { title: string; lang: Locale }>> {
  return new Map((await listPathsIn(locale)).map((p) => [p.id, { title: p.title, lang: p.lang }]));
}
