import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import {
  canManageSession,
  canPlanSessionFor,
  canPlanSessions,
  sessionScopeWhere,
  type Viewer,
} from '@/lib/auth/permissions';
import { stockholmInstant } from '@/lib/dates';
import { forbidden, invalid, notFound } from '@/lib/errors';
import { sessionChangedMail, sessionInvitationMail } from '@/lib/mail/session-mail';
import { parseList } from '@/lib/collections';
import { coveredLessons, DIGITAL_PLACE } from '@/lib/sessions/session';
import type { RescheduleInput, SessionInput } from '@/lib/validation/group-sessions';
import { recordAudit } from './audit';
import { getHostOrganisationId } from './host';
import { queueSessionMails } from './session-mails';
import { TX_OPTIONS, type Tx } from './tx';

// Group sessions (gruppträffar): planned for units, covering a course (all or some lessons) and/or
// guidance pages. The invited are the active people of the units and the units below them.

const sessionSelect = {
  id: true,
  organisationId: true,
  kind: true,
  startsAt: true,
  minutes: true,
  place: true,
  lessonIds: true,
  guideSlugs: true,
  exampleIds: true,
  notes: true,
  sequence: true,
  attendanceAt: true,
  cancelledAt: true,
  createdAt: true,
  course: {
    select: {
      id: true,
      slug: true,
      title: true,
      translations: true,
      lessons: {
        where: { removedAt: null },
        orderBy: { position: 'asc' },
        select: { id: true, title: true, position: true },
      },
    },
  },
  units: { select: { unit: { select: { id: true, name: true, path: true, organisationId: true } } } },
  _count: { select: { attendance: true } },
} as const;

type Row = NonNullable<Awaited<ReturnType<typeof findRow>>>;
export const findRow = (tx: Tx, where: object) => tx.groupSession.findFirst({ where, select: sessionSelect });

export function shape(row: Row, now = new Date()) {
  const { units, _count, ...rest } = row;
  return {
    ...rest,
    started: row.startsAt.getTime() <= now.getTime(),
    units: units.map((u) => u.unit).sort((a, b) => a.name.localeCompare(b.name, 'sv')),
    chosenLessonIds: parseList(row.lessonIds),
    coveredLessons: coveredLessons(row, row.course?.lessons ?? []),
    guideSlugs: parseList(row.guideSlugs),
    exampleIds: parseList(row.exampleIds),
    attended: _count.attendance,
  };
}
export type GroupSessionView = ReturnType<typeof shape>;

/** The sessions the viewer plans or is responsible for, newest first. */
export const listSessions = cache(async (viewer: Viewer) => {
  if (!canPlanSessions(viewer)) throw forbidden();
  const rows = await db.groupSession.findMany({
    where: { ...sessionScopeWhere(viewer), cancelledAt: null },
    orderBy: { startsAt: 'desc' },
    take: 200,
    select: sessionSelect,
  });
  return rows.map((row) => shape(row));
});

/** One session, when every unit it invites is within the viewer's reach. */
export const getSession = cache(async (viewer: Viewer, id: string) => {
  if (!canPlanSessions(viewer)) throw forbidden();
  const row = await findRow(db, { id, organisationId: viewer.organisationId, cancelledAt: null });
  if (!row) throw notFound('Träffen finns inte.');
  const session = shape(row);
  if (!canManageSession(viewer, session)) throw forbidden('Träffen gäller enheter som inte är dina.');
  return session;
});

/** The invited: active people of the session's units and the units below them. */
export function invitedWhere(session: { organisationId: string; units: readonly { path: string }[] }) {
  return {
    organisationId: session.organisationId,
    active: true,
    OR: session.units.map((u) => ({ unit: { path: { startsWith: u.path } } })),
  };
}

export async function listInvited(session: GroupSessionView) {
  return db.user.findMany({
    where: invitedWhere(session),
    orderBy: [{ unit: { name: 'asc' } }, { name: 'asc' }],
    select: { id: true, name: true, email: true, unit: { select: { name: true } } },
  });
}

