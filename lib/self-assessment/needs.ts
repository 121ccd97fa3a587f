// Competence needs per unit and audience (issue 17, part 2): the self-assessment's results rolled
// up into rows of people, and for every figure whether it may be shown. Pure: the data layer
// (lib/data/self-assessment-needs.ts) passes the grouped rows and the organisation's protection
// blocks (lib/stats/protection.ts); nothing here reads the database.
//
// The disclosure rule (README, "Skydd av små grupper"):
// 1. People and "answered" counts of a group are shown iff `verdict` shows the group: whole blocks,
//    exactly as on /statistik.
// 2. Scores (means and the share at level 1–2) are shown iff rule 1 holds and every block of the
//    group has at least MIN_GROUP people who answered in the area. Every shown score is then a sum
//    over blocks with >= MIN_GROUP answerers, and so is the difference of any two shown scores
//    (other rows, other filters): the blocks in one group and not the other. No sum or difference
//    is about 1–4 answerers.
// 3. The scores as of a year ago follow rule 2 with the answers of that date, and also need every
//    block to have 0 or at least MIN_GROUP people who answered since: the change of a block's sum
//    is about exactly those people, so a single new answer cannot be worked out.
// Women and men follow the same blocks (blocks never mix genders), so a column is hidden only for
// these reasons and the two stay comparable; the third group counts in the totals, as on /statistik.
import { genderGroup, hiddenReasonLabels } from '@/lib/labels';
import { atomKey, MIN_GROUP, verdict, type Protection } from '@/lib/stats/protection';
import type { UnitInfo } from '@/lib/stats/report';

export type AreaTally = { answered: number; sum: number; low: number };
export type NeedsInputRow = {
  unitId: string;
  gender: string | null;
  audience: string;
  people: number;
  /** People whose latest round is on or before now / the earlier date. */
  answered: number;
  answeredThen: number;
  /** People with a round after the earlier date: their latest round has changed since. */
  changed: number;
  areas: Record<string, { now: AreaTally; then: AreaTally }>;
};

export const needsColumns = ['KVINNA', 'MAN', 'total'] as const;
export type NeedsColumn = (typeof needsColumns)[number];
export type HiddenReason = 'small' | 'protects' | 'few-answers' | 'few-changes';
export type Hidden = { hidden: true; reason: HiddenReason };
export type CountCell = Hidden | { hidden: false; people: number; answered: number; share: number | null };
/** `sum` is the sum of the answerers' area means; `low` how many are below 3 (level 1–2). */
export type ScoreCell =
  Hidden | { hidden: false; answered: number; sum: number; mean: number | null; low: number; lowShare: number | null };
export type AreaCells = { now: ScoreCell; then: ScoreCell; change: number | null };
export type NeedsRow = {
  key: string;
  label: string;
  counts: Record<NeedsColumn, { now: CountCell; then: CountCell }>;
  areas: { key: string; title: string; cells: Record<NeedsColumn, AreaCells> }[];
};

/** Why a figure is hidden, in the words the page shows (the first two as on /statistik). */
export const needsHiddenLabels = {
  ...hiddenReasonLabels,
  'few-answers': `dold – färre än ${MIN_GROUP} har svarat`,
  'few-changes': `dold – färre än ${MIN_GROUP} har svarat sedan dess`,
} satisfies Record<HiddenReason, string>;

/** A person is at level 1–2 in an area when their mean there is below 3, as for their own recommendations. */
export const NEEDS_SUPPORT_BELOW = 3;

const blocksOf = (protection: Protection, rows: readonly NeedsInputRow[], count: (r: NeedsInputRow) => number) => {
  const byBlock = new Map<number, number>();
  for (const r of rows) {
    if (r.people <= 0) continue;
    const block = protection.blockOf.get(atomKey(r))!;
    byBlock.set(block, (byBlock.get(block) ?? 0) + count(r));
  }
  return [...byBlock.values()];
};

const share = (n: number, d: number) => (d === 0 ? null : n / d);
const round2 = (x: number) => Math.round(x * 100) / 100;

function scoreCell(
  rows: readonly NeedsInputRow[],
  protection: Protection,
  shown: ReturnType<typeof verdict>,
  when: 'now' | 'then',
  area: string,
): ScoreCell {
  if (!shown.show) return { hidden: true, reason: shown.reason };
  const tally = (r: NeedsInputRow) => r.areas[area]?.[when] ?? { answered: 0, sum: 0, low: 0 };
  if (blocksOf(protection, rows, (r) => tally(r).answered).some((n) => n < MIN_GROUP))
    return { hidden: true, reason: 'few-answers' };
  if (when === 'then' && blocksOf(protection, rows, (r) => r.changed).some((n) => n > 0 && n < MIN_GROUP))
    return { hidden: true, reason: 'few-changes' };
  const total = rows.reduce(
    (t, r) => ({ answered: t.answered + tally(r).answered, sum: t.sum + tally(r).sum, low: t.low + tally(r).low }),
    { answered: 0, sum: 0, low: 0 },
  );
  return {
    hidden: false,
    ...total,
    mean: share(total.sum, total.answered),
    lowShare: share(total.low, total.answered),
  };
}

function countCell(rows: readonly NeedsInputRow[], shown: ReturnType<typeof verdict>, when: 'now' | 'then'): CountCell {
  if (!shown.show) return { hidden: true, reason: shown.reason };
  const people = rows.reduce((s, r) => s + r.people, 0);
  const answered = rows.reduce((s, r) => s + (when === 'now' ? r.answered : r.answeredThen), 0);
  return { hidden: false, people, answered, share: share(answered, people) };
}

