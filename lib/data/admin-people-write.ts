import 'server-only';
import { applyRulesForPeople } from './assignment-rules';
import { randomUUID } from 'node:crypto';
import { db } from '@/lib/db';
import { databaseEngine } from '@/lib/env';
import type { Viewer } from '@/lib/auth/permissions';
import { conflict, invalid, notFound } from '@/lib/errors';
import type { PersonInput } from '@/lib/validation/admin';
import { recordAudit } from './audit';
import {
  assertEmailFree,
  assertExternalIdFree,
  assertNumberFree,
  assertUnitInOrganisation,
  guarded,
} from './admin-people-checks';
import { TX_OPTIONS, type Tx } from './tx';
import { changingStatistics } from './stats-cache';

// Changes to people by an administrator. Each change and its audit event commit together.
// People are never deleted: deactivation keeps their history and stops their sign-in.

/** A person as written: the administrator's form, plus what an identity provider adds. */
export type PersonWrite = PersonInput & { externalId?: string | null; awaitingSetup?: boolean; scimDeletedAt?: null };

/**
 * Who writes: an administrator, or no person at all (the organisation's provisioning through SCIM,
 * or a first sign-in), which the audit log records as such rather than as some administrator.
 */
export type Writer = Viewer & { source?: 'scim' | 'sign-in' };

/** A writer that is no person (`id` only tells writers apart): it may do what an administrator may. */
export const systemWriter = (input: { organisationId: string; source: 'scim' | 'sign-in'; id: string }): Writer => ({
  ...input,
  role: 'ADMIN',
  managedUnitPaths: [],
});

/** One audit event about a person, naming the writer: an administrator, or the source for no person. */
export function recordPersonEvent(
  tx: Tx,
  writer: Writer,
  event: { action: string; personId: string; before?: object; after: object },
) {
  return recordAudit(
    {
      organisationId: writer.organisationId,
      actorId: writer.source ? null : writer.id,
      action: event.action,
      entityType: 'User',
      entityId: event.personId,
      before: event.before,
      after: writer.source ? { ...event.after, source: writer.source } : event.after,
    },
    tx,
  );
}

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

