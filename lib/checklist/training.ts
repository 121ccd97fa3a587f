// Live training figures for checklist items linked to courses: the share of staff who have
// completed ALL linked courses, in total and by gender. Groups under MIN_GROUP people are
// suppressed, and so is a second group whenever a single suppressed one could be worked out by
// subtracting the others from the total.
// The gender groups (women, men, the rest) are lib/labels.ts's, shared with the statistics.
import { genderGroups, type GenderGroup } from '@/lib/labels';

export const MIN_GROUP = 5;

export type RawCounts = { total: number; completed: number };

export type Cell = { suppressed: true } | { suppressed: false; total: number; completed: number; percent: number };

export type TrainingFigures = {
  total: Cell;
  groups: Record<GenderGroup, Cell>;
  /** Elected politicians, counted as their own group (never part of the staff total). */
  politicians: Cell;
};

const shown = ({ total, completed }: RawCounts): Cell => ({
  suppressed: false,
  total,
  completed,
  percent: total === 0 ? 0 : Math.round((completed / total) * 100),
});
const hidden: Cell = { suppressed: true };

const cell = (counts: RawCounts): Cell => (counts.total < MIN_GROUP ? hidden : shown(counts));

export function suppressFigures(input: {
  groups: Record<GenderGroup, RawCounts>;
  politicians: RawCounts;
}): TrainingFigures {
  const total = genderGroups.reduce(
    (sum, g) => ({ total: sum.total + input.groups[g].total, completed: sum.completed + input.groups[g].completed }),
    { total: 0, completed: 0 },
  );
  const politicians = cell(input.politicians);
  if (total.total < MIN_GROUP) {
    return { total: hidden, groups: { KVINNA: hidden, MAN: hidden, OTHER: hidden }, politicians };
  }
  const suppressed = new Set(genderGroups.filter((g) => input.groups[g].total < MIN_GROUP));
  if (suppressed.size === 1) {
    // total − the shown groups would reveal the one hidden group: hide the smallest other too.
    const next = genderGroups
      .filter((g) => !suppressed.has(g))
      .sort(
        (a, b) => input.groups[a].total - input.groups[b].total || genderGroups.indexOf(a) - genderGroups.indexOf(b),
      )[0];
    if (next) suppressed.add(next);
  }
  const groups = Object.fromEntries(
    genderGroups.map((g) => [g, suppressed.has(g) ? hidden : shown(input.groups[g])]),
  ) as Record<GenderGroup, Cell>;
  return { total: shown(total), groups, politicians };
}
