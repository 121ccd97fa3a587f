import { genderGroup, type GenderGroup } from '@/lib/labels';
import { atomKey, verdict, type Protection, type Verdict } from './protection';

// Rolls the database's grouped rows (one per unit × gender × audience) up into the splits the
// statistics page shows, and decides for every figure whether it may be shown (protection.ts).
export type Metrics = {
  people: number;
  assigned: number;
  assignedDone: number;
  overdue: number;
  completers: number;
  completions: number;
};
export type BaseRow = Metrics & { unitId: string; gender: string | null; audience: string };

const zero = (): Metrics => ({ people: 0, assigned: 0, assignedDone: 0, overdue: 0, completers: 0, completions: 0 });

// Called for every cell of every view: the six fields are added by name, not looked up per row.
function sum(rows: readonly BaseRow[]): Metrics {
  const total = zero();
  for (const row of rows) {
    total.people += row.people;
    total.assigned += row.assigned;
    total.assignedDone += row.assignedDone;
    total.overdue += row.overdue;
    total.completers += row.completers;
    total.completions += row.completions;
  }
  return total;
}

/** Women and men are compared; the third group is counted in the totals (README, "Skydd av små grupper"). */
export const comparedGroups = ['KVINNA', 'MAN'] as const satisfies readonly GenderGroup[];
export type ComparedGroup = (typeof comparedGroups)[number];

export type Split = { key: string; label: string; rows: BaseRow[] };

/** Groups rows by `keyOf` (null drops the row), in first-seen order. */
export function splitBy(
  rows: readonly BaseRow[],
  keyOf: (row: BaseRow) => { key: string; label: string } | null,
): Split[] {
  const groups = new Map<string, Split>();
  for (const row of rows) {
    const group = keyOf(row);
    if (!group) continue;
    const split = groups.get(group.key) ?? { ...group, rows: [] };
    split.rows.push(row);
    groups.set(group.key, split);
  }
  return [...groups.values()];
}

export const measures = {
  completion: { label: 'Har gått klart', numerator: 'completers', denominator: 'people' },
  assigned: { label: 'Tilldelade kurser som är klara', numerator: 'assignedDone', denominator: 'assigned' },
  overdue: { label: 'Försenade tilldelningar', numerator: 'overdue', denominator: 'assigned' },
} as const satisfies Record<string, { label: string; numerator: keyof Metrics; denominator: keyof Metrics }>;
export type Measure = keyof typeof measures;

export type ShownCell = { hidden: false; numerator: number; denominator: number; share: number | null };
export type HiddenCell = { hidden: true; reason: 'small' | 'protects' };
export type DisplayCell = ShownCell | HiddenCell;
export type DisplayRow = {
  key: string;
  label: string;
  cells: Record<ComparedGroup, DisplayCell>;
  total: DisplayCell;
};

// Keys and verdicts are asked for many times per view (three measures over the same groups, eight
// quarters over the same people): computed once per row and per group.
const keys = new WeakMap<BaseRow, string>();
export function keyOf(row: BaseRow): string {
  let key = keys.get(row);
  if (key === undefined) keys.set(row, (key = atomKey(row)));
  return key;
}

export type Group = { rows: readonly BaseRow[]; verdict: Verdict };
export type Groups = Record<ComparedGroup | 'total', Group>;
const judged = new WeakMap<Split, { protection: Protection; groups: Groups }>();

/** Women, men and everyone of a split, each with whether it may be shown. */
export function groupsOf(split: Split, protection: Protection): Groups {
  const known = judged.get(split);
  if (known?.protection === protection) return known.groups;
  const group = (rows: readonly BaseRow[]): Group => ({
    rows,
    verdict: verdict(
      protection,
      rows.map((r) => ({ key: keyOf(r), people: r.people })),
    ),
  });
  const groups: Groups = {
    KVINNA: group(split.rows.filter((r) => genderGroup(r.gender) === 'KVINNA')),
    MAN: group(split.rows.filter((r) => genderGroup(r.gender) === 'MAN')),
    total: group(split.rows),
  };
  judged.set(split, { protection, groups });
  return groups;
}

/** A figure from a numerator and denominator, or the reason it is hidden. */
export function cellOf(shown: Verdict, numerator: number, denominator: number): DisplayCell {
  if (!shown.show) return { hidden: true, reason: shown.reason };
  return { hidden: false, numerator, denominator, share: denominator === 0 ? null : numerator / denominator };
}

function figure({ rows, verdict: shown }: Group, measure: Measure): DisplayCell {
  const m = sum(rows);
  const { numerator, denominator } = measures[measure];
  return cellOf(shown, m[numerator], m[denominator]);
}

/** One table row: women, men and everyone (the third group included), each shown or hidden on its own. */
export function present(split: Split, measure: Measure, protection: Protection): DisplayRow {
  const groups = groupsOf(split, protection);
  return {
    key: split.key,
    label: split.label,
    cells: { KVINNA: figure(groups.KVINNA, measure), MAN: figure(groups.MAN, measure) },
    total: figure(groups.total, measure),
  };
}
