// Role, audience and gender options come from lib/labels.ts; this builds the unit list.
/** Units indented by depth, so the tree shows in a flat list. */
export function unitSelectOptions(units: readonly { id: string; name: string; depth: number }[]) {
  return units.map((u) => ({ value: u.id, label: `${'\u00a0\u00a0'.repeat(u.depth)}${u.name}` }));
}
