import 'server-only';
import { db } from '@/lib/db';
import { conflict, forbidden, notFound } from '@/lib/errors';
import { canEditContent, type Viewer } from '@/lib/auth/scope';
import { courseToDraft, planLessonChanges } from '@/lib/learning/course-draft';
import { courseDraftSchema, type CourseDraft } from '@/lib/validation/course-editor';
import { recordAudit } from './audit';
import { getHostOrganisationId } from './host';

// Course authoring. Every save is a new revision (a JSON snapshot of the draft); publishing
// applies the latest revision to the live course and lessons. Lessons are matched by slug, so
// progress stays attached; a lesson left out is marked removed (its progress is kept but no
// longer counts), and completed courses stay completed.

type Editor = Viewer & { name: string };

const CONFLICT = 'Någon annan har sparat kursen medan du arbetade. Dina ändringar är inte sparade men finns kvar i formuläret: ladda om sidan i en ny flik, jämför och för in dem igen.';

async function editableCourse(editor: Editor, courseId: string) {
  const hostId = await getHostOrganisationId();
  if (!canEditContent(editor, hostId)) throw forbidden('Bara redaktörer i organisationen som äger innehållet kan ändra kurser.');
  const course = await db.course.findFirst({ where: { id: courseId, organisationId: hostId! }, select: { id: true, slug: true, version: true, status: true, organisationId: true } });
  if (!course) throw notFound('Kursen finns inte.');
  return course;
}

export async function listCoursesForEditor() {
  const hostId = await getHostOrganisationId();
  return db.course.findMany({
    where: { organisationId: hostId ?? '' },
    orderBy: { title: 'asc' },
    select: { id: true, slug: true, title: true, status: true, version: true, updatedAt: true, revisions: { orderBy: { number: 'desc' }, take: 1, select: { number: true, published: true } } },
  });
}

/** The draft to edit: the newest revision if it is not yet published, otherwise the live course. */
export async function getCourseForEditor(editor: Editor, courseId: string) {
  const course = await editableCourse(editor, courseId);
  const [live, latest] = await Promise.all([
    db.course.findUniqueOrThrow({
      where: { id: course.id },
      select: { title: true, summary: true, description: true, audiences: true, topics: true, minutes: true, lessons: { where: { removedAt: null }, orderBy: { position: 'asc' }, select: { slug: true, kind: true, title: true, body: true, data: true } } },
    }),
    db.courseRevision.findFirst({ where: { courseId: course.id }, orderBy: { number: 'desc' }, select: { number: true, published: true, snapshot: true } }),
  ]);
  const unpublished = latest && !latest.published ? courseDraftSchema.safeParse(JSON.parse(latest.snapshot)) : null;
  const draft: CourseDraft = unpublished?.success ? unpublished.data : courseToDraft(live, live.lessons);
  return { ...course, draft, hasUnpublishedDraft: Boolean(unpublished?.success), latestRevision: latest?.number ?? 0 };
}

export async function createCourse(editor: Editor, input: { title: string; summary: string }) {
  const hostId = await getHostOrganisationId();
  if (!canEditContent(editor, hostId)) throw forbidden();
  const base = slugify(input.title);
  const taken = new Set((await db.course.findMany({ where: { organisationId: hostId!, slug: { startsWith: base } }, select: { slug: true } })).map((c) => c.slug));
  let slug = base;
  for (let i = 2; taken.has(slug); i++) slug = `${base}-${i}`;
  const draft: CourseDraft = { title: input.title, summary: input.summary, description: '', audiences: ['medarbetare'], topics: ['grunder'], minutes: 20, lessons: [{ kind: 'READING', slug: 'introduktion', title: 'Introduktion', body: 'Skriv lektionens text här.' }] };
  return db.$transaction(async (tx) => {
    const course = await tx.course.create({
      data: { organisationId: hostId!, slug, title: input.title, summary: input.summary, description: '', audiences: 'medarbetare', topics: 'grunder', minutes: 20 },
      select: { id: true },
    });
    await tx.courseRevision.create({ data: { courseId: course.id, number: 1, snapshot: JSON.stringify(draft), authorId: editor.id, note: 'Ny kurs' } });
    await recordAudit({ organisationId: hostId!, actorId: editor.id, action: 'course.created', entityType: 'Course', entityId: course.id, after: { slug, title: input.title } }, tx);
    return course;
  });
}

