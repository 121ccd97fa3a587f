import 'server-only';
import { db } from '@/lib/db';
import { conflict, forbidden, notFound } from '@/lib/errors';
import { canEditContent } from '@/lib/auth/permissions';
import { stampVersions } from '@/lib/learning/translations';
import { courseDraftSchema, type CourseDraft } from '@/lib/validation/course-editor';
import { recordAudit } from './audit';
import { editableCourse, type Editor } from './course-editor';
import { getHostOrganisationId } from './host';

// Course authoring: creating a course and saving drafts. Every save is a new revision (a JSON
// snapshot of the draft); nothing reaches learners until it is published (course-publish.ts).

export const CONFLICT =
  'Någon annan har sparat kursen medan du arbetade. Dina ändringar är inte sparade men finns kvar i formuläret: ladda om sidan i en ny flik, jämför och för in dem igen.';

// The notes the portal writes itself, stored in Swedish like the editors' own; the history page
// reads them back (restoredFrom) to show them in the reader's language.
export const NEW_COURSE_NOTE = 'Ny kurs';
const RESTORED_NOTE = 'Återställd från version ';
const restoredNote = (number: number) => `${RESTORED_NOTE}${number}`;

/** The version a restore note names, or undefined for any other note. */
export function restoredFrom(note: string): number | undefined {
  const number = note.startsWith(RESTORED_NOTE) ? note.slice(RESTORED_NOTE.length) : '';
  return /^\d+$/.test(number) ? Number(number) : undefined;
}

export async function createCourse(editor: Editor, input: { title: string; summary: string }) {
  const hostId = await getHostOrganisationId();
  if (!canEditContent(editor, hostId)) throw forbidden();
  const base = slugify(input.title);
  const taken = new Set(
    (
      await db.course.findMany({
        where: { organisationId: hostId!, slug: { startsWith: base } },
        select: { slug: true },
      })
    ).map((c) => c.slug),
  );
  let slug = base;
  for (let i = 2; taken.has(slug); i++) slug = `${base}-${i}`;
  const draft: CourseDraft = {
    title: input.title,
    summary: input.summary,
    description: '',
    audiences: ['medarbetare'],
    topics: ['grunder'],
    minutes: 20,
    lessons: [{ kind: 'READING', slug: 'introduktion', title: 'Introduktion', body: 'Skriv lektionens text här.' }],
  };
  return db.$transaction(async (tx) => {
    const course = await tx.course.create({
      data: {
        organisationId: hostId!,
        slug,
        title: input.title,
        summary: input.summary,
        description: '',
        audiences: 'medarbetare',
        topics: 'grunder',
        minutes: 20,
      },
      select: { id: true },
    });
    await tx.courseRevision.create({
      data: {
        courseId: course.id,
        number: 1,
        snapshot: JSON.stringify(draft),
        authorId: editor.id,
        note: NEW_COURSE_NOTE,
      },
    });
    await recordAudit(
      {
        organisationId: hostId!,
        actorId: editor.id,
        action: 'course.created',
        entityType: 'Course',
        entityId: course.id,
        after: { slug, title: input.title },
      },
      tx,
    );
    return course;
  });
}

/** Saves a new revision if nobody else saved since `version`; otherwise refuses (nothing written). */
export async function saveCourseDraft(
  editor: Editor,
  input: { courseId: string; version: number; draft: CourseDraft; note?: string },
) {
  const course = await editableCourse(editor, input.courseId);
  return db.$transaction(async (tx) => {
    const bumped = await tx.course.updateMany({
      where: { id: course.id, version: input.version },
      data: { version: { increment: 1 } },
    });
    if (bumped.count === 0) throw conflict(CONFLICT, 'STALE_VERSION');
    const last = await tx.courseRevision.findFirst({
      where: { courseId: course.id },
      orderBy: { number: 'desc' },
      select: { number: true },
    });
    const number = (last?.number ?? 0) + 1;
    await tx.courseRevision.create({
      data: {
        courseId: course.id,
        number,
        snapshot: JSON.stringify(stampVersions(input.draft)),
        authorId: editor.id,
        note: input.note || null,
      },
    });
    return { version: input.version + 1, revision: number };
  });
}

/** Restores an old revision as a new draft revision (history is never rewritten). */
export async function restoreCourseRevision(
  editor: Editor,
  input: { courseId: string; revisionId: string; version: number },
) {
  const course = await editableCourse(editor, input.courseId);
  const old = await db.courseRevision.findFirst({
    where: { id: input.revisionId, courseId: course.id },
    select: { number: true, snapshot: true },
  });
  if (!old) throw notFound('Versionen finns inte för den här kursen.');
  const draft = courseDraftSchema.parse(JSON.parse(old.snapshot));
  return saveCourseDraft(editor, {
    courseId: course.id,
    version: input.version,
    draft,
    note: restoredNote(old.number),
  });
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
