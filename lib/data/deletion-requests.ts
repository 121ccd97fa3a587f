import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import { can, canHandleDeletionRequest, deletionRequestWhere, type Viewer } from '@/lib/auth/permissions';
import { forbidden, notFound } from '@/lib/errors';
import { deletionDeadline, type Deadline } from '@/lib/privacy/deadline';
import type { DeletionOutcome } from '@/lib/generated/sqlite/enums';

// Reads for the queue of requests for deletion (/admin/radering). Every query is scoped by the
// viewer's organisation in its `where`, so a request or person of another organisation is "not
// found". The request has no relation to its person (a request outlives what it is about), so
// names are looked up by id within the same organisation.

/** Handled requests shown on the queue page: the newest ones. */
export const HANDLED_SHOWN = 100;

export type QueuedRequest = {
  id: string;
  userId: string;
  personName: string;
  reason: string | null;
  createdAt: Date;
  deadline: Deadline;
  handledAt: Date | null;
  handledByName: string | null;
  outcome: DeletionOutcome | null;
  answer: string | null;
};

const requestSelect = {
  id: true,
  organisationId: true,
  userId: true,
  reason: true,
  createdAt: true,
  handledAt: true,
  handledById: true,
  outcome: true,
  answer: true,
} as const;

type Row = {
  id: string;
  userId: string;
  reason: string | null;
  createdAt: Date;
  handledAt: Date | null;
  handledById: string | null;
  outcome: DeletionOutcome | null;
  answer: string | null;
};

async function namesOf(organisationId: string, ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  const people = wanted.length
    ? await db.user.findMany({ where: { id: { in: wanted }, organisationId }, select: { id: true, name: true } })
    : [];
  return new Map(people.map((p) => [p.id, p.name]));
}

function toQueued(row: Row, names: Map<string, string>, now: Date): QueuedRequest {
  return {
    id: row.id,
    userId: row.userId,
    personName: names.get(row.userId) ?? 'Okänd person',
    reason: row.reason,
    createdAt: row.createdAt,
    deadline: deletionDeadline(row.createdAt, now),
    handledAt: row.handledAt,
    handledByName: row.handledById ? (names.get(row.handledById) ?? 'Okänd person') : null,
    outcome: row.outcome,
    answer: row.answer,
  };
}

/** Open requests first, oldest first; then the newest handled ones. */
export const listDeletionRequests = cache(async (viewer: Viewer, now: Date = new Date()) => {
  if (!can(viewer.role, 'admin:people')) throw forbidden();
  const where = deletionRequestWhere(viewer);
  const [open, handled, handledTotal] = await Promise.all([
    db.deletionRequest.findMany({
      where: { ...where, handledAt: null },
      select: requestSelect,
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    }),
    db.deletionRequest.findMany({
      where: { ...where, handledAt: { not: null } },
      select: requestSelect,
      orderBy: [{ handledAt: 'desc' }, { id: 'asc' }],
      take: HANDLED_SHOWN,
    }),
    db.deletionRequest.count({ where: { ...where, handledAt: { not: null } } }),
  ]);
  const rows = [...open, ...handled];
  const names = await namesOf(viewer.organisationId, [...rows.map((r) => r.userId), ...rows.map((r) => r.handledById)]);
  return {
    open: open.map((r) => toQueued(r, names, now)),
    handled: handled.map((r) => toQueued(r, names, now)),
    handledTotal,
  };
});

/** What the portal holds about the person, counted, so the administrator sees what erasure touches. */
async function holdings(organisationId: string, userId: string) {
  const mine = { userId, organisationId };
  const [lessonProgress, quizAttempts, reflections, selfAssessmentRounds, courses, paths, assignments] =
    await Promise.all([
      db.lessonProgress.count({ where: mine }),
      db.quizAttempt.count({ where: mine }),
      // A reflection has no organisation of its own: the person was found in the viewer's above.
      db.reflection.count({ where: { userId } }),
      db.selfAssessmentRound.count({ where: mine }),
      db.courseCompletion.count({ where: mine }),
      db.pathCompletion.count({ where: mine }),
      db.assignment.count({ where: mine }),
    ]);
  const [learningExamples, publishedExamples, sessionAttendance] = await Promise.all([
    db.learningExample.count({ where: { authorId: userId, organisationId } }),
    db.learningExample.count({ where: { authorId: userId, organisationId, status: 'APPROVED' } }),
    db.sessionAttendance.count({ where: mine }),
  ]);
  return {
    lessonProgress,
    quizAttempts,
    reflections,
    selfAssessmentRounds,
    completions: courses + paths,
    assignments,
    learningExamples,
    publishedExamples,
    sessionAttendance,
  };
}
export type Holdings = Awaited<ReturnType<typeof holdings>>;

/** One request with its person and what the portal holds about them. */
export const getDeletionRequest = cache(async (viewer: Viewer, id: string, now: Date = new Date()) => {
  if (!can(viewer.role, 'admin:people')) throw forbidden();
  const row = await db.deletionRequest.findFirst({
    where: { id, ...deletionRequestWhere(viewer) },
    select: requestSelect,
  });
  if (!row) throw notFound('Begäran finns inte.');
  if (!canHandleDeletionRequest(viewer, row)) throw forbidden();
  const person = await db.user.findFirst({
    where: { id: row.userId, organisationId: viewer.organisationId },
    select: { id: true, name: true, email: true, role: true, active: true, erasedAt: true },
  });
  if (!person) throw notFound('Personen som begäran gäller finns inte.');
  const [names, held] = await Promise.all([
    namesOf(viewer.organisationId, [row.userId, row.handledById]),
    holdings(viewer.organisationId, person.id),
  ]);
  return { ...toQueued(row, names, now), person, holdings: held };
});
export type DeletionRequestDetail = Awaited<ReturnType<typeof getDeletionRequest>>;