async function resolveCourse(tx: Tx, input: SessionInput) {
  if (!input.courseId) return null;
  const hostId = await getHostOrganisationId();
  const course = await tx.course.findFirst({
    where: { id: input.courseId, organisationId: hostId ?? '', status: 'PUBLISHED' },
    select: {
      id: true,
      slug: true,
      title: true,
      translations: true,
      lessons: { where: { removedAt: null }, select: { id: true } },
    },
  });
  if (!course) throw invalid('Kursen finns inte eller är inte publicerad. Inget har sparats.');
  // The exact lessons are stored, so lessons added to the course later are not credited.
  const lessonIds = input.wholeCourse ? course.lessons.map((l) => l.id) : input.lessonIds;
  if (lessonIds.some((id) => !course.lessons.some((l) => l.id === id)))
    throw invalid('En vald lektion hör inte till kursen. Inget har sparats.');
  return { ...course, lessonIds };
}

async function resolveGuides(tx: Tx, slugs: readonly string[]) {
  if (slugs.length === 0) return [];
  const hostId = await getHostOrganisationId();
  const pages = await tx.guidePage.findMany({
    where: { organisationId: hostId ?? '', status: 'PUBLISHED', slug: { in: [...slugs] } },
    select: { slug: true },
  });
  if (pages.length !== new Set(slugs).size) throw invalid('En vald vägledningssida finns inte. Inget har sparats.');
  return [...new Set(slugs)];
}

/** Colleagues' examples as material: published ones of the planner's own organisation only. */
async function resolveExamples(tx: Tx, viewer: Viewer, ids: readonly string[]) {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const found = await tx.learningExample.count({
    where: { id: { in: unique }, organisationId: viewer.organisationId, status: 'APPROVED' },
  });
  if (found !== unique.length) throw invalid('Ett valt lärande exempel är inte publicerat längre. Inget har sparats.');
  return unique;
}

/** Plans a session and queues an invitation to each invited person with an e-mail address. */
export async function planSession(viewer: Viewer & { name: string }, input: SessionInput, now = new Date()) {
  if (!canPlanSessions(viewer)) throw forbidden();
  const startsAt = stockholmInstant(input.date, input.time);
  if (startsAt.getTime() <= now.getTime())
    throw invalid('Tiden har redan passerat. Välj en tid som inte har varit. Inget har sparats.');
  return db.$transaction(async (tx) => {
    const units = await tx.orgUnit.findMany({
      where: { id: { in: input.unitIds }, organisationId: viewer.organisationId },
      select: { id: true, name: true, path: true, organisationId: true },
    });
    if (units.length !== new Set(input.unitIds).size || !units.every((u) => canPlanSessionFor(viewer, u)))
      throw forbidden('En vald enhet finns inte eller hör inte till dina enheter. Inget har sparats.');
    const course = await resolveCourse(tx, input);
    const guideSlugs = await resolveGuides(tx, input.guideSlugs);
    const exampleIds = await resolveExamples(tx, viewer, input.exampleIds);
    const invited = await tx.user.findMany({
      where: invitedWhere({ organisationId: viewer.organisationId, units }),
      select: { id: true, name: true, email: true, locale: true },
    });
    if (invited.length === 0)
      throw invalid('Det finns ingen aktiv person i de valda enheterna att bjuda in. Inget har sparats.');
    const session = await tx.groupSession.create({
      data: {
        organisationId: viewer.organisationId,
        kind: input.kind,
        startsAt,
        minutes: input.minutes,
        place: input.digital ? DIGITAL_PLACE : input.place,
        courseId: course?.id ?? null,
        lessonIds: JSON.stringify(course?.lessonIds ?? []),
        guideSlugs: JSON.stringify(guideSlugs),
        exampleIds: JSON.stringify(exampleIds),
        plannedById: viewer.id,
        units: { create: units.map((u) => ({ unitId: u.id })) },
      },
      select: { id: true, kind: true, startsAt: true, minutes: true, place: true },
    });
    await recordAudit(
      {
        organisationId: viewer.organisationId,
        actorId: viewer.id,
        action: 'session.planned',
        entityType: 'GroupSession',
        entityId: session.id,
        after: { units: units.map((u) => u.name), startsAt, course: course?.title ?? null, invited: invited.length },
      },
      tx,
    );
    const { mailIds, mailed } = await queueSessionMails(tx, {
      organisationId: viewer.organisationId,
      invited,
      kind: 'session-invitation',
      dedupeKey: (personId) => `session:${session.id}:0:${personId}`,
      text: (person) =>
        sessionInvitationMail({
          userId: person.id,
          name: person.name,
          locale: person.locale,
          plannedBy: viewer.name,
          session,
          course,
          sessionId: session.id,
        }),
    });
    return { id: session.id, invited: invited.length, mailed, mailIds };
  }, TX_OPTIONS);
}

