import 'server-only';
import { newCertificateNo } from '@/lib/certificates/code';
import { groupBy } from '@/lib/collections';
import { db } from '@/lib/db';
import { canManageSession, type Viewer } from '@/lib/auth/permissions';
import { conflict, forbidden, invalid, notFound } from '@/lib/errors';
import { coveredLessons } from '@/lib/sessions/session';
import type { AttendanceInput } from '@/lib/validation/group-sessions';
import { recordAudit } from './audit';
import { invitedWhere } from './group-sessions';
import { completePaths, takeBackPaths } from './path-completion';
import { changingStatistics } from './stats-cache';
import { isUniqueViolation, TX_OPTIONS, type Tx } from './tx';

// Attendance at a group session counts as learning: for each person present, the lessons the
// session covered are completed (source: the session), and the course too once every lesson is
// done, and a learning path when that course was its last. A correction afterwards takes back only
// what this session gave (a path it finished included); what a person did on their own stays. Every recording is in the audit log, and the statistics follow.

async function loadSession(tx: Tx, viewer: Viewer, id: string) {
  const session = await tx.groupSession.findFirst({
    where: { id, organisationId: viewer.organisationId, cancelledAt: null },
    select: {
      id: true,
      organisationId: true,
      startsAt: true,
      lessonIds: true,
      notes: true,
      attendanceAt: true,
      courseId: true,
      course: { select: { lessons: { where: { removedAt: null }, select: { id: true } } } },
      units: { select: { unit: { select: { path: true, organisationId: true } } } },
      attendance: { select: { userId: true } },
    },
  });
  if (!session) throw notFound('Träffen finns inte.');
  const units = session.units.map((u) => u.unit);
  if (!canManageSession(viewer, { organisationId: session.organisationId, units }))
    throw forbidden('Träffen gäller enheter som inte är dina. Inget har sparats.');
  return { ...session, units };
}

type Loaded = Awaited<ReturnType<typeof loadSession>>;

async function giveLessons(tx: Tx, session: Loaded, userIds: readonly string[]) {
  const lessons = coveredLessons(session, session.course?.lessons ?? []);
  if (!session.courseId || userIds.length === 0 || lessons.length === 0) return;
  const done = await tx.lessonProgress.findMany({
    where: { userId: { in: [...userIds] }, lessonId: { in: lessons.map((l) => l.id) } },
    select: { userId: true, lessonId: true },
  });
  const have = new Set(done.map((d) => `${d.userId}|${d.lessonId}`));
  const rows = userIds.flatMap((userId) =>
    lessons
      .filter((l) => !have.has(`${userId}|${l.id}`))
      .map((l) => ({
        userId,
        lessonId: l.id,
        organisationId: session.organisationId,
        sessionId: session.id,
        // Learned at the meeting, whenever the attendance is written down.
        completedAt: session.startsAt,
      })),
  );
  if (rows.length) await tx.lessonProgress.createMany({ data: rows });
  await completeCourses(tx, session, userIds);
}

/** A course is complete for those who now have every current lesson of it done. */
async function completeCourses(tx: Tx, session: Loaded, userIds: readonly string[]) {
  const all = session.course?.lessons.map((l) => l.id) ?? [];
  const [progress, completed] = await Promise.all([
    tx.lessonProgress.groupBy({
      by: ['userId'],
      where: { userId: { in: [...userIds] }, lessonId: { in: all } },
      _count: { _all: true },
    }),
    tx.courseCompletion.findMany({
      where: { userId: { in: [...userIds] }, courseId: session.courseId! },
      select: { userId: true },
    }),
  ]);
  const already = new Set(completed.map((c) => c.userId));
  const complete = progress.filter((p) => p._count._all >= all.length && !already.has(p.userId));
  if (complete.length === 0) return;
  await tx.courseCompletion.createMany({
    data: complete.map((p) => ({
      userId: p.userId,
      courseId: session.courseId!,
      organisationId: session.organisationId,
      sessionId: session.id,
      completedAt: session.startsAt,
      certificateNo: newCertificateNo(),
    })),
  });
  await completePaths(tx, {
    organisationId: session.organisationId,
    userIds: complete.map((p) => p.userId),
    courseId: session.courseId!,
    completedAt: session.startsAt,
  });
}

async function takeBack(tx: Tx, session: Loaded, userIds: readonly string[]) {
  if (userIds.length === 0) return;
  await tx.lessonProgress.deleteMany({ where: { sessionId: session.id, userId: { in: [...userIds] } } });
  const given = { sessionId: session.id, userId: { in: [...userIds] } };
  const completed = await tx.courseCompletion.findMany({ where: given, select: { userId: true, courseId: true } });
  await tx.courseCompletion.deleteMany({ where: given });
  for (const [courseId, rows] of groupBy(completed, (c) => c.courseId))
    await takeBackPaths(tx, { userIds: rows.map((r) => r.userId), courseId });
}

/** Records who took part (the whole list each time) and the group's notes. */
export async function recordAttendance(viewer: Viewer, input: AttendanceInput, now = new Date()) {
  const write = db.$transaction(async (tx) => {
    const session = await loadSession(tx, viewer, input.sessionId);
    if (session.startsAt.getTime() > now.getTime())
      throw invalid('Träffen har inte börjat än. Närvaron fyller du i när ni har setts. Inget har sparats.');
    const present = [...new Set(input.present)];
    // The form lists the invited as they are today; someone recorded earlier who has since left
    // or moved is not on it, and keeps what the session gave them.
    const listed = new Set(
      (await tx.user.findMany({ where: invitedWhere(session), select: { id: true } })).map((u) => u.id),
    );
    if (present.some((id) => !listed.has(id)))
      throw forbidden('En markerad person hör inte till träffens enheter. Inget har sparats.');
    const before = new Set(session.attendance.map((a) => a.userId));
    const added = present.filter((id) => !before.has(id));
    const removed = [...before].filter((id) => listed.has(id) && !present.includes(id));
    await takeBack(tx, session, removed);
    if (removed.length)
      await tx.sessionAttendance.deleteMany({ where: { sessionId: session.id, userId: { in: removed } } });
    if (added.length)
      await tx.sessionAttendance.createMany({
        data: added.map((userId) => ({ sessionId: session.id, userId, organisationId: session.organisationId })),
      });
    await giveLessons(tx, session, added);
    await tx.groupSession.update({
      where: { id: session.id },
      data: { notes: input.notes || null, attendanceAt: now },
    });
    await recordAudit(
      {
        organisationId: session.organisationId,
        actorId: viewer.id,
        action: session.attendanceAt ? 'session.attendance-corrected' : 'session.attendance',
        entityType: 'GroupSession',
        entityId: session.id,
        before: { present: before.size },
        after: { present: present.length, added, removed, notesChanged: (session.notes ?? '') !== input.notes },
      },
      tx,
    );
    return { present: present.length, added: added.length, removed: removed.length };
  }, TX_OPTIONS);
  try {
    return await changingStatistics(viewer.organisationId, write);
  } catch (error) {
    // Two saves of the same session at once: the unique indexes stopped the second one whole.
    if (isUniqueViolation(error)) throw conflict('Någon sparade närvaron samtidigt. Ladda om sidan och försök igen.');
    throw error;
  }
}
