import { isPersonInScope, type PersonRef } from './people';
import { can } from './roles';
import { isUnitInScope, type UnitRef, type Viewer } from './viewer';

// A manager assigns courses and sends reminders within their units; nobody reaches a person
// without a unit (such as a politician) this way.

export function canAssign(viewer: Pick<Viewer, 'role'>): boolean {
  return can(viewer.role, 'team:assign');
}

export function canAssignToPerson(viewer: Viewer, person: Omit<PersonRef, 'id'>): boolean {
  return canAssign(viewer) && isPersonInScope(viewer, person);
}

export function canAssignToUnit(viewer: Viewer, unit: UnitRef): boolean {
  return canAssign(viewer) && isUnitInScope(viewer, unit);
}

/** A manual reminder goes to the same people a manager may assign courses to. */
export function canRemindPerson(viewer: Viewer, person: Omit<PersonRef, 'id'>): boolean {
  return canAssignToPerson(viewer, person);
}

/**
 * Withdrawing an assignment or moving its due date: a manager within their units, a strategist or
 * administrator anywhere in the organisation (they run the organisation's rules, whose
 * assignments may need an exception for one person).
 */
export function canChangeAssignment(viewer: Viewer, person: Omit<PersonRef, 'id'>): boolean {
  if (person.organisationId !== viewer.organisationId) return false;
  return can(viewer.role, 'rules:manage-organisation') || canAssignToPerson(viewer, person);
}
