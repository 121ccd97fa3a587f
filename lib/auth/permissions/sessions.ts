import { can } from './roles';
import { isUnitInScope, type UnitRef, type Viewer } from './viewer';

// Group sessions (gruppträffar): a manager plans them for, and records attendance in, the units
// they manage and those below; strategists and admins for any unit of their organisation.

export function canPlanSessions(viewer: Pick<Viewer, 'role'>): boolean {
  return can(viewer.role, 'sessions:plan-units');
}

export function canPlanSessionFor(viewer: Viewer, unit: UnitRef): boolean {
  if (unit.organisationId !== viewer.organisationId) return false;
  if (can(viewer.role, 'sessions:plan-organisation')) return true;
  return can(viewer.role, 'sessions:plan-units') && isUnitInScope(viewer, unit);
}

/** A session is the viewer's to see and change when every unit it invites is within their reach. */
export function canManageSession(viewer: Viewer, session: { organisationId: string; units: readonly UnitRef[] }) {
  return (
    session.organisationId === viewer.organisationId &&
    session.units.length > 0 &&
    session.units.every((unit) => canPlanSessionFor(viewer, unit))
  );
}

/** The sessions the viewer manages (the same rule as canManageSession), as a Prisma `where` on GroupSession. */
export function sessionScopeWhere(viewer: Viewer) {
  if (can(viewer.role, 'sessions:plan-organisation')) return { organisationId: viewer.organisationId };
  return {
    organisationId: viewer.organisationId,
    units: {
      some: {},
      every: { OR: viewer.managedUnitPaths.map((path) => ({ unit: { path: { startsWith: path } } })) },
    },
  };
}
