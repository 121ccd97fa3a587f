// The unit filter of the statistics pages. Listing every unit would make the page grow with the
// organisation (1,529 options, some 200 KB, for the national bench's largest) and the list
// unusable, so it offers the units a person is likely to want next: the highest units the viewer
// may see and the units right below them, and around the chosen unit the units above it, the
// unit itself and the units right below it. Deeper units are reached in steps.

export type UnitChoice = { id: string; name: string; path: string; depth: number };
export type UnitOption = { id: string; name: string; indent: number };

const idsOf = (path: string) => path.split('/').filter(Boolean);

/** The options in tree order (each under its parent, siblings by name), and whether deeper units exist. */
export function unitChoices(
  units: readonly UnitChoice[],
  selectedId?: string,
): { options: UnitOption[]; deeper: boolean } {
  if (units.length === 0) return { options: [], deeper: false };
  const top = Math.min(...units.map((u) => u.depth));
  const selected = units.find((u) => u.id === selectedId);
  const above = new Set(selected ? idsOf(selected.path) : []);
  const shown = units.filter(
    (u) =>
      u.depth <= top + 1 ||
      above.has(u.id) ||
      (selected !== undefined && u.depth === selected.depth + 1 && u.path.startsWith(selected.path)),
  );
  const names = new Map(units.map((u) => [u.id, u.name]));
  // Sorted by the names from the top down, so every unit comes right after its parent's subtree begins.
  const trails = new Map(
    shown.map((u) => [
      u.id,
      idsOf(u.path)
        .filter((id) => names.has(id))
        .map((id) => names.get(id)!),
    ]),
  );
  const compare = (a: UnitChoice, b: UnitChoice) => {
    const [x, y] = [trails.get(a.id)!, trails.get(b.id)!];
    for (let i = 0; i < Math.min(x.length, y.length); i++) {
      const c = x[i]!.localeCompare(y[i]!, 'sv');
      if (c !== 0) return c;
    }
    return x.length - y.length;
  };
  const shownIds = new Set(shown.map((u) => u.id));
  return {
    options: [...shown].sort(compare).map((u) => ({ id: u.id, name: u.name, indent: u.depth - top })),
    deeper: units.some((u) => !shownIds.has(u.id)),
  };
}
