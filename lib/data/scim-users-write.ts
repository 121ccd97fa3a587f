import 'server-only';
import { db } from '@/lib/db';
import { ExpectedError } from '@/lib/errors';
import { badRequest, ScimError } from '@/lib/scim/errors';
import { applyPatch } from '@/lib/scim/patch';
import { parseUserResource, patchableAttributes, type ScimUserInput } from '@/lib/scim/user';
import { unitsNamed } from '@/lib/units/tree';
import {
  changePersonIn,
  changingPeople,
  createPerson,
  recordPersonEvent,
  type CurrentPerson,
  type PersonChange,
  type PersonWrite,
} from './admin-people-write';
import { scimWriter, type ScimClient } from './scim-tokens';
import type { Tx } from './tx';
import { findRow, getUser, pathOf, toResource, unitPaths, type Row, type UserResource } from './scim-users';

// A provider's writes to people. Every write goes through the administrator's own functions
// (admin-people-write): the same checks, audit events, assignment rules that follow people, and
// deactivation instead of deletion, each request in one transaction. A unit is named as a path or
// as a name used once in the tree.

/** The unit a SCIM value names (undefined: not said; null: cleared), from the organisation's unit paths. */
function resolveUnit(paths: Map<string, string[]>, value: string | null | undefined): string | null | undefined {
  if (value === undefined || value === null) return value;
  const matches = unitsNamed(paths, value);
  if (matches.length === 1) return matches[0];
  if (matches.length > 1)
    throw badRequest(
      'invalidValue',
      `Flera enheter heter "${value}". Ange hela sökvägen, till exempel Förvaltning/Enhet.`,
    );
  throw badRequest(
    'invalidValue',
    `Enheten "${value}" finns inte i organisationen. Lägg till den under Administration, Enheter.`,
  );
}

/** The data layer's expected errors in SCIM's terms; anything else passes on (a 500). */
export async function asScim<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof ExpectedError)) throw error;
    if (error.code === 'NOT_FOUND') throw new ScimError(404, error.message);
    if (error.code === 'EMAIL_TAKEN' || error.code === 'NUMBER_TAKEN' || error.code === 'CONFLICT') {
      throw new ScimError(409, error.message, 'uniqueness');
    }
    throw badRequest('invalidValue', error.message);
  }
}

/** The person's fields after a SCIM write: what the request says, and what it leaves unsaid as it is. */
function fieldsFrom(
  current: Omit<Row, 'erasedAt' | 'createdAt' | 'updatedAt'>,
  input: ScimUserInput,
  unitId: string | null | undefined,
): PersonWrite {
  return {
    name: input.name,
    email: input.email,
    employeeNumber: input.employeeNumber === undefined ? current.employeeNumber : input.employeeNumber,
    externalId: input.externalId === undefined ? current.externalId : input.externalId,
    role: current.role,
    audience: input.audience ?? current.audience,
    unitId: unitId === undefined ? current.unitId : unitId,
    gender: current.gender,
  };
}

/**
 * One change to a person the provider can see (not erased, not deleted by it), in one
 * transaction: `decide` sees the person as they are under the change's lock, so two requests at
 * once (Entra sends them in parallel) each build on what the other committed.
 */
async function changeVisible(
  client: ScimClient,
  id: string,
  decide: (current: CurrentPerson) => PersonChange,
  alsoWrite?: (tx: Tx) => Promise<void>,
): Promise<void> {
  const viewer = scimWriter(client);
  // An erased person is gone for SCIM too (404), where an administrator is told why (400).
  if (!(await findRow(client.organisationId, id))) throw new ScimError(404, 'Personen finns inte.');
  await asScim(() =>
    changingPeople(viewer, async (tx) => {
      await changePersonIn(tx, viewer, id, (current) => {
        if (current.scimDeletedAt) throw new ScimError(404, 'Personen finns inte.');
        return decide(current);
      });
      await alsoWrite?.(tx);
    }),
  );
}

