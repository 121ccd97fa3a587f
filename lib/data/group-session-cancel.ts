import 'server-only';
import { db } from '@/lib/db';
import { canManageSession, type Viewer } from '@/lib/auth/permissions';
import { forbidden, invalid, notFound } from '@/lib/errors';
import { sessionCancelledMail } from '@/lib/mail/session-mail';
import type { CancelInput } from '@/lib/validation/group-sessions';
import { recordAudit } from './audit';
import { findRow, invitedWhere, shape } from './group-sessions';
import { queueSessionMails } from './session-mails';
import { TX_OPTIONS } from './tx';

/**
 * Cancels a session that has not begun. It is kept (marked cancelled) for the audit log and the
 * calendar: SEQUENCE grows and the file says CANCELLED, so a calendar that opens it again removes
 * the event; the invited with e-mail are told. A session that has begun has been held, or is
 * being held, and is corrected through its attendance instead.
 */
export async function cancelSession(viewer: Viewer & { name: string }, input: CancelInput, now = new Date()) {
  return db.$transaction(async (tx) => {
    const row = await findRow(tx, { id: input.sessionId, organisationId: viewer.organisationId, cancelledAt: null });
    if (!row) throw notFound('Träffen finns inte eller är redan inställd.');
    const session = shape(row, now);
    if (!canManageSession(viewer, session))
      throw forbidden('Träffen gäller enheter som inte är dina. Inget har ändrats.');
    if (session.started || session.attendanceAt)
      throw invalid('Träffen har redan börjat och kan inte ställas in. Rätta närvaron i stället om den inte blev av.');
    const updated = await tx.groupSession.update({
      where: { id: session.id },
      data: { cancelledAt: now, sequence: { increment: 1 } },
      select: { kind: true, startsAt: true, minutes: true, place: true, sequence: true },
    });
    await recordAudit(
      {
        organisationId: viewer.organisationId,
        actorId: viewer.id,
        action: 'session.cancelled',
        entityType: 'GroupSession',
        entityId: session.id,
        before: { startsAt: session.startsAt, place: session.place },
        after: { cancelledAt: now, reason: input.reason || null },
      },
      tx,
    );
    const invited = await tx.user.findMany({
      where: invitedWhere(session),
      select: { id: true, name: true, email: true, locale: true },
    });
    const mailed = await queueSessionMails(tx, {
      organisationId: viewer.organisationId,
      invited,
      kind: 'session-cancelled',
      dedupeKey: (personId) => `session:${session.id}:cancelled:${personId}`,
      text: (person) =>
        sessionCancelledMail({
          userId: person.id,
          name: person.name,
          locale: person.locale,
          cancelledBy: viewer.name,
          session: updated,
          course: session.course,
          reason: input.reason,
          sessionId: session.id,
        }),
    });
    return { ...mailed, invited: invited.length };
  }, TX_OPTIONS);
}