/** Published courses with their lessons, for choosing what a session covers. */
export const listSessionCourses = cache(async () => {
  const hostId = await getHostOrganisationId();
  return db.course.findMany({
    where: { organisationId: hostId ?? '', status: 'PUBLISHED' },
    orderBy: { title: 'asc' },
    select: {
      id: true,
      title: true,
      lessons: {
        where: { removedAt: null },
        orderBy: { position: 'asc' },
        select: { id: true, title: true, position: true },
      },
    },
  });
});

/** The ids of those recorded as present, for a session the viewer was let see (getSession). */
export async function listAttendance(session: GroupSessionView): Promise<string[]> {
  const rows = await db.sessionAttendance.findMany({ where: { sessionId: session.id }, select: { userId: true } });
  return rows.map((r) => r.userId);
}

/**
 * The session for its calendar file: for those who may manage it, and for the invited (an active
 * person in one of its units). Anyone else is told it does not exist.
 */
export async function getCalendarSession(viewer: Viewer, id: string) {
  // A cancelled session keeps its calendar file (marked cancelled), so a calendar that opens it removes the event.
  const row = await findRow(db, { id, organisationId: viewer.organisationId });
  if (!row) throw notFound('Träffen finns inte.');
  const session = shape(row);
  if (canManageSession(viewer, session)) return session;
  return invitedSession(id, viewer.id);
}

/** The session for one invited person (the signed link in the mail stands in for signing in). */
export async function invitedSession(id: string, userId: string) {
  const row = await findRow(db, { id });
  if (!row) throw notFound('Träffen finns inte.');
  const session = shape(row);
  const invitee = await db.user.findFirst({
    where: { ...invitedWhere(session), id: userId },
    select: { locale: true },
  });
  if (!invitee) throw notFound('Träffen finns inte.');
  // The invitee's stored language, for the calendar file their mail links to.
  return { ...session, inviteeLocale: invitee.locale };
}

/**
 * A new time or place for a session that has not begun. SEQUENCE grows, so a calendar that opens
 * the new file moves the same event, and the invited with e-mail are told.
 */
export async function rescheduleSession(viewer: Viewer & { name: string }, input: RescheduleInput, now = new Date()) {
  const startsAt = stockholmInstant(input.date, input.time);
  if (startsAt.getTime() <= now.getTime())
    throw invalid('Tiden har redan passerat. Välj en tid som inte har varit. Inget har ändrats.');
  return db.$transaction(async (tx) => {
    const row = await findRow(tx, { id: input.sessionId, organisationId: viewer.organisationId, cancelledAt: null });
    if (!row) throw notFound('Träffen finns inte.');
    const session = shape(row, now);
    if (!canManageSession(viewer, session))
      throw forbidden('Träffen gäller enheter som inte är dina. Inget har ändrats.');
    if (session.started) throw invalid('Träffen har redan börjat och kan inte flyttas. Planera en ny i stället.');
    const place = input.digital ? DIGITAL_PLACE : input.place;
    const updated = await tx.groupSession.update({
      where: { id: session.id },
      data: { startsAt, minutes: input.minutes, place, sequence: { increment: 1 } },
      select: { kind: true, startsAt: true, minutes: true, place: true, sequence: true },
    });
    await recordAudit(
      {
        organisationId: viewer.organisationId,
        actorId: viewer.id,
        action: 'session.rescheduled',
        entityType: 'GroupSession',
        entityId: session.id,
        before: { startsAt: session.startsAt, minutes: session.minutes, place: session.place },
        after: { startsAt, minutes: input.minutes, place },
      },
      tx,
    );
    const invited = await tx.user.findMany({
      where: invitedWhere(session),
      select: { id: true, name: true, email: true, locale: true },
    });
    return queueSessionMails(tx, {
      organisationId: viewer.organisationId,
      invited,
      kind: 'session-changed',
      dedupeKey: (personId) => `session:${session.id}:${updated.sequence}:${personId}`,
      text: (person) =>
        sessionChangedMail({
          userId: person.id,
          name: person.name,
          locale: person.locale,
          changedBy: viewer.name,
          session: updated,
          course: session.course,
          sessionId: session.id,
        }),
    });
  }, TX_OPTIONS);
}
