// Who may change an organisation's checklist. Everyone in the organisation reads it
// (checklist:read); strategists and admins change any item; a manager changes only the items
// they are responsible for, and cannot hand them to someone else.
import { can } from './roles';
import { isUnitInScope, type UnitRef, type Viewer } from './viewer';

type ChecklistViewer = Pick<Viewer, 'id' | 'role' | 'organisationId'>;

export function canEditChecklistItem(
  viewer: ChecklistViewer,
  checklist: { organisationId: string },
  item: { responsibleId: string | null },
): boolean {
  if (checklist.organisationId !== viewer.organisationId) return false;
  if (can(viewer.role, 'checklist:edit-any')) return true;
  return can(viewer.role, 'checklist:edit-assigned') && item.responsibleId === viewer.id;
}

/** Only those who may change any item choose who is responsible. */
export function canAssignResponsible(viewer: Pick<Viewer, 'role'>): boolean {
  return can(viewer.role, 'checklist:edit-any');
}

/** Opening a checklist (for the organisation or an administration) is for those who run it. */
export function canOpenChecklist(viewer: Pick<Viewer, 'role'>): boolean {
  return can(viewer.role, 'checklist:edit-any');
}

/** An item's rows (history, comments, version) as a Prisma `where`, inside the viewer's organisation. */
export function checklistItemWhere(
  viewer: Pick<Viewer, 'organisationId'>,
  item: { checklistId: string; itemKey: string },
) {
  return { checklistId: item.checklistId, itemKey: item.itemKey, checklist: { organisationId: viewer.organisationId } };
}

/**
 * An administration's score rounds (the self-assessment against SKR's step) are made by its
 * management: strategists and admins for any administration, a manager for the administration
 * whose top unit they manage (managing a unit below it is not enough).
 */
export function canScoreAdministration(viewer: Viewer, unit: UnitRef): boolean {
  if (unit.organisationId !== viewer.organisationId) return false;
  if (can(viewer.role, 'checklist:edit-any')) return true;
  return can(viewer.role, 'team:assign') && isUnitInScope(viewer, unit);
}
