// Who is asking, and the scope every record-level check starts from. A viewer reaches only their
// own organisation; a manager reaches the units they manage and every unit below them (units
// carry a materialised path of ids, so "below" is a path prefix).
import type { Role } from './roles';

export type Viewer = {
  id: string;
  organisationId: string;
  role: Role;
  /** Paths ("/root/.../unit/") of the units this person manages. */
  managedUnitPaths: readonly string[];
};

export type UnitRef = { organisationId: string; path: string };

/** The part of every `where` that keeps a query inside the viewer's organisation. */
export function organisationWhere(viewer: Pick<Viewer, 'organisationId'>): { organisationId: string } {
  return { organisationId: viewer.organisationId };
}

/** Scope alone, without the role: also for jobs that know a manager's units but have no session. */
export function isUnitInScope(viewer: Pick<Viewer, 'organisationId' | 'managedUnitPaths'>, unit: UnitRef): boolean {
  if (unit.organisationId !== viewer.organisationId) return false;
  return viewer.managedUnitPaths.some((managed) => unit.path.startsWith(managed));
}

export function managesUnits(viewer: Viewer): boolean {
  return viewer.managedUnitPaths.length > 0;
}

/** The narrowest set of paths covering all managed units (a unit below another adds nothing). */
export function topmostPaths(paths: readonly string[]): string[] {
  const sorted = [...new Set(paths)].sort((a, b) => a.length - b.length);
  return sorted.filter((p, i) => !sorted.slice(0, i).some((q) => p.startsWith(q)));
}
