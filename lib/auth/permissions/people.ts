import { can } from './roles';
import { isUnitInScope, topmostPaths, type Viewer } from './viewer';

export type PersonRef = { id: string; organisationId: string; unitPath: string | null };

/** Is the person in one of the viewer's units (or below)? People without a unit never are. */
export function isPersonInScope(
  viewer: Pick<Viewer, 'organisationId' | 'managedUnitPaths'>,
  person: Omit<PersonRef, 'id'>,
): boolean {
  return (
    person.unitPath !== null && isUnitInScope(viewer, { organisationId: person.organisationId, path: person.unitPath })
  );
}

/** May the viewer see this person's assignments and progress (never their reflections)? */
export function canViewPerson(viewer: Viewer, person: PersonRef): boolean {
  if (person.organisationId !== viewer.organisationId) return false;
  if (person.id === viewer.id) return true;
  if (can(viewer.role, 'admin:people')) return true;
  return can(viewer.role, 'team:view') && isPersonInScope(viewer, person);
}

/**
 * The people in the viewer's units and every unit below them, as a Prisma `where` on User. A
 * viewer who manages no unit gets an empty `OR`, which matches nobody.
 */
export function personScopeWhere(viewer: Viewer) {
  return {
    organisationId: viewer.organisationId,
    OR: topmostPaths(viewer.managedUnitPaths).map((path) => ({ unit: { path: { startsWith: path } } })),
  };
}
