import { genderGroup, type GenderGroup } from '@/lib/labels';
import { atomKey, verdict, type Protection } from './protection';

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

function sum(rows: readonly BaseRow[]): Metrics {
  const total = zero();
  for (const row of rows) for (const key of Object.keys(total) as (keyof Metrics)[]) total[key] += row[key];
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

/** One figure over `rows`, or the reason it is hidden. */
export function figure(rows: readonly BaseRow[], measure: Measure, protection: Protection): DisplayCell {
  const shown = verdict(
    protection,
    rows.map((r) => ({ key: atomKey(r), people: r.people })),
  );
  if (!shown.show) return { hidden: true, reason: shown.reason };
  const m = sum(rows);
  const { numerator, denominator } = measures[measure];
  const den = m[denominator];
  return { hidden: false, numerator: m[numerator], denominator: den, share: den === 0 ? null : m[numerator] / den };
}

/** One table row: women, men and everyone (the third group included), each shown or hidden on its own. */
export function present(split: Split, measure: Measure, protection: Protection): DisplayRow {
  const of = (g: ComparedGroup) => split.rows.filter((r) => genderGroup(r.gender) === g);
  return {
    key: split.key,
    label: split.label,
    cells: { KVINNA: figure(of('KVINNA'), measure, protection), MAN: figure(of('MAN'), measure, protection) },
    total: figure(split.rows, measure, protection),
  };
}
