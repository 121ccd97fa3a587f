import 'server-only';
import { db } from '@/lib/db';
import { forbidden, notFound } from '@/lib/errors';
import { canEditContent, type Viewer } from '@/lib/auth/permissions';
import { courseToDraft } from '@/lib/learning/course-draft';
import { draftWithVersions, markCurrentVersions } from '@/lib/learning/translations';
import { courseDraftSchema, type CourseDraft } from '@/lib/validation/course-editor';
import { getHostOrganisationId } from './host';

// Course authoring: the editors' reads (writes: course-editor-write.ts, publishing:
// course-publish.ts). Every save is a new revision (a JSON snapshot of the draft); publishing
// applies the latest revision to the live course and lessons.

export type Editor = Viewer & { name: string };

/** The host organisation's course, if the editor may change it; every read and write starts here. */
export async function editableCourse(editor: Editor, courseId: string) {
  const hostId = await getHostOrganisationId();
  if (!canEditContent(editor, hostId))
    throw forbidden('Bara redaktörer i organisationen som äger innehållet kan ändra kurser.');
  const course = await db.course.findFirst({
    where: { id: courseId, organisationId: hostId! },
    select: { id: true, slug: true, version: true, status: true, organisationId: true },
  });
  if (!course) throw notFound('Kursen finns inte.');
  return course;
}

export async function listCoursesForEditor() {
  const hostId = await getHostOrganisationId();
  return db.course.findMany({
    where: { organisationId: hostId ?? '' },
    orderBy: { title: 'asc' },
    select: {
      id: true,
      slug: true,
      title: true,
      status: true,
      version: true,
      updatedAt: true,
      revisions: { orderBy: { number: 'desc' }, take: 1, select: { number: true, published: true } },
    },
  });
}

/** The draft to edit: the newest revision if it is not yet published, otherwise the live course. */
export async function getCourseForEditor(editor: Editor, courseId: string) {
  const course = await editableCourse(editor, courseId);
  const [live, latest] = await Promise.all([
    db.course.findUniqueOrThrow({
      where: { id: course.id },
      select: {
        title: true,
        summary: true,
        description: true,
        audiences: true,
        topics: true,
        minutes: true,
        translations: true,
        lessons: {
          where: { removedAt: null },
          orderBy: { position: 'asc' },
          select: { slug: true, kind: true, title: true, body: true, data: true, translations: true },
        },
      },
    }),
    db.courseRevision.findFirst({
      where: { courseId: course.id },
      orderBy: { number: 'desc' },
      select: { number: true, published: true, snapshot: true },
    }),
  ]);
  const unpublished = latest && !latest.published ? courseDraftSchema.safeParse(JSON.parse(latest.snapshot)) : null;
  const saved: CourseDraft = unpublished?.success ? unpublished.data : courseToDraft(live, live.lessons);
  // Each lesson's English version says whether it was written from the Swedish lesson as it is now.
  const draft = markCurrentVersions(draftWithVersions(saved, live));
  return { ...course, draft, hasUnpublishedDraft: Boolean(unpublished?.success), latestRevision: latest?.number ?? 0 };
}

export async function listCourseRevisions(editor: Editor, courseId: string) {
  const course = await editableCourse(editor, courseId);
  const revisions = await db.courseRevision.findMany({
    where: { courseId: course.id },
    orderBy: { number: 'desc' },
    select: { id: true, number: true, note: true, published: true, createdAt: true, authorId: true, snapshot: true },
  });
  const authors = await db.user.findMany({
    where: { id: { in: revisions.map((r) => r.authorId).filter((a): a is string => !!a) } },
    select: { id: true, name: true },
  });
  const names = new Map(authors.map((a) => [a.id, a.name]));
  return {
    course,
    revisions: revisions.map((r) => ({
      ...r,
      // Named on the page in the reader's language: the portal's seed content, or an author since removed.
      seeded: !r.authorId,
      authorName: r.authorId ? (names.get(r.authorId) ?? null) : null,
    })),
  };
}
