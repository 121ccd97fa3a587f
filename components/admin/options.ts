import { t } from '@/lib/i18n';
import { audienceValues, genderValues, roleValues } from '@/lib/validation/admin';

// Select options in the portal's words, shared by the admin forms and filters.
export const roleOptions = roleValues.map((value) => ({ value, label: t.roles[value] }));
export const audienceOptions = audienceValues.map((value) => ({ value, label: t.audiences[value] }));
export const genderOptions = genderValues.map((value) => ({ value, label: t.genders[value] }));

/** Units indented by depth, so the tree shows in a flat list. */
export function unitSelectOptions(units: readonly { id: string; name: string; depth: number }[]) {
  return units.map((u) => ({ value: u.id, label: `${'\u00a0\u00a0'.repeat(u.depth)}${u.name}` }));
}
