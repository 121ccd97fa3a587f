import { genderGroup, genderGroups, type GenderGroup } from '@/lib/labels';
import { protectRow } from './suppression';

// Rolls the database's grouped rows (one per unit × gender × audience) up into the splits the
// statistics page shows, and applies small-group suppression to every row.
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

function add(into: Metrics, row: Metrics) {
  for (const key of Object.keys(into) as (keyof Metrics)[]) into[key] += row[key];
}

export type Split = { key: string; label: string; byGender: Record<GenderGroup, Metrics>; total: Metrics };

/** Groups rows by `keyOf` (null drops the row), each group split by gender, in first-seen order. */
export function splitBy(
  rows: readonly BaseRow[],
  keyOf: (row: BaseRow) => { key: string; label: string } | null,
): Split[] {
  const groups = new Map<string, Split>();
  for (const row of rows) {
    const group = keyOf(row);
    if (!group) continue;
    let split = groups.get(group.key);
    if (!split) {
      split = { ...group, byGender: { KVINNA: zero(), MAN: zero(), OTHER: zero() }, total: zero() };
      groups.set(group.key, split);
    }
    add(split.byGender[genderGroup(row.gender)], row);
    add(split.total, row);
  }
  return [...groups.values()];
}

export function totalOf(rows: readonly BaseRow[]): Split {
  return (
    splitBy(rows, () => ({ key: 'total', label: 'Hela urvalet' }))[0] ?? {
      key: 'total',
      label: 'Hela urvalet',
      byGender: { KVINNA: zero(), MAN: zero(), OTHER: zero() },
      total: zero(),
    }
  );
}

export const measures = {
  completion: { label: 'Har gått klart', numerator: 'completers', denominator: 'people' },
  assigned: { label: 'Tilldelade kurser som är klara', numerator: 'assignedDone', denominator: 'assigned' },
  overdue: { label: 'Försenade tilldelningar', numerator: 'overdue', denominator: 'assigned' },
} as const satisfies Record<string, { label: string; numerator: keyof Metrics; denominator: keyof Metrics }>;
export type Measure = keyof typeof measures;

export type ShownCell = { hidden: false; numerator: number; denominator: number; share: number | null };
export type DisplayCell = ShownCell | { hidden: true };
export type DisplayRow = { key: string; label: string; cells: Record<GenderGroup, DisplayCell>; total: DisplayCell };

function cell(m: Metrics, measure: Measure, hidden: boolean): DisplayCell {
  if (hidden) return { hidden: true };
  const { numerator, denominator } = measures[measure];
  const den = m[denominator];
  return { hidden: false, numerator: m[numerator], denominator: den, share: den === 0 ? null : m[numerator] / den };
}

/** One table row, with groups under five people hidden (and a second cell where subtraction would reveal one). */
export function present(split: Split, measure: Measure): DisplayRow {
  const { hidden, totalHidden } = protectRow(
    genderGroups.map((g) => split.byGender[g]),
    split.total,
  );
  return {
    key: split.key,
    label: split.label,
    cells: Object.fromEntries(genderGroups.map((g, i) => [g, cell(split.byGender[g], measure, hidden[i]!)])) as Record<
      GenderGroup,
      DisplayCell
    >,
    total: cell(split.total, measure, totalHidden),
  };
}
