import 'server-only';
import { applyRulesForPeople } from './assignment-rules';
import { randomUUID } from 'node:crypto';
import { db } from '@/lib/db';
import type { Viewer } from '@/lib/auth/permissions';
import { conflict, invalid, notFound } from '@/lib/errors';
import type { PersonInput } from '@/lib/validation/admin';
import { recordAudit } from './audit';
import { isUniqueViolation, type Tx } from './tx';
import { changingStatistics } from './stats-cache';

// Changes to people by an administrator. Each change and its audit event commit together.
// People are never deleted: deactivation keeps their history and stops their sign-in.
export const EMAIL_TAKEN_HERE = 'E-postadressen används redan av en annan person i organisationen.';
// Deliberately vague: the answer must not reveal which organisation holds the address.
export const EMAIL_TAKEN_ELSEWHERE =
  'E-postadressen används redan av ett annat konto i portalen. Kontakta portalens förvaltning om personen har bytt organisation.';
export const NUMBER_TAKEN = 'Anställningsnumret används redan av en annan person i organisationen.';

/** A person as written: the administrator's form, plus what an identity provider adds. */
export type PersonWrite = PersonInput & { externalId?: string | null; awaitingSetup?: boolean };

/**
 * Who writes: an administrator, or no person at all (the organisation's provisioning through SCIM,
 * or a first sign-in), which the audit log records as such rather than as some administrator.
 */
export type Writer = Viewer & { source?: 'scim' | 'sign-in' };
const audited = (writer: Writer) => ({ actorId: writer.source ? null : writer.id });
const withSource = (writer: Writer, after: object) => (writer.source ? { ...after, source: writer.source } : after);

const auditedFields = {
  id: true,
  name: true,
  email: true,
  employeeNumber: true,
  role: true,
  audience: true,
  gender: true,
  unitId: true,
  active: true,
  externalId: true,
} as const;

async function assertUnitInOrganisation(tx: Tx, viewer: Viewer, unitId: string | null) {
  if (!unitId) return;
  const unit = await tx.orgUnit.findFirst({
    where: { id: unitId, organisationId: viewer.organisationId },
    select: { id: true },
  });
  if (!unit) throw invalid('Enheten finns inte. Välj en enhet i listan.');
}

async function assertEmailFree(tx: Tx, viewer: Viewer, email: string | null, exceptId?: string) {
  if (!email) return;
  const holder = await tx.user.findUnique({ where: { email }, select: { id: true, organisationId: true } });
  if (!holder || holder.id === exceptId) return;
  throw conflict(
    holder.organisationId === viewer.organisationId ? EMAIL_TAKEN_HERE : EMAIL_TAKEN_ELSEWHERE,
    'EMAIL_TAKEN',
  );
}

async function assertNumberFree(tx: Tx, viewer: Viewer, employeeNumber: string | null, exceptId?: string) {
  if (!employeeNumber) return;
  const holder = await tx.user.findUnique({
    where: { organisationId_employeeNumber: { organisationId: viewer.organisationId, employeeNumber } },
    select: { id: true },
  });
  if (holder && holder.id !== exceptId) throw conflict(NUMBER_TAKEN, 'NUMBER_TAKEN');
}

/** Another request may take the address or number between our check and the write: the unique index decides. */
async function guarded<T>(input: PersonWrite, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw input.email ? conflict(EMAIL_TAKEN_HERE, 'EMAIL_TAKEN') : conflict(NUMBER_TAKEN, 'NUMBER_TAKEN');
  }
}

