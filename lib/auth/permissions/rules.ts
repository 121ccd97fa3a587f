import { can } from './roles';
import { isUnitInScope, type UnitRef, type Viewer } from './viewer';

/** Strategists and admins make rules for the whole organisation; managers only on their units. */
export function canManageOrganisationRules(viewer: Pick<Viewer, 'role'>): boolean {
  return can(viewer.role, 'rules:manage-organisation');
}

/** A rule on `unit`, or on the whole organisation when `unit` is null. */
export function canManageRule(viewer: Viewer, unit: UnitRef | null): boolean {
  if (unit !== null && unit.organisationId !== viewer.organisationId) return false;
  if (canManageOrganisationRules(viewer)) return true;
  return unit !== null && can(viewer.role, 'rules:manage-units') && isUnitInScope(viewer, unit);
}
