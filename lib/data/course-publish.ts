import 'server-only';
import { db } from '@/lib/db';
import { conflict, notFound } from '@/lib/errors';
import { planLessonChanges } from '@/lib/learning/course-draft';
import { courseVersionsToStore } from '@/lib/learning/translations';
import { courseDraftSchema } from '@/lib/validation/course-editor';
import { recordAudit } from './audit';
import { editableCourse, type Editor } from './course-editor';
import { CONFLICT } from './course-editor-write';

// Publishing applies the latest revision to the live course and lessons. Lessons are matched by
// slug, so progress stays attached; a lesson left out is marked removed (its progress is kept but
// no longer counts), and completed courses stay completed.

/** Makes the newest revision live. */
export async function publishCourse(editor: Editor, input: { courseId: string; version: number }) {
  const course = await editableCourse(editor, input.courseId);
  return db.$transaction(async (tx) => {
    const bumped = await tx.course.updateMany({
      where: { id: course.id, version: input.version },
      data: { version: { increment: 1 } },
    });
    if (bumped.count === 0) throw conflict(CONFLICT, 'STALE_VERSION');
    const revision = await tx.courseRevision.findFirst({
      where: { courseId: course.id },
      orderBy: { number: 'desc' },
      select: { id: true, number: true, snapshot: true },
    });
    if (!revision) throw notFound('Kursen har ingen sparad version att publicera.');
    const draft = courseDraftSchema.parse(JSON.parse(revision.snapshot));
    const existing = await tx.lesson.findMany({ where: { courseId: course.id }, select: { id: true, slug: true } });
    const plan = planLessonChanges(existing, draft.lessons);
    // A lesson's versions in other languages go with it; a draft without any leaves them as they are.
    const versions = new Map(draft.lessons.map((l) => [l.slug, l.translations]));
    const withVersions = <R extends { slug: string }>(row: R) => {
      const found = versions.get(row.slug);
      return found === undefined ? row : { ...row, translations: JSON.stringify(found) };
    };
    for (const { id, row } of plan.update)
      await tx.lesson.update({ where: { id }, data: { ...withVersions(row), removedAt: null } });
    if (plan.create.length)
      await tx.lesson.createMany({ data: plan.create.map((row) => ({ ...withVersions(row), courseId: course.id })) });
    if (plan.remove.length)
      await tx.lesson.updateMany({
        where: { id: { in: plan.remove }, removedAt: null },
        data: { removedAt: new Date() },
      });
    // The course's own versions, marked outdated where its Swedish texts changed under them.
    const live = await tx.course.findUniqueOrThrow({ where: { id: course.id }, select: { translations: true } });
    await tx.course.update({
      where: { id: course.id },
      data: {
        title: draft.title,
        summary: draft.summary,
        description: draft.description,
        audiences: draft.audiences.join(','),
        topics: draft.topics.join(','),
        minutes: draft.minutes,
        translations: courseVersionsToStore(draft, live.translations),
        status: 'PUBLISHED',
        publishedAt: new Date(),
      },
    });
    await tx.courseRevision.update({ where: { id: revision.id }, data: { published: true } });
    await recordAudit(
      {
        organisationId: course.organisationId,
        actorId: editor.id,
        action: 'course.published',
        entityType: 'Course',
        entityId: course.id,
        after: { revision: revision.number, lessons: draft.lessons.length, removedLessons: plan.remove.length },
      },
      tx,
    );
    return { slug: course.slug, version: input.version + 1 };
  });
}