/** Saves a new revision if nobody else saved since `version`; otherwise refuses (nothing written). */
export async function saveCourseDraft(editor: Editor, input: { courseId: string; version: number; draft: CourseDraft; note?: string }) {
  const course = await editableCourse(editor, input.courseId);
  return db.$transaction(async (tx) => {
    const bumped = await tx.course.updateMany({ where: { id: course.id, version: input.version }, data: { version: { increment: 1 } } });
    if (bumped.count === 0) throw conflict(CONFLICT);
    const last = await tx.courseRevision.findFirst({ where: { courseId: course.id }, orderBy: { number: 'desc' }, select: { number: true } });
    const number = (last?.number ?? 0) + 1;
    await tx.courseRevision.create({ data: { courseId: course.id, number, snapshot: JSON.stringify(input.draft), authorId: editor.id, note: input.note || null } });
    return { version: input.version + 1, revision: number };
  });
}

/** Makes the newest revision live. */
export async function publishCourse(editor: Editor, input: { courseId: string; version: number }) {
  const course = await editableCourse(editor, input.courseId);
  return db.$transaction(async (tx) => {
    const bumped = await tx.course.updateMany({ where: { id: course.id, version: input.version }, data: { version: { increment: 1 } } });
    if (bumped.count === 0) throw conflict(CONFLICT);
    const revision = await tx.courseRevision.findFirst({ where: { courseId: course.id }, orderBy: { number: 'desc' }, select: { id: true, number: true, snapshot: true } });
    if (!revision) throw notFound('Kursen har ingen sparad version att publicera.');
    const draft = courseDraftSchema.parse(JSON.parse(revision.snapshot));
    const existing = await tx.lesson.findMany({ where: { courseId: course.id }, select: { id: true, slug: true } });
    const plan = planLessonChanges(existing, draft.lessons);
    for (const { id, row } of plan.update) await tx.lesson.update({ where: { id }, data: { ...row, removedAt: null } });
    if (plan.create.length) await tx.lesson.createMany({ data: plan.create.map((row) => ({ ...row, courseId: course.id })) });
    if (plan.remove.length) await tx.lesson.updateMany({ where: { id: { in: plan.remove }, removedAt: null }, data: { removedAt: new Date() } });
    await tx.course.update({
      where: { id: course.id },
      data: { title: draft.title, summary: draft.summary, description: draft.description, audiences: draft.audiences.join(','), topics: draft.topics.join(','), minutes: draft.minutes, status: 'PUBLISHED', publishedAt: new Date() },
    });
    await tx.courseRevision.update({ where: { id: revision.id }, data: { published: true } });
    await recordAudit({ organisationId: course.organisationId, actorId: editor.id, action: 'course.published', entityType: 'Course', entityId: course.id, after: { revision: revision.number, lessons: draft.lessons.length, removedLessons: plan.remove.length } }, tx);
    return { slug: course.slug, version: input.version + 1 };
  });
}

export async function listCourseRevisions(editor: Editor, courseId: string) {
  const course = await editableCourse(editor, courseId);
  const revisions = await db.courseRevision.findMany({ where: { courseId: course.id }, orderBy: { number: 'desc' }, select: { id: true, number: true, note: true, published: true, createdAt: true, authorId: true, snapshot: true } });
  const authors = await db.user.findMany({ where: { id: { in: revisions.map((r) => r.authorId).filter((a): a is string => !!a) } }, select: { id: true, name: true } });
  const names = new Map(authors.map((a) => [a.id, a.name]));
  return { course, revisions: revisions.map((r) => ({ ...r, author: r.authorId ? (names.get(r.authorId) ?? 'Okänd') : 'Importerad från content/' })) };
}

/** Restores an old revision as a new draft revision (history is never rewritten). */
export async function restoreCourseRevision(editor: Editor, input: { courseId: string; revisionId: string; version: number }) {
  const course = await editableCourse(editor, input.courseId);
  const old = await db.courseRevision.findFirst({ where: { id: input.revisionId, courseId: course.id }, select: { number: true, snapshot: true } });
  if (!old) throw notFound('Versionen finns inte för den här kursen.');
  const draft = courseDraftSchema.parse(JSON.parse(old.snapshot));
  return saveCourseDraft(editor, { courseId: course.id, version: input.version, draft, note: `Återställd från version ${old.number}` });
}

export function slugify(title: string): string {
  return (
    title
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'kurs'
  );
}