export type Split = { key: string; label: string; rows: NeedsInputRow[] };

/** One row of the table: counts and, per area, scores now and a year ago for women, men and everyone. */
export function needsRow(
  split: Split,
  areas: readonly { key: string; title: string }[],
  protection: Protection,
): NeedsRow {
  const groups = {
    KVINNA: split.rows.filter((r) => genderGroup(r.gender) === 'KVINNA'),
    MAN: split.rows.filter((r) => genderGroup(r.gender) === 'MAN'),
    total: split.rows,
  };
  const verdicts = Object.fromEntries(
    needsColumns.map((c) => [
      c,
      verdict(
        protection,
        groups[c].map((r) => ({ key: atomKey(r), people: r.people })),
      ),
    ]),
  ) as Record<NeedsColumn, ReturnType<typeof verdict>>;
  const perColumn = <T>(f: (c: NeedsColumn) => T) =>
    Object.fromEntries(needsColumns.map((c) => [c, f(c)])) as Record<NeedsColumn, T>;
  return {
    key: split.key,
    label: split.label,
    counts: perColumn((c) => ({
      now: countCell(groups[c], verdicts[c], 'now'),
      then: countCell(groups[c], verdicts[c], 'then'),
    })),
    areas: areas.map((area) => ({
      key: area.key,
      title: area.title,
      cells: perColumn((c) => {
        const now = scoreCell(groups[c], protection, verdicts[c], 'now', area.key);
        const then = scoreCell(groups[c], protection, verdicts[c], 'then', area.key);
        const both = !now.hidden && !then.hidden && now.mean !== null && then.mean !== null;
        return { now, then, change: both ? round2(now.mean! - then.mean!) : null };
      }),
    })),
  };
}

function splitBy(rows: readonly NeedsInputRow[], keyOf: (r: NeedsInputRow) => { key: string; label: string } | null) {
  const groups = new Map<string, Split>();
  for (const row of rows) {
    const group = keyOf(row);
    if (!group) continue;
    const split = groups.get(group.key) ?? { ...group, rows: [] };
    split.rows.push(row);
    groups.set(group.key, split);
  }
  return [...groups.values()].sort((a, b) => a.label.localeCompare(b.label, 'sv'));
}

export const WHOLE_SELECTION = 'Hela urvalet';

/**
 * The table: one row per administration (the top unit of each person's unit) or, with a unit
 * chosen, per unit directly below it (people of the unit itself under its own name); then the
 * whole selection.
 */
export function buildNeeds(input: {
  rows: readonly NeedsInputRow[];
  units: readonly UnitInfo[];
  areas: readonly { key: string; title: string }[];
  protection: Protection;
  selectedUnit?: UnitInfo;
}): { rows: NeedsRow[]; total: NeedsRow } {
  const { rows, units, areas, protection, selectedUnit } = input;
  const byId = new Map(units.map((u) => [u.id, u]));
  const keyOf = (row: NeedsInputRow) => {
    const path = byId.get(row.unitId)?.path ?? '';
    if (!selectedUnit) {
      const root = byId.get(path.split('/')[1] ?? '');
      return root ? { key: root.id, label: root.name } : null;
    }
    if (!path.startsWith(selectedUnit.path)) return null;
    const child = units.find((u) => u.depth === selectedUnit.depth + 1 && path.startsWith(u.path)) ?? selectedUnit;
    return { key: child.id, label: child.name };
  };
  return {
    rows: splitBy(rows, keyOf).map((s) => needsRow(s, areas, protection)),
    total: needsRow({ key: 'total', label: WHOLE_SELECTION, rows: [...rows] }, areas, protection),
  };
}

export type LargestNeed = {
  key: string;
  title: string;
  /** The whole selection's mean, when it may be shown. */
  mean: number | null;
  units: { key: string; label: string; mean: number }[];
};

const TIE = 0.05;

/**
 * The areas with the lowest shown mean of the whole selection (ties within 0.05), each with the
 * rows where that area's shown mean is lowest. Where no mean of the whole selection may be shown
 * (one block with too few answers hides it), the rows decide: the lowest shown mean of any row,
 * for everyone, women or men. Only shown figures are used, so the names reveal nothing more.
 */
export function largestNeeds(table: { rows: NeedsRow[]; total: NeedsRow }): LargestNeed[] {
  const meansOf = (row: NeedsRow, area: string, columns: readonly NeedsColumn[]) =>
    columns.flatMap((c) => {
      const cell = row.areas.find((a) => a.key === area)?.cells[c].now;
      return cell && !cell.hidden && cell.mean !== null ? [cell.mean] : [];
    });
  const lowestRows = (area: string) => {
    const perRow = table.rows.flatMap((r) => {
      const means = meansOf(r, area, needsColumns);
      return means.length ? [{ key: r.key, label: r.label, mean: Math.min(...means) }] : [];
    });
    const min = Math.min(...perRow.map((r) => r.mean));
    return perRow.filter((r) => r.mean - min < TIE);
  };
  const areas = table.total.areas.map((a) => ({
    key: a.key,
    title: a.title,
    mean: meansOf(table.total, a.key, ['total'])[0] ?? null,
    units: lowestRows(a.key),
  }));
  const overall = areas.some((a) => a.mean !== null);
  const rank = (a: (typeof areas)[number]) => (overall ? a.mean : (a.units[0]?.mean ?? null));
  const ranked = areas.flatMap((a) => (rank(a) === null ? [] : [{ area: a, value: rank(a)! }]));
  if (ranked.length === 0) return [];
  const lowest = Math.min(...ranked.map((r) => r.value));
  return ranked.filter((r) => r.value - lowest < TIE).map((r) => r.area);
}
