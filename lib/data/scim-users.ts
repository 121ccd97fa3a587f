import 'server-only';
import { db } from '@/lib/db';
import { ScimError } from '@/lib/scim/errors';
import type { Filter } from '@/lib/scim/filter';
import { ENTERPRISE, USER_SCHEMA, type UnitAttribute } from '@/lib/scim/user';
import { unitNamePaths } from '@/lib/units/tree';
import type { ScimClient } from './scim-tokens';

// People as SCIM Users of one organisation, as the provider reads them (writes: scim-users-write).
// The person's unit is named by the attribute the organisation chose (department by default), as
// the unit's path.

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
export type Row = NonNullable<Awaited<ReturnType<typeof findRow>>>;

export const findRow = (organisationId: string, id: string) =>
  db.user.findFirst({ where: { id, organisationId, erasedAt: null, scimDeletedAt: null }, select });

export async function unitPaths(organisationId: string) {
  const units = await db.orgUnit.findMany({
    where: { organisationId },
    select: { id: true, name: true, parentId: true, path: true, depth: true },
  });
  return unitNamePaths(units);
}

/** The person as SCIM shows them; `base` is the service's address, for meta.location. */
export function toResource(
  row: Omit<Row, 'erasedAt'>,
  unitPath: string | null,
  unitAttribute: UnitAttribute,
  base: string,
) {
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

export const pathOf = (paths: Map<string, string[]>, unitId: string | null) =>
  unitId ? (paths.get(unitId)?.join('/') ?? null) : null;

async function present(client: ScimClient, rows: Row[], base: string) {
  const paths = await unitPaths(client.organisationId);
  return rows.map((row) => toResource(row, pathOf(paths, row.unitId), client.mapping.unit, base));
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
  const where = { organisationId: client.organisationId, erasedAt: null, scimDeletedAt: null, ...by };
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
