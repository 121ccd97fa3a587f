import 'server-only';
import { conflict, notFound } from '@/lib/errors';
import { mediaKeys } from '@/lib/uploads/media';
import type { Tx } from './tx';

// Erasure of one person's data on their request (GDPR art. 17), inside the caller's transaction.
// The person's row stays, without anything that names them, so what they completed and were
// assigned is kept (anonymous) for the organisation's follow-up. What they wrote or answered for
// themselves is deleted; what they wrote in their work for others (checklist comments, published
// learning examples) stays, without their name.

export const ERASED_NAME = 'Raderad person';
export const LAST_ADMIN =
  'Personen är organisationens enda aktiva administratör, och uppgifterna kan därför inte raderas nu. Gör först en annan person till administratör.';

// Fields of a person kept in audit events (person.create, person.update, imports) that name them.
const NAMING_FIELDS = ['name', 'email', 'employeeNumber', 'gender'];

/** The event's JSON without the fields that name the person; text that is not a JSON object goes. */
function withoutNames(json: string | null): string | null {
  if (json === null) return null;
  try {
    const value: unknown = JSON.parse(json);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
    const kept = Object.entries(value).filter(([key]) => !NAMING_FIELDS.includes(key));
    return JSON.stringify(Object.fromEntries(kept));
  } catch {
    return null;
  }
}

async function scrubAudit(tx: Tx, organisationId: string, userId: string) {
  const events = await tx.auditEvent.findMany({
    where: { organisationId, entityType: 'User', entityId: userId },
    select: { id: true, before: true, after: true },
  });
  for (const event of events) {
    const before = withoutNames(event.before);
    const after = withoutNames(event.after);
    if (before !== event.before || after !== event.after)
      await tx.auditEvent.update({ where: { id: event.id }, data: { before, after } });
  }
}

/** Published examples stay, signed "a colleague"; the rest are deleted (their files by the caller, after commit). */
async function eraseExamples(tx: Tx, organisationId: string, userId: string) {
  const examples = await tx.learningExample.findMany({
    where: { authorId: userId, organisationId },
    select: {
      id: true,
      status: true,
      imageKey: true,
      imageType: true,
      imageAlt: true,
      filmKey: true,
      filmType: true,
      captionsKey: true,
    },
  });
  const published = examples.filter((e) => e.status === 'APPROVED');
  const unpublished = examples.filter((e) => e.status !== 'APPROVED');
  await tx.learningExample.updateMany({ where: { id: { in: published.map((e) => e.id) } }, data: { showName: false } });
  await tx.learningExample.deleteMany({ where: { id: { in: unpublished.map((e) => e.id) } } });
  return { anonymised: published.length, deleted: unpublished.length, files: unpublished.flatMap(mediaKeys) };
}

/** Mail waiting to be sent to the person goes; sent mail keeps its row (so it is never sent again) but not the address or text. */
async function eraseMail(tx: Tx, organisationId: string, email: string) {
  await tx.outboxMail.deleteMany({ where: { organisationId, to: email, sentAt: null } });
  await tx.outboxMail.updateMany({
    where: { organisationId, to: email, sentAt: { not: null } },
    data: { to: '', text: '' },
  });
  // Sign-in links and the password attempt counter are keyed by the address.
  await tx.verificationToken.deleteMany({ where: { identifier: email } });
  await tx.loginCounter.deleteMany({ where: { key: `address:${email}` } });
}

/**
 * Erases the person's data. Refused (nothing changes) for the organisation's last active
 * administrator, so nobody is left who can administer it. Returns what was removed, for the
 * audit event, and the keys of uploaded files to delete once the transaction has committed.
 */
export async function erasePerson(tx: Tx, o: { organisationId: string; userId: string; now: Date }) {
  const { organisationId, userId } = o;
  const person = await tx.user.findFirst({
    where: { id: userId, organisationId },
    select: { id: true, email: true, role: true, active: true },
  });
  if (!person) throw notFound('Personen som begäran gäller finns inte.');
  if (person.role === 'ADMIN' && person.active) {
    const others = await tx.user.count({
      where: { organisationId, role: 'ADMIN', active: true, id: { not: userId } },
    });
    if (others === 0) throw conflict(LAST_ADMIN);
  }
  const mine = { userId, organisationId };
  const reflections = await tx.reflection.deleteMany({ where: { userId } });
  const quizAttempts = await tx.quizAttempt.deleteMany({ where: mine });
  await tx.selfAssessmentAreaScore.deleteMany({ where: { round: mine } });
  const selfAssessmentRounds = await tx.selfAssessmentRound.deleteMany({ where: mine });
  await tx.account.deleteMany({ where: { userId } });
  await tx.session.deleteMany({ where: { userId } });
  await tx.mailPreference.deleteMany({ where: mine });
  await tx.unitManager.deleteMany({ where: { userId } });
  await tx.courseEvaluationMark.deleteMany({ where: { userId } });
  if (person.email) await eraseMail(tx, organisationId, person.email);
  const examples = await eraseExamples(tx, organisationId, userId);
  await scrubAudit(tx, organisationId, userId);
  // The person's own words about why; the request itself stays as the record of its handling.
  await tx.deletionRequest.updateMany({ where: mine, data: { reason: null } });
  await tx.user.update({
    where: { id: userId },
    data: {
      name: ERASED_NAME,
      email: null,
      emailVerified: null,
      employeeNumber: null,
      // The provider's id for the person goes too: it identifies them, and the provider may use it again.
      externalId: null,
      passwordHash: null,
      gender: null,
      active: false,
      erasedAt: o.now,
      // Ends every open session at once (lib/data/session-user.ts compares it).
      sessionVersion: { increment: 1 },
    },
  });
  return {
    removed: {
      reflections: reflections.count,
      quizAttempts: quizAttempts.count,
      selfAssessmentRounds: selfAssessmentRounds.count,
      learningExamples: examples.deleted,
    },
    anonymisedExamples: examples.anonymised,
    files: examples.files,
  };
}
