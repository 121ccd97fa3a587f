// Loads content/paths and content/courses into the database as published courses and paths of
// the host organisation. Only courses and paths that do not exist yet are created.
import type { Db } from '../../lib/db-factory';
import { loadCourses, loadPaths } from '../../lib/content/loader';
import { keyToAudience } from '../../lib/audiences';
import { courseToDraft } from '../../lib/learning/course-draft';
import { courseSource, lessonSource, pathSource } from '../../lib/learning/translations';

type LoadedCourse = ReturnType<typeof loadCourses>[number];
type LoadedPath = ReturnType<typeof loadPaths>[number];

/** Versions stamped as written from the Swedish texts whose fingerprint is `source`. */
const stamped = (versions: Record<string, object>, source: string) =>
  JSON.stringify(Object.fromEntries(Object.entries(versions).map(([locale, v]) => [locale, { source, ...v }])));

/** A course's own versions (name, summary, description), written from its Swedish file. */
const courseVersions = (course: LoadedCourse) =>
  stamped(
    course.translations,
    courseSource({ title: course.data.title, summary: course.data.summary, description: course.body }),
  );

/** A path's versions (name, summary, introduction), written from its Swedish file. */
const pathVersions = (path: LoadedPath) =>
  stamped(path.translations, pathSource({ title: path.data.title, summary: path.data.summary, intro: path.body }));

/**
 * The lesson as stored, with its versions in other languages, each stamped with the fingerprint
 * of this Swedish lesson: a version is shown only while the Swedish lesson is the one it was
 * translated from (lib/learning/translations.ts).
 */
function lessonRow(lesson: LoadedCourse['lessons'][number]) {
  const { kind, title, ...rest } = lesson.data;
  const row = {
    slug: lesson.slug,
    position: lesson.position,
    kind: kind.toUpperCase() as 'READING' | 'VIDEO' | 'REFLECTION' | 'QUIZ',
    title,
    body: lesson.body,
    data: JSON.stringify(rest),
  };
  const source = lessonSource(row);
  const versions = Object.fromEntries(
    Object.entries(lesson.translations).map(([locale, version]) => [locale, { ...version, source }]),
  );
  return { ...row, translations: JSON.stringify(versions) };
}

/**
 * Versions in other languages written in content/ after a course was first seeded, or corrected
 * since: written to each lesson that is still the Swedish lesson of content/ (by slug and
 * fingerprint). A course's own texts get their version where they have none yet. A course an
 * editor has saved in the portal is left as it is: its versions are edited there now.
 */
async function addTranslations(db: Db, courseId: string, course: LoadedCourse) {
  if (await db.courseRevision.count({ where: { courseId, authorId: { not: null } } })) return;
  // Only while the course's Swedish texts are still its file's, which the versions were written from.
  const { title, summary } = course.data;
  // Also over the same versions written before they carried a fingerprint.
  await db.course.updateMany({
    where: {
      id: courseId,
      translations: { in: ['{}', JSON.stringify(course.translations)] },
      title,
      summary,
      description: course.body,
    },
    data: { translations: courseVersions(course) },
  });
  const stored = await db.lesson.findMany({
    where: { courseId },
    select: { id: true, slug: true, kind: true, title: true, body: true, data: true, translations: true },
  });
  for (const lesson of course.lessons.map(lessonRow)) {
    const row = stored.find((l) => l.slug === lesson.slug);
    if (!row || lessonSource(row) !== lessonSource(lesson) || row.translations === lesson.translations) continue;
    await db.lesson.update({ where: { id: row.id }, data: { translations: lesson.translations } });
  }
}

export async function seedLearning(db: Db, organisationId: string) {
  let created = 0;
  const courseIds = new Map<string, string>();
  for (const course of loadCourses()) {
    const existing = await db.course.findUnique({
      where: { organisationId_slug: { organisationId, slug: course.slug } },
      select: { id: true },
    });
    if (existing) {
      courseIds.set(course.slug, existing.id);
      await addTranslations(db, existing.id, course);
      continue;
    }
    const lessons = course.lessons.map(lessonRow);
    const row = await db.course.create({
      data: {
        organisationId,
        slug: course.slug,
        status: 'PUBLISHED',
        publishedAt: new Date(),
        title: course.data.title,
        summary: course.data.summary,
        description: course.body,
        audiences: course.data.audiences.join(','),
        topics: course.data.topics.join(','),
        minutes: course.data.minutes,
        translations: courseVersions(course),
        lessons: { create: lessons },
      },
      select: { id: true, title: true, summary: true, description: true, audiences: true, topics: true, minutes: true },
    });
    await db.courseRevision.create({
      data: {
        courseId: row.id,
        number: 1,
        published: true,
        note: 'Från content/',
        snapshot: JSON.stringify(courseToDraft(row, lessons)),
      },
    });
    courseIds.set(course.slug, row.id);
    created += 1;
  }
  for (const path of loadPaths()) {
    const audience = keyToAudience[path.data.audience];
    const existing = await db.learningPath.findUnique({
      where: { organisationId_audience: { organisationId, audience } },
      select: { id: true },
    });
    if (existing) {
      // A path an editor has saved in the portal (version above 1) keeps what it has.
      const { title, summary } = path.data;
      await db.learningPath.updateMany({
        where: {
          id: existing.id,
          translations: { in: ['{}', JSON.stringify(path.translations)] },
          version: 1,
          title,
          summary,
          intro: path.body,
        },
        data: { translations: pathVersions(path) },
      });
      continue;
    }
    await db.learningPath.create({
      data: {
        organisationId,
        audience,
        title: path.data.title,
        summary: path.data.summary,
        intro: path.body,
        translations: pathVersions(path),
        courses: { create: path.data.courses.map((slug, i) => ({ courseId: courseIds.get(slug)!, position: i + 1 })) },
      },
    });
  }
  return { created };
}
