// Pure functions over the unit tree. Units carry a materialised path of ids
// ("/<root>/.../<self>/") and a depth, so a subtree is every unit whose path starts with its own.
export type UnitNode = { id: string; parentId: string | null; name: string; path: string; depth: number };
export type UnitTreeNode<U extends UnitNode = UnitNode> = U & { children: UnitTreeNode<U>[] };

export type MovePlan =
  | { ok: true; parentId: string | null; updates: { id: string; path: string; depth: number }[] }
  | { ok: false; message: string };

export function isInSubtree(root: Pick<UnitNode, 'path'>, candidate: Pick<UnitNode, 'path'>): boolean {
  return candidate.path.startsWith(root.path);
}

/**
 * New paths and depths for a unit and everything below it when it moves under `newParent`
 * (null: to the top level). Refuses a move into the unit itself or its own subtree, which would
 * cut the subtree off from the tree.
 */
export function planUnitMove(options: {
  unit: UnitNode;
  newParent: UnitNode | null;
  subtree: readonly UnitNode[];
}): MovePlan {
  const { unit, newParent, subtree } = options;
  if (newParent && newParent.id === unit.id) return { ok: false, message: 'En enhet kan inte flyttas in i sig själv.' };
  if (newParent && isInSubtree(unit, newParent)) {
    return { ok: false, message: 'En enhet kan inte flyttas in under en av sina egna underenheter.' };
  }
  const path = `${newParent?.path ?? '/'}${unit.id}/`;
  const depth = newParent ? newParent.depth + 1 : 0;
  const updates = subtree
    .filter((u) => isInSubtree(unit, u))
    .map((u) => ({ id: u.id, path: path + u.path.slice(unit.path.length), depth: u.depth - unit.depth + depth }));
  return { ok: true, parentId: newParent?.id ?? null, updates };
}

/** Each unit's names from the top of the tree down, e.g. ["Utbildningsförvaltningen", "Förskola"]. */
export function unitNamePaths(units: readonly UnitNode[]): Map<string, string[]> {
  const byId = new Map(units.map((u) => [u.id, u]));
  const names = new Map<string, string[]>();
  for (const unit of units) {
    const ids = unit.path.split('/').filter(Boolean);
    names.set(
      unit.id,
      ids.map((id) => byId.get(id)?.name ?? '?'),
    );
  }
  return names;
}

/** How unit paths from a file are compared: case, repeated spaces and spaces around "/" do not count. */
export function unitPathKey(names: readonly string[]): string {
  return names.map((n) => n.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv-SE')).join('/');
}

/**
 * The units a value from an identity provider names: its whole path ("Förvaltning/Enhet") if one
 * matches, otherwise, for a single name, every unit with that name (the caller decides about several).
 */
export function unitsNamed(paths: ReadonlyMap<string, readonly string[]>, value: string): string[] {
  const wanted = unitPathKey(value.split('/'));
  const exact = [...paths].filter(([, names]) => unitPathKey(names) === wanted).map(([id]) => id);
  if (exact.length > 0 || wanted.includes('/')) return exact;
  return [...paths].filter(([, names]) => unitPathKey(names.slice(-1)) === wanted).map(([id]) => id);
}

/** Nested tree for display, siblings sorted by name (Swedish order). */
export function buildUnitTree<U extends UnitNode>(units: readonly U[]): UnitTreeNode<U>[] {
  const nodes = new Map(units.map((u) => [u.id, { ...u, children: [] as UnitTreeNode<U>[] }]));
  const roots: UnitTreeNode<U>[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  const sort = (list: UnitTreeNode<U>[]) => {
    list.sort((a, b) => a.name.localeCompare(b.name, 'sv'));
    list.forEach((n) => sort(n.children));
  };
  sort(roots);
  return roots;
}

/** The tree flattened in display order, for select lists (depth gives the indent). */
export function flattenUnitTree<U extends UnitNode>(roots: readonly UnitTreeNode<U>[]): U[] {
  return roots.flatMap((node) => {
    const { children, ...unit } = node;
    return [unit as unknown as U, ...flattenUnitTree(children)];
  });
}
