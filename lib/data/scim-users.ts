import 'server-only';
import { db } from '@/lib/db';
import { ExpectedError } from '@/lib/errors';
import { badRequest, ScimError } from '@/lib/scim/errors';
import type { Filter } from '@/lib/scim/filter';
import { ENTERPRISE, USER_SCHEMA, type ScimUserInput, type UnitAttribute } from '@/lib/scim/user';
import { unitNamePaths, unitsNamed } from '@/lib/units/tree';
import { createPerson, setPersonActive, updatePerson } from './admin-people-write';
import { scimWriter, type ScimClient } from './scim-tokens';

// People as SCIM Users of one organisation. Every write goes through the administrator's own
// functions (admin-people-write): the same checks, audit events, assignment rules that follow
// people, and deactivation instead of deletion. The person's unit is named by the attribute the
// organisation chose (department by default), as a unit path or a name used once in the tree.

const select = {
  id: true,
  name: true,
  email: true,
  employeeNumber: true,
  externalId: true,
  active: true,
  unitId: true,
  role: true,
  audience: true,
  gender: true,
  erasedAt: true,
  createdAt: true,
  updatedAt: true,
} as const;
type Row = NonNullable<Awaited<ReturnType<typeof findRow>>>;

const findRow = (organisationId: string, id: string) =>
  db.user.findFirst({ where: { id, organisationId, erasedAt: null }, select });

async function unitPaths(organisationId: string) {
  const units = await db.orgUnit.findMany({
    where: { organisationId },
    select: { id: true, name: true, parentId: true, path: true, depth: true },
  });
  return unitNamePaths(units);
}

/** The person as SCIM shows them; `base` is the service's address, for meta.location. */
export function toResource(row: Row, unitPath: string | null, unitAttribute: UnitAttribute, base: string) {
  return {
    schemas: [USER_SCHEMA, ENTERPRISE],
    id: row.id,
    ...(row.externalId ? { externalId: row.externalId } : {}),
    userName: row.email ?? row.employeeNumber ?? row.id,
    name: { formatted: row.name },
    displayName: row.name,
    active: row.active,
    emails: row.email ? [{ value: row.email, type: 'work', primary: true }] : [],
    [ENTERPRISE]: {
      ...(unitPath ? { [unitAttribute]: unitPath } : {}),
      ...(row.employeeNumber ? { employeeNumber: row.employeeNumber } : {}),
    },
    meta: {
      resourceType: 'User',
      created: row.createdAt.toISOString(),
      lastModified: row.updatedAt.toISOString(),
      location: `${base}/Users/${row.id}`,
    },
  };
}
export type UserResource = ReturnType<typeof toResource>;

async function present(client: ScimClient, rows: Row[], base: string) {
  const paths = await unitPaths(client.organisationId);
  return rows.map((row) =>
    toResource(row, row.unitId ? (paths.get(row.unitId)?.join('/') ?? null) : null, client.mapping.unit, base),
  );
}

export async function getUser(client: ScimClient, id: string, base: string): Promise<UserResource> {
  const row = await findRow(client.organisationId, id);
  if (!row) throw new ScimError(404, 'Personen finns inte.');
  return (await present(client, [row], base))[0]!;
}

export async function listUsers(
  client: ScimClient,
  filter: Filter | null,
  page: { skip: number; take: number },
  base: string,
) {
  const by =
    filter?.attribute === 'externalId'
      ? { externalId: filter.value }
      : filter
        ? { email: filter.value.trim().toLowerCase() }
        : {};
  const where = { organisationId: client.organisationId, erasedAt: null, ...by };
  const [total, rows] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      select,
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      skip: page.skip,
      take: page.take,
    }),
  ]);
  return { total, resources: await present(client, rows, base) };
}

async function resolveUnit(
  organisationId: string,
  value: string | null | undefined,
): Promise<string | null | undefined> {
  if (value === undefined || value === null) return value;
  const matches = unitsNamed(await unitPaths(organisationId), value);
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

async function assertExternalIdFree(client: ScimClient, externalId: string | null | undefined, exceptId?: string) {
  if (!externalId) return;
  const holder = await db.user.findUnique({
    where: { organisationId_externalId: { organisationId: client.organisationId, externalId } },
    select: { id: true },
  });
  if (holder && holder.id !== exceptId)
    throw new ScimError(409, 'En annan person har redan det externalId.', 'uniqueness');
}

export async function createUser(client: ScimClient, input: ScimUserInput, base: string): Promise<UserResource> {
  const viewer = scimWriter(client);
  await assertExternalIdFree(client, input.externalId);
  const unitId = (await resolveUnit(client.organisationId, input.unit)) ?? null;
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
    }),
  );
  if (input.active === false) await asScim(() => setPersonActive(viewer, id, false));
  return getUser(client, id, base);
}

/** PUT and PATCH: what the request says replaces what is kept; what it does not say stays. */
export async function replaceUser(
  client: ScimClient,
  id: string,
  input: ScimUserInput,
  base: string,
): Promise<UserResource> {
  const viewer = scimWriter(client);
  const row = await findRow(client.organisationId, id);
  if (!row) throw new ScimError(404, 'Personen finns inte.');
  await assertExternalIdFree(client, input.externalId, id);
  const unitId = await resolveUnit(client.organisationId, input.unit);
  await asScim(() =>
    updatePerson(viewer, id, {
      name: input.name,
      email: input.email,
      employeeNumber: input.employeeNumber === undefined ? row.employeeNumber : input.employeeNumber,
      externalId: input.externalId === undefined ? row.externalId : input.externalId,
      role: row.role,
      audience: input.audience ?? row.audience,
      unitId: unitId === undefined ? row.unitId : unitId,
      gender: row.gender,
    }),
  );
  if (input.active !== undefined && input.active !== row.active)
    await asScim(() => setPersonActive(viewer, id, input.active!));
  return getUser(client, id, base);
}

/** DELETE deactivates: the person's history stays, as when an administrator deactivates them. */
export async function deactivateUser(client: ScimClient, id: string): Promise<void> {
  const row = await findRow(client.organisationId, id);
  if (!row) throw new ScimError(404, 'Personen finns inte.');
  await asScim(() => setPersonActive(scimWriter(client), id, false));
}
