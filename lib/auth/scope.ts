// Record-level checks. A viewer reaches only their own organisation; a manager reaches the units
// they manage and every unit below them (units carry a materialised path of ids).
import { can, type Role } from './permissions';

export type Viewer = {
  id: string;
  organisationId: string;
  role: Role;
  /** Paths ("/root/.../unit/") of the units this person manages. */
  managedUnitPaths: readonly string[];
};

export type PersonRef = { id: string; organisationId: string; unitPath: string | null };

export function isUnitInScope(viewer: Viewer, unit: { organisationId: string; path: string }): boolean {
  if (unit.organisationId !== viewer.organisationId) return false;
  return viewer.managedUnitPaths.some((managed) => unit.path.startsWith(managed));
}

/** May the viewer see this person's assignments and progress (never their reflections)? */
export function canViewPerson(viewer: Viewer, person: PersonRef): boolean {
  if (person.organisationId !== viewer.organisationId) return false;
  if (person.id === viewer.id) return true;
  if (can(viewer.role, 'admin:people')) return true;
  if (!person.unitPath || !can(viewer.role, 'team:view')) return false;
  return isUnitInScope(viewer, { organisationId: person.organisationId, path: person.unitPath });
}

export function canManageUnit(viewer: Viewer, unit: { organisationId: string; path: string }): boolean {
  if (unit.organisationId !== viewer.organisationId) return false;
  if (can(viewer.role, 'admin:units')) return true;
  return can(viewer.role, 'team:assign') && isUnitInScope(viewer, unit);
}

/** The narrowest set of paths covering all managed units (a unit below another adds nothing). */
export function topmostPaths(paths: readonly string[]): string[] {
  const sorted = [...new Set(paths)].sort((a, b) => a.length - b.length);
  return sorted.filter((p, i) => !sorted.slice(0, i).some((q) => p.startsWith(q)));
}

/** Content belongs to the host organisation: only its strategists and admins edit it. */
export function canEditContent(
  viewer: Pick<Viewer, 'role' | 'organisationId'>,
  hostOrganisationId: string | null,
): boolean {
  return (
    hostOrganisationId !== null && viewer.organisationId === hostOrganisationId && can(viewer.role, 'content:edit')
  );
}
