import 'server-only';
import { db } from '@/lib/db';
import { canChangeAssignment, type Viewer } from '@/lib/auth/permissions';
import { describeDueChange, describeWithdrawal, personWords, type NoMailReason } from '@/lib/assignments/feedback';
import { dueChangedKey, withdrawnKey } from '@/lib/assignments/reminders';
import { addYears, endOfStockholmDay, isPastDay, stockholmDay } from '@/lib/dates';
import { conflict, forbidden, invalid } from '@/lib/errors';
import { defaultLocale, localeOf, type Locale } from '@/lib/i18n/config';
import { courseTitleIn } from '@/lib/learning/translations';
import { dueChangedMail, withdrawnMail } from '@/lib/mail/templates';
import {
  DUE_YEARS_AHEAD,
  DUE_YEARS_MESSAGE,
  type ChangeDueInput,
  type WithdrawInput,
} from '@/lib/validation/assignments';
import { recordAudit } from './audit';
import { enqueueMails } from './outbox';
import { changingProgress } from './stats-cache';
import type { Tx } from './tx';

// A manager (within reach), strategist or administrator withdraws one assignment or moves its due
// date. Each is one transaction with its audit event and the person's mail; a refusal writes
// nothing. Completions and progress are never touched: withdrawing stops the obligation only.

type Actor = Viewer & { name: string };
export type ChangeResult = { message: string; personId: string; mailIds: string[] };

const unreachable = 'Tilldelningen finns inte eller hör inte till dina enheter. Inget har ändrats.';

/** The assignment and its person, if the viewer may change it; the same refusal for "missing" and "not yours". */
async function loadForChange(tx: Tx, viewer: Actor, assignmentId: string) {
  const assignment = await tx.assignment.findFirst({
    where: { id: assignmentId, organisationId: viewer.organisationId },
    select: {
      id: true,
      userId: true,
      courseId: true,
      dueAt: true,
      source: true,
      ruleId: true,
      withdrawnAt: true,
      course: { select: { title: true, slug: true, translations: true } },
    },
  });
  const person = assignment
    ? await tx.user.findFirst({
        where: { id: assignment.userId, organisationId: viewer.organisationId },
        select: { id: true, name: true, email: true, locale: true, active: true, unit: { select: { path: true } } },
      })
    : null;
  if (
    !assignment ||
    !person ||
    !canChangeAssignment(viewer, { organisationId: viewer.organisationId, unitPath: person.unit?.path ?? null })
  )
    throw forbidden(unreachable);
  const completed = await tx.courseCompletion.findUnique({
    where: { userId_courseId: { userId: person.id, courseId: assignment.courseId } },
    select: { userId: true },
  });
  const preference = await tx.mailPreference.findUnique({
    where: { userId: person.id },
    select: { assignmentMailOptOut: true },
  });
  // Someone who finished the course, left, has no address or chose no such mail gets none.
  const noMail: NoMailReason | null = !person.email
    ? 'noAddress'
    : !person.active
      ? 'inactive'
      : completed
        ? 'completed'
        : preference?.assignmentMailOptOut
          ? 'optedOut'
          : null;
  return { assignment, person, mailTo: noMail ? null : person.email, noMail };
}

/** Runs a change about one assignment, keeping remembered statistics right for its person. */
async function changing(viewer: Actor, assignmentId: string, write: (tx: Tx) => Promise<ChangeResult>) {
  const owner = await db.assignment.findFirst({
    where: { id: assignmentId, organisationId: viewer.organisationId },
    select: { userId: true },
  });
  if (!owner) throw forbidden(unreachable);
  return changingProgress({
    organisationId: viewer.organisationId,
    userIds: [owner.userId],
    write: () => db.$transaction(write),
  });
}

