import { describe, expect, it } from 'vitest';
import { isSmall, protectRow } from '@/lib/stats/suppression';

const row = (...people: number[]) => people.map((p) => ({ people: p }));
const sum = (cells: { people: number }[]) => ({ people: cells.reduce((s, c) => s + c.people, 0) });

describe('small-group suppression', () => {
  it('hides groups of 1–4 people and shows empty groups and groups of 5 or more', () => {
    expect([0, 1, 4, 5, 40].map((people) => isSmall({ people }))).toEqual([false, true, true, false, false]);
  });

  it('also hides a second cell when one hidden cell could be computed from the total', () => {
    // women 12, men 7, other 3: "other" is small, so men (the smallest shown) must go too.
    const cells = row(12, 7, 3);
    expect(protectRow(cells, sum(cells))).toEqual({ hidden: [false, true, true], totalHidden: false });
  });

  it('hides the total when no other cell can be hidden instead', () => {
    const cells = row(3, 0);
    expect(protectRow(cells, sum(cells))).toEqual({ hidden: [true, false], totalHidden: true });
  });

  it('needs nothing more when two cells are already hidden', () => {
    const cells = row(20, 2, 3);
    expect(protectRow(cells, sum(cells))).toEqual({ hidden: [false, true, true], totalHidden: false });
  });

  it('never leaves exactly one hidden non-empty cell beside a shown total', () => {
    for (let a = 0; a < 9; a++)
      for (let b = 0; b < 9; b++)
        for (let c = 0; c < 9; c++) {
          const cells = row(a, b, c);
          const { hidden, totalHidden } = protectRow(cells, sum(cells));
          const hiddenNonEmpty = hidden.filter((h, i) => h && cells[i]!.people > 0).length;
          if (!totalHidden) expect(hiddenNonEmpty).not.toBe(1);
        }
  });
});
