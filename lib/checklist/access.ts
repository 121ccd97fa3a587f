// Who may change an organisation's checklist. Everyone in the organisation reads it
// (checklist:read); strategists and admins change any item; a manager changes only the items
// they are responsible for, and cannot hand them to someone else.
import { can, type Role } from '@/lib/auth/permissions';

type Viewer = { id: string; role: Role; organisationId: string };

export function canEditChecklistItem(
  viewer: Viewer,
  checklist: { organisationId: string },
  item: { responsibleId: string | null },
): boolean {
  if (checklist.organisationId !== viewer.organisationId) return false;
  if (can(viewer.role, 'checklist:edit-any')) return true;
  return can(viewer.role, 'checklist:edit-assigned') && item.responsibleId === viewer.id;
}

/** Only those who may change any item choose who is responsible. */
export function canAssignResponsible(viewer: Viewer): boolean {
  return can(viewer.role, 'checklist:edit-any');
}

/** Opening a checklist (for the organisation or an administration) is for those who run it. */
export function canOpenChecklist(viewer: Viewer): boolean {
  return can(viewer.role, 'checklist:edit-any');
}
