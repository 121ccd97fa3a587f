import { can } from './roles';
import { isUnitInScope, topmostPaths, type UnitRef, type Viewer } from './viewer';

export function canManageUnit(viewer: Viewer, unit: UnitRef): boolean {
  if (unit.organisationId !== viewer.organisationId) return false;
  if (can(viewer.role, 'admin:units')) return true;
  return can(viewer.role, 'team:assign') && isUnitInScope(viewer, unit);
}

/**
 * The viewer's units and every unit below them as a Prisma `where` on OrgUnit, or the whole
 * organisation when the caller works organisation-wide (and has checked that it may).
 */
export function unitScopeWhere(viewer: Viewer, options: { organisationWide?: boolean } = {}) {
  if (options.organisationWide) return { organisationId: viewer.organisationId };
  return {
    organisationId: viewer.organisationId,
    OR: topmostPaths(viewer.managedUnitPaths).map((path) => ({ path: { startsWith: path } })),
  };
}
