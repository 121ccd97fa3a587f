import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import { managesUnits, unitScopeWhere, type Viewer } from '@/lib/auth/permissions';

// The units a manager works with: the team view, the assignment form and the rules page list them.

export type ScopeUnit = { id: string; name: string; depth: number; path: string };

/** Units the viewer may pick: their own subtree, or the whole organisation for organisation-wide work. */
export const listScopeUnits = cache(async (viewer: Viewer, organisationWide = false): Promise<ScopeUnit[]> => {
  if (!organisationWide && !managesUnits(viewer)) return [];
  const units = await db.orgUnit.findMany({
    where: unitScopeWhere(viewer, { organisationWide }),
    select: { id: true, name: true, depth: true, path: true },
  });
  return sortAsTree(units);
});

/** Parents before children, siblings by name: the order of an indented list. */
function sortAsTree(units: ScopeUnit[]): ScopeUnit[] {
  const names = new Map(units.map((u) => [u.id, u.name]));
  const sortKey = (u: ScopeUnit) =>
    u.path
      .split('/')
      .filter(Boolean)
      .map((id) => names.get(id) ?? id)
      .join('\u0000');
  return [...units].sort((a, b) => sortKey(a).localeCompare(sortKey(b), 'sv'));
}