export async function createPerson(viewer: Writer, input: PersonWrite): Promise<string> {
  return changingStatistics(
    viewer.organisationId,
    guarded(input, () =>
      db.$transaction(async (tx) => {
        await assertUnitInOrganisation(tx, viewer, input.unitId);
        await assertEmailFree(tx, viewer, input.email);
        await assertNumberFree(tx, viewer, input.employeeNumber);
        const person = await tx.user.create({
          data: { id: randomUUID(), organisationId: viewer.organisationId, ...input },
          select: auditedFields,
        });
        await recordAudit(
          {
            organisationId: viewer.organisationId,
            ...audited(viewer),
            action: 'person.create',
            entityType: 'User',
            entityId: person.id,
            after: withSource(viewer, person),
          },
          tx,
        );
        // Assignment rules follow people: a newcomer gets what the rules for their unit and audience give.
        await applyRulesForPeople(tx, viewer.organisationId, [person.id]);
        return person.id;
      }),
    ),
  );
}

// An erased person's row only keeps their anonymous history: filling it in again would undo the
// erasure. Someone who comes back is added as a new person.
const ERASED =
  'Personens uppgifter är raderade på egen begäran. Kontot kan inte ändras eller aktiveras igen; lägg till personen på nytt om det behövs.';

export async function updatePerson(viewer: Writer, id: string, input: PersonWrite): Promise<void> {
  await changingStatistics(
    viewer.organisationId,
    guarded(input, () =>
      db.$transaction(async (tx) => {
        const before = await tx.user.findFirst({
          where: { id, organisationId: viewer.organisationId },
          select: { ...auditedFields, erasedAt: true, _count: { select: { managedUnits: true } } },
        });
        if (!before) throw notFound('Personen finns inte.');
        const { _count: counts, erasedAt, ...beforeFields } = before;
        if (erasedAt) throw invalid(ERASED);
        if (id === viewer.id && input.role !== 'ADMIN')
          throw invalid('Du kan inte ta bort din egen administratörsbehörighet. Be en annan administratör om det.');
        if (input.role === 'EMPLOYEE' && counts.managedUnits > 0) {
          throw invalid(
            'Personen är chef för en eller flera enheter och behöver minst rollen Chef. Ta bort chefsuppdragen under Enheter först.',
          );
        }
        await assertUnitInOrganisation(tx, viewer, input.unitId);
        if (input.email !== before.email) await assertEmailFree(tx, viewer, input.email, id);
        await assertNumberFree(tx, viewer, input.employeeNumber, id);
        // A unit given by an administrator (or the provider) ends the wait of an account made at sign-in.
        const after = await tx.user.update({
          where: { id },
          data: { ...input, ...(input.unitId ? { awaitingSetup: false } : {}) },
          select: auditedFields,
        });
        await recordAudit(
          {
            organisationId: viewer.organisationId,
            ...audited(viewer),
            action: 'person.update',
            entityType: 'User',
            entityId: id,
            before: beforeFields,
            after: withSource(viewer, after),
          },
          tx,
        );
        if (before.unitId !== input.unitId || before.audience !== input.audience)
          await applyRulesForPeople(tx, viewer.organisationId, [id]);
      }),
    ),
  );
}

export async function setPersonActive(viewer: Writer, id: string, active: boolean): Promise<void> {
  if (id === viewer.id && !active) throw invalid('Du kan inte inaktivera dig själv.');
  await changingStatistics(
    viewer.organisationId,
    db.$transaction(async (tx) => {
      const before = await tx.user.findFirst({
        where: { id, organisationId: viewer.organisationId },
        select: { id: true, active: true, erasedAt: true },
      });
      if (!before) throw notFound('Personen finns inte.');
      if (before.erasedAt) throw invalid(ERASED);
      if (before.active === active) return;
      // Deactivation raises the session version: the person's open sessions end at once.
      await tx.user.update({ where: { id }, data: active ? { active } : { active, sessionVersion: { increment: 1 } } });
      if (active) await applyRulesForPeople(tx, viewer.organisationId, [id]);
      await recordAudit(
        {
          organisationId: viewer.organisationId,
          ...audited(viewer),
          action: active ? 'person.reactivate' : 'person.deactivate',
          entityType: 'User',
          entityId: id,
          before: { active: before.active },
          after: withSource(viewer, { active }),
        },
        tx,
      );
    }),
  );
}
