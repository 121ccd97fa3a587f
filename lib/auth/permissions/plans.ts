import { can } from './roles';
import type { UnitRef, Viewer } from './viewer';

// Competence plans (kompetensplaner) are governance documents: everyone signed in reads their own
// organisation's plans (people figures in them are protected like all statistics). Strategists and
// admins make and change any administration's plan; a manager only the plan of an administration
// whose top unit they manage themselves (managing a unit below it is not enough: the plan commits
// the whole administration).

/** An administration: a top-level unit (its path names only itself). */
export type AdministrationRef = UnitRef & { parentId: string | null };

export function canReadPlans(viewer: Pick<Viewer, 'organisationId'>, plan: { organisationId: string }): boolean {
  return plan.organisationId === viewer.organisationId;
}

/** May make any plans at all (shows the "new plan" link; each administration is checked on its own). */
export function canMakePlans(viewer: Viewer): boolean {
  if (can(viewer.role, 'plans:manage-organisation')) return true;
  return can(viewer.role, 'plans:manage-units') && viewer.managedUnitPaths.length > 0;
}

export function canEditPlanFor(viewer: Viewer, unit: AdministrationRef): boolean {
  if (unit.organisationId !== viewer.organisationId || unit.parentId !== null) return false;
  if (can(viewer.role, 'plans:manage-organisation')) return true;
  return can(viewer.role, 'plans:manage-units') && viewer.managedUnitPaths.includes(unit.path);
}

/** The record-level check every change of a plan goes through. */
export function canEditPlan(viewer: Viewer, plan: { organisationId: string; unit: AdministrationRef }): boolean {
  return plan.organisationId === viewer.organisationId && canEditPlanFor(viewer, plan.unit);
}
