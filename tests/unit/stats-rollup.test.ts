import { describe, expect, it } from 'vitest';
import { present, splitBy, totalOf, type BaseRow } from '@/lib/stats/rollup';

// Hand-made data with known answers: two administrations (A, B), units a1, a2 under A and b1 under B.
const m = (people: number, completers: number, assigned = 0, assignedDone = 0, overdue = 0) => ({
  people,
  completers,
  completions: completers,
  assigned,
  assignedDone,
  overdue,
});
const rows: BaseRow[] = [
  { unitId: 'a1', gender: 'KVINNA', audience: 'EMPLOYEE', ...m(8, 6, 8, 6, 1) },
  { unitId: 'a2', gender: 'KVINNA', audience: 'MANAGER', ...m(2, 1, 2, 1, 0) },
  { unitId: 'a1', gender: 'MAN', audience: 'EMPLOYEE', ...m(6, 2, 6, 2, 3) },
  { unitId: 'a1', gender: null, audience: 'EMPLOYEE', ...m(1, 1, 1, 1, 0) },
  { unitId: 'a2', gender: 'ANNAT', audience: 'EMPLOYEE', ...m(1, 0, 1, 0, 1) },
  { unitId: 'b1', gender: 'KVINNA', audience: 'EMPLOYEE', ...m(3, 3, 3, 3, 0) },
  { unitId: 'b1', gender: 'MAN', audience: 'EMPLOYEE', ...m(9, 4, 9, 4, 2) },
];
const admin = (row: BaseRow) =>
  row.unitId.startsWith('a') ? { key: 'A', label: 'Förvaltning A' } : { key: 'B', label: 'Förvaltning B' };

describe('statistics splits', () => {
  it('adds up women, men and other/unstated per administration', () => {
    const [a, b] = splitBy(rows, admin);
    expect(a!.byGender.KVINNA).toMatchObject({ people: 10, completers: 7 });
    expect(a!.byGender.MAN).toMatchObject({ people: 6, completers: 2 });
    expect(a!.byGender.OTHER).toMatchObject({ people: 2, completers: 1 });
    expect(a!.total).toMatchObject({ people: 18, completers: 10 });
    expect(b!.total).toMatchObject({ people: 12, completers: 7 });
    expect(totalOf(rows).total).toMatchObject({ people: 30, completers: 17, overdue: 7 });
  });

  it('shows shares with the numbers behind them', () => {
    const row = present(splitBy(rows, admin)[0]!, 'completion');
    expect(row.cells.KVINNA).toEqual({ hidden: false, numerator: 7, denominator: 10, share: 0.7 });
  });

  it('hides a small cell and the cell that would reveal it by subtraction', () => {
    // A: women 10, men 6, other 2 → other is small; men (6, the smallest shown) is hidden too.
    const row = present(splitBy(rows, admin)[0]!, 'completion');
    expect(row.cells.OTHER).toEqual({ hidden: true });
    expect(row.cells.MAN).toEqual({ hidden: true });
    expect(row.total).toMatchObject({ hidden: false, numerator: 10, denominator: 18 });
    // B: women 3 → hidden; men 9 is the only other non-empty cell, so it is hidden too.
    const b = present(splitBy(rows, admin)[1]!, 'completion');
    expect([b.cells.KVINNA.hidden, b.cells.MAN.hidden, b.cells.OTHER.hidden]).toEqual([true, true, false]);
  });

  it('suppresses on people, not on the number of assignments', () => {
    const row = present(splitBy(rows, admin)[0]!, 'overdue');
    expect(row.cells.KVINNA).toEqual({ hidden: false, numerator: 1, denominator: 10, share: 0.1 });
    expect(row.cells.OTHER.hidden).toBe(true);
  });
});