/** A new person; a provider may create them inactive (Entra does for someone not yet started). */
export async function createPerson(viewer: Writer, input: PersonWrite & { active?: boolean }): Promise<string> {
  return changingStatistics(
    viewer.organisationId,
    guarded(() =>
      db.$transaction(async (tx) => {
        await assertUnitInOrganisation(tx, viewer, input.unitId);
        await assertEmailFree(tx, viewer, input.email);
        await assertNumberFree(tx, viewer, input.employeeNumber);
        await assertExternalIdFree(tx, viewer, input.externalId);
        const person = await tx.user.create({
          data: { id: randomUUID(), organisationId: viewer.organisationId, ...input },
          select: auditedFields,
        });
        await recordPersonEvent(tx, viewer, { action: 'person.create', personId: person.id, after: person });
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

const currentFields = { ...auditedFields, createdAt: true, updatedAt: true, scimDeletedAt: true } as const;
/** A person as they are when a change is decided, read under the change's lock. */
export type CurrentPerson = Awaited<ReturnType<typeof readLocked>>;
/** What to change: the person's fields (all of them, as the administrator's form has them), their being active, or both. */
export type PersonChange = { fields?: PersonWrite; active?: boolean };

/**
 * Reads the person for a change and holds them until the change commits, so that two changes at
 * once (an administrator and a provider's provisioning, or two provisioning requests) follow one
 * another instead of the later one writing back what it read before the other committed.
 * PostgreSQL locks the row (NO KEY: rows that only point at the person, such as their sessions or
 * assignments, can still be written meanwhile); SQLite's one connection runs one transaction at a
 * time anyway.
 */
async function readLocked(tx: Tx, viewer: Viewer, id: string) {
  if (databaseEngine() === 'postgresql')
    await tx.$executeRaw`SELECT 1 FROM "User" WHERE id = ${id} AND "organisationId" = ${viewer.organisationId} FOR NO KEY UPDATE`;
  const found = await tx.user.findFirst({
    where: { id, organisationId: viewer.organisationId },
    select: { ...currentFields, erasedAt: true, _count: { select: { managedUnits: true } } },
  });
  if (!found) throw notFound('Personen finns inte.');
  const { _count: counts, erasedAt, ...person } = found;
  if (erasedAt) throw invalid(ERASED);
  return { ...person, managedUnits: counts.managedUnits };
}

async function writeFields(tx: Tx, viewer: Writer, before: CurrentPerson, input: PersonWrite) {
  if (before.id === viewer.id && input.role !== 'ADMIN')
    throw invalid('Du kan inte ta bort din egen administratörsbehörighet. Be en annan administratör om det.');
  if (input.role === 'EMPLOYEE' && before.managedUnits > 0) {
    throw invalid(
      'Personen är chef för en eller flera enheter och behöver minst rollen Chef. Ta bort chefsuppdragen under Enheter först.',
    );
  }
  await assertUnitInOrganisation(tx, viewer, input.unitId);
  if (input.email !== before.email) await assertEmailFree(tx, viewer, input.email, before.id);
  await assertNumberFree(tx, viewer, input.employeeNumber, before.id);
  if (input.externalId !== undefined && input.externalId !== before.externalId)
    await assertExternalIdFree(tx, viewer, input.externalId, before.id);
  // A unit given by an administrator (or the provider) ends the wait of an account made at sign-in.
  const after = await tx.user.update({
    where: { id: before.id },
    data: { ...input, ...(input.unitId ? { awaitingSetup: false } : {}) },
    select: auditedFields,
  });
  const beforeFields = Object.fromEntries(
    Object.keys(auditedFields).map((key) => [key, before[key as keyof typeof auditedFields]]),
  );
  await recordPersonEvent(tx, viewer, { action: 'person.update', personId: before.id, before: beforeFields, after });
  if (before.unitId !== input.unitId || before.audience !== input.audience)
    await applyRulesForPeople(tx, viewer.organisationId, [before.id]);
}

async function writeActive(tx: Tx, viewer: Writer, before: CurrentPerson, active: boolean) {
  if (before.id === viewer.id && !active) throw invalid('Du kan inte inaktivera dig själv.');
  // Deactivation raises the session version: the person's open sessions end at once.
  await tx.user.update({
    where: { id: before.id },
    // Reactivation also brings back a person the provider's provisioning deleted.
    data: active ? { active, scimDeletedAt: null } : { active, sessionVersion: { increment: 1 } },
  });
  if (active) await applyRulesForPeople(tx, viewer.organisationId, [before.id]);
  await recordPersonEvent(tx, viewer, {
    action: active ? 'person.reactivate' : 'person.deactivate',
    personId: before.id,
    before: { active: before.active },
    after: { active },
  });
}

/**
 * Changes one person inside the caller's transaction: the change is decided from the person as
 * they are under the lock (a provider's PATCH applies to what is there now, not to what it read
 * earlier), and everything it writes commits or fails together.
 */
export async function changePersonIn(
  tx: Tx,
  viewer: Writer,
  id: string,
  decide: (current: CurrentPerson) => PersonChange,
): Promise<void> {
  const current = await readLocked(tx, viewer, id);
  const change = decide(current);
  if (change.fields) await writeFields(tx, viewer, current, change.fields);
  if (change.active !== undefined && change.active !== current.active)
    await writeActive(tx, viewer, current, change.active);
}

/** Several changes (one request of a provider, one administrator's form) as one transaction. */
export async function changingPeople<T>(viewer: Writer, work: (tx: Tx) => Promise<T>): Promise<T> {
  return changingStatistics(
    viewer.organisationId,
    guarded(() => db.$transaction(work, TX_OPTIONS)),
  );
}

const STALE =
  'Någon annan har ändrat personen sedan du öppnade sidan, till exempel er identitetsleverantör. Ladda om sidan och gör ändringen igen.';

/** `version`: the person's last change as the form showed it; a save over a later change is refused. */
export async function updatePerson(
  viewer: Writer,
  id: string,
  input: PersonWrite,
  options: { version?: string } = {},
): Promise<void> {
  await changingPeople(viewer, (tx) =>
    changePersonIn(tx, viewer, id, (current) => {
      if (options.version && current.updatedAt.toISOString() !== options.version)
        throw conflict(STALE, 'STALE_VERSION');
      return { fields: input };
    }),
  );
}

export async function setPersonActive(viewer: Writer, id: string, active: boolean): Promise<void> {
  await changingPeople(viewer, (tx) => changePersonIn(tx, viewer, id, () => ({ active })));
}
