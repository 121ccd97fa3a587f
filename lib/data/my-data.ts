import 'server-only';
import { db } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { defaultLocale, type Locale } from '@/lib/i18n/config';
import { localizeCourse } from '@/lib/learning/translations';
import { recordAudit } from './audit';

/** The person's certificate for a course, with the course's title in `locale` where it has one. */
export async function getMyCompletion(userId: string, courseId: string, locale: Locale = defaultLocale) {
  const completion = await db.courseCompletion.findUnique({
    where: { userId_courseId: { userId, courseId } },
    select: {
      completedAt: true,
      certificateNo: true,
      revokedAt: true,
      course: { select: { title: true, summary: true, translations: true } },
    },
  });
  if (!completion) throw notFound('Du har inget intyg för den kursen ännu.');
  if (completion.revokedAt) throw notFound('Intyget är återkallat och kan inte hämtas.');
  return {
    completedAt: completion.completedAt,
    certificateNo: completion.certificateNo,
    ...titleOf(completion.course, locale),
  };
}

function titleOf(course: { title: string; summary: string; translations: string }, locale: Locale) {
  const { title, lang } = localizeCourse(course, locale);
  return { courseTitle: title, titleLang: lang };
}

const GONE_LESSON = { course: 'Kursen finns inte längre', lesson: 'Lektionen finns inte längre' };

/**
 * The course and lesson title of each lesson id. Quiz attempts and reflections keep only the id
 * (no relation, so they outlive a lesson), and a person reads titles, not ids.
 */
async function lessonTitles(ids: string[]) {
  const rows = ids.length
    ? await db.lesson.findMany({
        where: { id: { in: [...new Set(ids)] } },
        select: { id: true, title: true, course: { select: { title: true } } },
      })
    : [];
  const titles = new Map(rows.map((l) => [l.id, { course: l.course.title, lesson: l.title }]));
  return (id: string) => titles.get(id) ?? GONE_LESSON;
}

/** All personal data about one person, for their own export. */
export async function exportMyData(userId: string) {
  const [person, progress, quizAttempts, reflections, completions, assignments, deletionRequests] = await Promise.all([
    db.user.findUniqueOrThrow({
      where: { id: userId },
      select: {
        name: true,
        email: true,
        role: true,
        audience: true,
        gender: true,
        active: true,
        joinedAt: true,
        createdAt: true,
        organisation: { select: { name: true } },
        unit: { select: { name: true } },
        managedUnits: { select: { unit: { select: { name: true } } } },
      },
    }),
    db.lessonProgress.findMany({
      where: { userId },
      select: { completedAt: true, lesson: { select: { title: true, course: { select: { title: true } } } } },
    }),
    db.quizAttempt.findMany({
      where: { userId },
      select: { createdAt: true, correct: true, total: true, passed: true, lessonId: true },
      orderBy: { createdAt: 'asc' },
    }),
    db.reflection.findMany({ where: { userId }, select: { lessonId: true, text: true, updatedAt: true } }),
    db.courseCompletion.findMany({
      where: { userId },
      select: { completedAt: true, certificateNo: true, revokedAt: true, course: { select: { title: true } } },
    }),
    db.assignment.findMany({
      where: { userId },
      select: { createdAt: true, dueAt: true, source: true, message: true, course: { select: { title: true } } },
    }),
    db.deletionRequest.findMany({
      where: { userId },
      select: { createdAt: true, reason: true, handledAt: true, outcome: true, answer: true },
      orderBy: { createdAt: 'asc' },
    }),
  ]);
  const [paths, lessons] = await Promise.all([
    db.pathCompletion.findMany({
      where: { userId },
      select: { completedAt: true, certificateNo: true, revokedAt: true, path: { select: { title: true } } },
    }),
    lessonTitles([...quizAttempts, ...reflections].map((r) => r.lessonId)),
  ]);
  return {
    exportedAt: new Date().toISOString(),
    person: { ...person, managedUnits: person.managedUnits.map((m) => m.unit.name) },
    lessonProgress: progress.map((p) => ({
      course: p.lesson.course.title,
      lesson: p.lesson.title,
      completedAt: p.completedAt,
    })),
    quizAttempts: quizAttempts.map(({ lessonId, ...attempt }) => ({ ...lessons(lessonId), ...attempt })),
    reflections: reflections.map(({ lessonId, ...reflection }) => ({ ...lessons(lessonId), ...reflection })),
    courseCompletions: completions.map((c) => ({
      course: c.course.title,
      completedAt: c.completedAt,
      certificateNo: c.certificateNo,
      revokedAt: c.revokedAt,
    })),
    pathCompletions: paths.map((p) => ({
      path: p.path.title,
      completedAt: p.completedAt,
      certificateNo: p.certificateNo,
      revokedAt: p.revokedAt,
    })),
    assignments: assignments.map((a) => ({
      course: a.course.title,
      createdAt: a.createdAt,
      dueAt: a.dueAt,
      source: a.source,
      message: a.message,
    })),
    deletionRequests,
  };
}

export async function pendingDeletionRequest(userId: string) {
  return db.deletionRequest.findFirst({ where: { userId, handledAt: null }, select: { createdAt: true } });
}

/** The person's most recently handled request, with the outcome and the administrator's answer. */
export async function latestDeletionAnswer(userId: string) {
  return db.deletionRequest.findFirst({
    where: { userId, handledAt: { not: null }, outcome: { not: null } },
    orderBy: { handledAt: 'desc' },
    select: { createdAt: true, handledAt: true, outcome: true, answer: true },
  });
}

/** Asks the organisation's administrators to delete the person's data; one open request at a time. */
export async function requestDeletion(person: { id: string; organisationId: string }, reason: string | undefined) {
  return db.$transaction(async (tx) => {
    const open = await tx.deletionRequest.findFirst({
      where: { userId: person.id, handledAt: null },
      select: { id: true },
    });
    if (open) return { created: false };
    const request = await tx.deletionRequest.create({
      data: { userId: person.id, organisationId: person.organisationId, reason: reason || null },
      select: { id: true },
    });
    await recordAudit(
      {
        organisationId: person.organisationId,
        actorId: person.id,
        action: 'deletion.requested',
        entityType: 'DeletionRequest',
        entityId: request.id,
      },
      tx,
    );
    return { created: true };
  });
}