/** Withdraws, and says what was done in the manager's language (`locale`). */
export async function withdrawAssignment(
  viewer: Actor,
  input: WithdrawInput,
  now = new Date(),
  locale: Locale = defaultLocale,
): Promise<ChangeResult> {
  const reason = input.reason.trim();
  if (!reason) throw invalid('Skriv varför kursen återkallas. Inget har ändrats.');
  if (reason.length > 500) throw invalid('Skälet får vara högst 500 tecken. Inget har ändrats.');
  return changing(viewer, input.assignmentId, async (tx) => {
    const { assignment, person, mailTo, noMail } = await loadForChange(tx, viewer, input.assignmentId);
    const title = courseTitleIn(assignment.course, locale);
    // Conditional, so two managers withdrawing at once record one withdrawal, not two.
    const { count } = await tx.assignment.updateMany({
      where: { id: assignment.id, withdrawnAt: null },
      data: { withdrawnAt: now, withdrawnById: viewer.id, withdrawReason: reason },
    });
    if (count !== 1) throw conflict(personWords(locale)('alreadyWithdrawn', { title, name: person.name }));
    await recordAudit(
      {
        organisationId: viewer.organisationId,
        actorId: viewer.id,
        action: 'assignment.withdrawn',
        entityType: 'Assignment',
        entityId: assignment.id,
        before: {
          userId: person.id,
          courseId: assignment.courseId,
          dueAt: assignment.dueAt,
          source: assignment.source,
        },
        after: { withdrawnAt: now, reason },
      },
      tx,
    );
    const mail =
      mailTo &&
      withdrawnMail({
        name: person.name,
        course: assignment.course,
        withdrawnBy: viewer.name,
        reason,
        locale: localeOf(person.locale),
      });
    const mailIds = mail
      ? await enqueueMails(tx, [
          {
            organisationId: viewer.organisationId,
            to: mailTo,
            ...mail,
            kind: 'withdrawn',
            dedupeKey: withdrawnKey(assignment.id, now),
          },
        ])
      : [];
    return {
      message: describeWithdrawal({ courseTitle: title, personName: person.name, noMail }, locale),
      personId: person.id,
      mailIds,
    };
  });
}

/** Earlier or later, or no due date at all; for a rule's assignment an exception for this person only. */
export async function changeAssignmentDue(
  viewer: Actor,
  input: ChangeDueInput,
  now = new Date(),
  locale: Locale = defaultLocale,
): Promise<ChangeResult> {
  const day = input.dueDate ?? null;
  if (day && isPastDay(day, now)) throw invalid('Slutdatumet har redan passerat. Välj i dag eller ett senare datum.');
  if (day && day > addYears(stockholmDay(now), DUE_YEARS_AHEAD)) throw invalid(DUE_YEARS_MESSAGE);
  const dueAt = day ? endOfStockholmDay(day) : null;
  return changing(viewer, input.assignmentId, async (tx) => {
    const { assignment, person, mailTo, noMail } = await loadForChange(tx, viewer, input.assignmentId);
    const title = courseTitleIn(assignment.course, locale);
    if (assignment.withdrawnAt) throw conflict(personWords(locale)('withdrawnNoDue', { title, name: person.name }));
    if ((assignment.dueAt?.getTime() ?? null) === (dueAt?.getTime() ?? null))
      throw invalid('Det är redan slutdatumet. Inget har ändrats.');
    await tx.assignment.update({ where: { id: assignment.id }, data: { dueAt, dueChangedAt: now } });
    const rule = assignment.ruleId
      ? await tx.assignmentRule.findUnique({ where: { id: assignment.ruleId }, select: { dueDays: true } })
      : null;
    const fromRule = assignment.source === 'RULE';
    await recordAudit(
      {
        organisationId: viewer.organisationId,
        actorId: viewer.id,
        action: 'assignment.due-changed',
        entityType: 'Assignment',
        entityId: assignment.id,
        before: { userId: person.id, courseId: assignment.courseId, dueAt: assignment.dueAt },
        after: {
          dueAt,
          // The rule keeps its own due date; this person's differs from it from now on.
          ...(fromRule ? { exceptionFromRule: assignment.ruleId, ruleDueDays: rule?.dueDays ?? null } : {}),
        },
      },
      tx,
    );
    const mail =
      mailTo &&
      dueChangedMail({
        name: person.name,
        course: { ...assignment.course, dueAt },
        changedBy: viewer.name,
        locale: localeOf(person.locale),
      });
    const mailIds = mail
      ? await enqueueMails(tx, [
          {
            organisationId: viewer.organisationId,
            to: mailTo,
            ...mail,
            kind: 'due-changed',
            dedupeKey: dueChangedKey(assignment.id, now),
          },
        ])
      : [];
    return {
      message: describeDueChange(
        {
          courseTitle: title,
          personName: person.name,
          dueDate: day,
          noMail,
          fromRule,
        },
        locale,
      ),
      personId: person.id,
      mailIds,
    };
  });
}
