// Small-group protection for statistics about people: any cell built on fewer than MIN_GROUP
// people is hidden. When a row of cells is shown next to its total, a single hidden cell could
// be recovered by subtraction, so the smallest other cell is hidden as well (or the total).
export const MIN_GROUP = 5;

type Sized = { people: number };

export function isSmall(cell: Sized, min = MIN_GROUP): boolean {
  return cell.people > 0 && cell.people < min;
}

/**
 * Which cells of a row (and its total) to hide. Empty groups (0 people) reveal nothing and stay
 * visible. If exactly one non-empty cell is small, the smallest other non-empty cell is hidden
 * too; when there is none, the total is hidden instead.
 */
export function protectRow(
  cells: readonly Sized[],
  total: Sized,
  min = MIN_GROUP,
): { hidden: boolean[]; totalHidden: boolean } {
  const hidden = cells.map((c) => isSmall(c, min));
  let totalHidden = isSmall(total, min);
  if (hidden.filter(Boolean).length === 1 && !totalHidden) {
    const partner = cells
      .map((c, i) => ({ people: c.people, i }))
      .filter(({ people, i }) => !hidden[i] && people > 0)
      .sort((a, b) => a.people - b.people)[0];
    if (partner) hidden[partner.i] = true;
    else totalHidden = true;
  }
  return { hidden, totalHidden };
}
