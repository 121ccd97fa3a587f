import 'server-only';
import type { Viewer } from '@/lib/auth/permissions';
import { conflict, invalid } from '@/lib/errors';
import { uniqueViolationOn, type Tx } from './tx';

// The checks a change to a person passes before it is written (admin-people-write), each inside
// the change's transaction, and what a unique index says when another request won the race.
export const EMAIL_TAKEN_HERE = 'E-postadressen används redan av en annan person i organisationen.';
// Deliberately vague: the answer must not reveal which organisation holds the address.
export const EMAIL_TAKEN_ELSEWHERE =
  'E-postadressen används redan av ett annat konto i portalen. Kontakta portalens förvaltning om personen har bytt organisation.';
export const NUMBER_TAKEN = 'Anställningsnumret används redan av en annan person i organisationen.';

export async function assertUnitInOrganisation(tx: Tx, viewer: Viewer, unitId: string | null) {
  if (!unitId) return;
  const unit = await tx.orgUnit.findFirst({
    where: { id: unitId, organisationId: viewer.organisationId },
    select: { id: true },
  });
  if (!unit) throw invalid('Enheten finns inte. Välj en enhet i listan.');
}

export async function assertEmailFree(tx: Tx, viewer: Viewer, email: string | null, exceptId?: string) {
  if (!email) return;
  const holder = await tx.user.findUnique({ where: { email }, select: { id: true, organisationId: true } });
  if (!holder || holder.id === exceptId) return;
  throw conflict(
    holder.organisationId === viewer.organisationId ? EMAIL_TAKEN_HERE : EMAIL_TAKEN_ELSEWHERE,
    'EMAIL_TAKEN',
  );
}

export async function assertNumberFree(tx: Tx, viewer: Viewer, employeeNumber: string | null, exceptId?: string) {
  if (!employeeNumber) return;
  const holder = await tx.user.findUnique({
    where: { organisationId_employeeNumber: { organisationId: viewer.organisationId, employeeNumber } },
    select: { id: true },
  });
  if (holder && holder.id !== exceptId) throw conflict(NUMBER_TAKEN, 'NUMBER_TAKEN');
}

const EXTERNAL_ID_TAKEN =
  'En annan person i organisationen har redan samma id hos identitetsleverantören (externalId).';

export async function assertExternalIdFree(
  tx: Tx,
  viewer: Viewer,
  externalId: string | null | undefined,
  exceptId?: string,
) {
  if (!externalId) return;
  const holder = await tx.user.findUnique({
    where: { organisationId_externalId: { organisationId: viewer.organisationId, externalId } },
    select: { id: true },
  });
  if (holder && holder.id !== exceptId) throw conflict(EXTERNAL_ID_TAKEN);
}

/** Another request may take the address, number or external id between our check and the write: the unique index decides. */
export async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (uniqueViolationOn(error, 'externalId')) throw conflict(EXTERNAL_ID_TAKEN);
    if (uniqueViolationOn(error, 'employeeNumber')) throw conflict(NUMBER_TAKEN, 'NUMBER_TAKEN');
    if (uniqueViolationOn(error, 'email')) throw conflict(EMAIL_TAKEN_HERE, 'EMAIL_TAKEN');
    // Some other row (an assignment a rule writes, say): not the person's fields, so not their error.
    throw error;
  }
}