/** PUT and PATCH: `edit` turns the person as SCIM shows them now into what the request makes of them. */
async function writeUser(
  client: ScimClient,
  id: string,
  base: string,
  edit: (current: UserResource) => ScimUserInput,
): Promise<UserResource> {
  const paths = await unitPaths(client.organisationId);
  await changeVisible(client, id, (current) => {
    const input = edit(toResource(current, pathOf(paths, current.unitId), client.mapping.unit, base));
    return { fields: fieldsFrom(current, input, resolveUnit(paths, input.unit)), active: input.active };
  });
  return getUser(client, id, base);
}

/**
 * A person the provider deleted, whom it now creates again: the same person comes back, history
 * and all. Found by the provider's id; by address only where no other id is recorded, since
 * municipalities give a leaver's address to someone new, who must not inherit the leaver's account.
 */
async function deletedMatch(client: ScimClient, input: ScimUserInput) {
  const gone = { organisationId: client.organisationId, scimDeletedAt: { not: null }, erasedAt: null };
  const byId = input.externalId
    ? await db.user.findFirst({ where: { ...gone, externalId: input.externalId }, select: { id: true } })
    : null;
  return (
    byId ??
    db.user.findFirst({
      where: {
        ...gone,
        email: input.email,
        OR: [{ externalId: null }, ...(input.externalId ? [{ externalId: input.externalId }] : [])],
      },
      select: { id: true },
    })
  );
}

export async function createUser(client: ScimClient, input: ScimUserInput, base: string): Promise<UserResource> {
  const viewer = scimWriter(client);
  const unitId = resolveUnit(await unitPaths(client.organisationId), input.unit) ?? null;
  const gone = await deletedMatch(client, input);
  if (gone) {
    await asScim(() =>
      changingPeople(viewer, (tx) =>
        changePersonIn(tx, viewer, gone.id, (current) => {
          // Brought back meanwhile (another POST, an administrator): the person exists.
          if (!current.scimDeletedAt) throw new ScimError(409, 'Personen finns redan.', 'uniqueness');
          return {
            fields: { ...fieldsFrom(current, input, unitId), scimDeletedAt: null },
            active: input.active ?? true,
          };
        }),
      ),
    );
    return getUser(client, gone.id, base);
  }
  const id = await asScim(() =>
    createPerson(viewer, {
      name: input.name,
      email: input.email,
      employeeNumber: input.employeeNumber ?? null,
      externalId: input.externalId ?? null,
      role: 'EMPLOYEE',
      audience: input.audience ?? 'EMPLOYEE',
      unitId,
      gender: null,
      active: input.active ?? true,
    }),
  );
  return getUser(client, id, base);
}

/**
 * PUT: what the request says replaces what is kept. What it leaves out (the unit, the employee
 * number) stays as it is, which RFC 7644 (3.5.1) allows for attributes a client does not assert:
 * the portal also keeps people's role and gender, which no provider sends.
 */
export async function replaceUser(
  client: ScimClient,
  id: string,
  input: ScimUserInput,
  base: string,
): Promise<UserResource> {
  return writeUser(client, id, base, () => input);
}

/** PATCH: the operations apply to the person as they are when the change runs. */
export async function patchUser(client: ScimClient, id: string, body: unknown, base: string): Promise<UserResource> {
  return writeUser(client, id, base, (current) => {
    const resource: Record<string, unknown> = { ...current };
    delete resource.meta;
    delete resource.id;
    const input = parseUserResource(applyPatch(resource, body, { attributes: patchableAttributes }), client.mapping);
    // The PATCH started from the whole resource: what is missing now was removed.
    return {
      ...input,
      unit: input.unit ?? null,
      externalId: input.externalId ?? null,
      employeeNumber: input.employeeNumber ?? null,
    };
  });
}

/**
 * DELETE deactivates, as when an administrator does, and the person's history stays. For SCIM the
 * person is then gone (RFC 7644 3.6: 404 from then on) until the provider creates them again or an
 * administrator reactivates them.
 */
export async function deactivateUser(client: ScimClient, id: string): Promise<void> {
  await changeVisible(
    client,
    id,
    () => ({ active: false }),
    async (tx) => {
      await tx.user.update({ where: { id }, data: { scimDeletedAt: new Date() } });
      await recordPersonEvent(tx, scimWriter(client), { action: 'person.scimDelete', personId: id, after: {} });
    },
  );
}
