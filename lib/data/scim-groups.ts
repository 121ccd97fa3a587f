import 'server-only';
import { db } from '@/lib/db';
import { badRequest, ScimError } from '@/lib/scim/errors';
import type { Filter } from '@/lib/scim/filter';
import { unitNamePaths, unitsNamed } from '@/lib/units/tree';
import { changePersonIn, changingPeople } from './admin-people-write';
import { asScim } from './scim-users-write';
import { scimWriter, type ScimClient } from './scim-tokens';

// SCIM Groups are the organisation's units: a group's displayName is the unit's path, its members
// the active people placed directly in it. A provider that provisions groups finds the unit by
// name and moves people into it by adding them as members. Units themselves are made and removed
// by administrators (Administration, Enheter), never by a provider.

export const GROUP_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:Group';
type Unit = {
  id: string;
  name: string;
  parentId: string | null;
  path: string;
  depth: number;
  createdAt: Date;
  updatedAt: Date;
};

async function units(organisationId: string) {
  const rows: Unit[] = await db.orgUnit.findMany({
    where: { organisationId },
    select: { id: true, name: true, parentId: true, path: true, depth: true, createdAt: true, updatedAt: true },
    orderBy: [{ depth: 'asc' }, { name: 'asc' }],
  });
  return { rows, paths: unitNamePaths(rows) };
}

type Member = { id: string; name: string };

/** The direct, active members of the units shown, in one query for the whole page. */
async function membersOf(unitIds: string[]): Promise<Map<string, Member[]>> {
  const rows = await db.user.findMany({
    where: { unitId: { in: unitIds }, active: true, erasedAt: null, scimDeletedAt: null },
    select: { id: true, name: true, unitId: true },
    orderBy: { name: 'asc' },
  });
  const byUnit = new Map<string, Member[]>(unitIds.map((id) => [id, []]));
  for (const { unitId, ...member } of rows) byUnit.get(unitId!)?.push(member);
  return byUnit;
}

function toGroup(unit: Unit, path: string, base: string, members: Member[] | undefined) {
  return {
    schemas: [GROUP_SCHEMA],
    id: unit.id,
    displayName: path,
    ...(members
      ? { members: members.map((m) => ({ value: m.id, display: m.name, $ref: `${base}/Users/${m.id}` })) }
      : {}),
    meta: {
      resourceType: 'Group',
      created: unit.createdAt.toISOString(),
      lastModified: unit.updatedAt.toISOString(),
      location: `${base}/Groups/${unit.id}`,
    },
  };
}

/** The unit a displayName names: its path, or a name used once in the tree. */
function named(all: Awaited<ReturnType<typeof units>>, displayName: string): Unit[] {
  const ids = unitsNamed(all.paths, displayName);
  return ids.length === 1 ? all.rows.filter((u) => u.id === ids[0]) : [];
}

export async function listGroups(
  client: ScimClient,
  filter: Filter | null,
  page: { skip: number; take: number },
  options: { base: string; members: boolean },
) {
  const all = await units(client.organisationId);
  const matching = filter ? named(all, filter.value) : all.rows;
  const shown = matching.slice(page.skip, page.skip + page.take);
  const members = options.members ? await membersOf(shown.map((u) => u.id)) : null;
  return {
    total: matching.length,
    resources: shown.map((u) => toGroup(u, all.paths.get(u.id)!.join('/'), options.base, members?.get(u.id))),
  };
}

export async function getGroup(client: ScimClient, id: string, options: { base: string; members: boolean }) {
  const all = await units(client.organisationId);
  const unit = all.rows.find((u) => u.id === id);
  if (!unit) throw new ScimError(404, 'Gruppen (enheten) finns inte.');
  const members = options.members ? (await membersOf([unit.id])).get(unit.id) : undefined;
  return toGroup(unit, all.paths.get(unit.id)!.join('/'), options.base, members);
}

/** A provider asks to create a group: only an existing unit can be a group. */
export async function refuseNewGroup(client: ScimClient, displayName: string): Promise<never> {
  const all = await units(client.organisationId);
  if (named(all, displayName).length > 0)
    throw new ScimError(409, `Enheten "${displayName}" finns redan.`, 'uniqueness');
  throw badRequest(
    'invalidValue',
    `Enheten "${displayName}" finns inte i portalen. Grupper motsvarar enheter, som läggs till under Administration, Enheter.`,
  );
}

/** Adds people to a unit (they move there) or takes them out (only if they are still there), all or nothing. */
export async function changeMembers(
  client: ScimClient,
  id: string,
  change: { add: string[]; remove: string[] },
): Promise<void> {
  const viewer = scimWriter(client);
  const unit = await db.orgUnit.findFirst({
    where: { id, organisationId: client.organisationId },
    select: { id: true },
  });
  if (!unit) throw new ScimError(404, 'Gruppen (enheten) finns inte.');
  // In one order for every request, so two requests about the same people cannot wait on each other.
  const ids = [...new Set([...change.add, ...change.remove])].sort();
  const known = await db.user.findMany({
    where: { id: { in: ids }, organisationId: client.organisationId, erasedAt: null, scimDeletedAt: null },
    select: { id: true },
  });
  const unknown = ids.filter((m) => !known.some((p) => p.id === m));
  if (unknown.length > 0) throw badRequest('invalidValue', `Medlemmen ${unknown[0]} finns inte i organisationen.`);
  // One transaction for the request; each person is read under the change's lock, so "still there"
  // means still there when the move is written.
  await asScim(() =>
    changingPeople(viewer, async (tx) => {
      for (const personId of ids) {
        await changePersonIn(tx, viewer, personId, (current) => {
          if (current.scimDeletedAt)
            throw badRequest('invalidValue', `Medlemmen ${personId} finns inte i organisationen.`);
          const target = change.add.includes(personId) ? unit.id : current.unitId === unit.id ? null : current.unitId;
          if (target === current.unitId) return {};
          const { name, email, employeeNumber, externalId, role, audience, gender } = current;
          return { fields: { name, email, employeeNumber, externalId, role, audience, gender, unitId: target } };
        });
      }
    }),
  );
}
