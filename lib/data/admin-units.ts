import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import type { Viewer } from '@/lib/auth/permissions';
import { buildUnitTree, flattenUnitTree, unitNamePaths, type UnitNode } from '@/lib/units/tree';

// Reads of the unit tree for /admin (the caller has checked admin:units or admin:people).
export type AdminUnit = UnitNode & {
  managers: { id: string; name: string; email: string | null; active: boolean }[];
  activePeople: number;
};

export const listUnits = cache(async (viewer: Viewer): Promise<AdminUnit[]> => {
  const units = await db.orgUnit.findMany({
    where: { organisationId: viewer.organisationId },
    select: {
      id: true,
      parentId: true,
      name: true,
      path: true,
      depth: true,
      managers: { select: { user: { select: { id: true, name: true, email: true, active: true } } } },
      _count: { select: { users: { where: { active: true } } } },
    },
  });
  const list = units.map(({ managers, _count, ...u }) => ({
    ...u,
    managers: managers.map((m) => m.user).sort((a, b) => a.name.localeCompare(b.name, 'sv')),
    activePeople: _count.users,
  }));
  return flattenUnitTree(buildUnitTree(list));
});

/** Units in display order with their full names ("Utbildningsförvaltningen / Förskola"), for select lists. */
export const listUnitOptions = cache(async (viewer: Viewer) => {
  const units = await db.orgUnit.findMany({
    where: { organisationId: viewer.organisationId },
    select: { id: true, parentId: true, name: true, path: true, depth: true },
  });
  const names = unitNamePaths(units);
  return flattenUnitTree(buildUnitTree(units)).map((u) => {
    const path = names.get(u.id) ?? [u.name];
    return { ...u, names: path, label: path.join(' / ') };
  });
});
