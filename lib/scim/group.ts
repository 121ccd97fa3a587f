import { badRequest } from './errors';
import { patchSchema } from './patch';

// What a PATCH of a group (a unit) may do: add members (they move to the unit) and remove members.
// Renaming or replacing the whole membership is refused: units are the administrators' tree.

export type MemberChange = { add: string[]; remove: string[] };

const MEMBER_FILTER = /^members\[\s*value\s+eq\s+"([^"]+)"\s*\]$/i;

function memberIds(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map((m) => {
    const id = m && typeof m === 'object' ? (m as { value?: unknown }).value : undefined;
    if (typeof id !== 'string' || id === '')
      throw badRequest('invalidValue', 'En medlem ska anges som { "value": "<id>" }.');
    return id;
  });
}

export function parseGroupPatch(body: unknown): MemberChange {
  const parsed = patchSchema.safeParse(body);
  if (!parsed.success) throw badRequest('invalidSyntax', parsed.error.issues[0]!.message);
  const change: MemberChange = { add: [], remove: [] };
  for (const { op, path, value } of parsed.data.Operations) {
    const filtered = path ? MEMBER_FILTER.exec(path) : null;
    if (op === 'remove' && filtered) change.remove.push(filtered[1]!);
    else if (path?.toLowerCase() === 'members' && op === 'add') change.add.push(...memberIds(value));
    else if (path?.toLowerCase() === 'members' && op === 'remove') change.remove.push(...memberIds(value));
    else if (!path && op === 'add' && value && typeof value === 'object' && 'members' in value) {
      change.add.push(...memberIds((value as { members: unknown }).members));
    } else if (
      path?.toLowerCase() === 'displayname' ||
      (value && typeof value === 'object' && 'displayName' in value)
    ) {
      throw badRequest('mutability', 'Enhetens namn ändras under Administration, Enheter, inte genom provisionering.');
    } else {
      throw badRequest('invalidPath', 'En grupp kan bara få medlemmar tillagda (add) eller borttagna (remove).');
    }
  }
  change.remove = change.remove.filter((id) => !change.add.includes(id));
  return change;
}
