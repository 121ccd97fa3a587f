// The grouping rule and its labels on hand-made data with known answers. Regression guard
// (issue 15): a third group of 1–3 people hid every figure for men, and hidden cells read
// "färre än 5" about groups of 5 or more.
import { describe, expect, it } from 'vitest';
import { buildProtection, MIN_GROUP, verdict, type Atom } from '@/lib/stats/protection';
import { buildReport } from '@/lib/stats/report';
import { present, splitBy, type BaseRow } from '@/lib/stats/rollup';

// Administrations A (units a1, a2 below it) and B (unit b1), C with no units below.
const units = [
  { id: 'A', name: 'Förvaltning A', path: '/A/', depth: 0 },
  { id: 'a1', name: 'Enhet a1', path: '/A/a1/', depth: 1 },
  { id: 'a2', name: 'Enhet a2', path: '/A/a2/', depth: 1 },
  { id: 'B', name: 'Förvaltning B', path: '/B/', depth: 0 },
  { id: 'b1', name: 'Enhet b1', path: '/B/b1/', depth: 1 },
  { id: 'C', name: 'Förvaltning C', path: '/C/', depth: 0 },
];
const row = (
  unitId: string,
  gender: string | null,
  people: number,
  completers = 0,
  audience = 'EMPLOYEE',
): BaseRow => ({
  unitId,
  gender,
  audience,
  people,
  completers,
  completions: completers,
  assigned: people,
  assignedDone: completers,
  overdue: 0,
});
const report = (rows: BaseRow[]) => buildReport({ rows, units, protection: buildProtection(rows, units) });

describe('the grouping rule', () => {
  it('compares men per administration although the third group is small (the demo case)', () => {
    // 14 men: 5 in A, 5 in B, 4 in C; one person of the third group in each administration.
    const rows = [
      row('a1', 'MAN', 5, 2),
      row('b1', 'MAN', 5, 1),
      row('C', 'MAN', 4, 4),
      row('a1', 'KVINNA', 9, 3),
      row('b1', 'KVINNA', 7, 7),
      row('C', 'KVINNA', 6, 0),
      row('a1', 'ANNAT', 1, 1),
      row('b1', null, 1, 0),
      row('C', 'VILL_INTE_ANGE', 1, 1),
    ];
    const [table] = report(rows);
    const [a, b, c] = table!.rows;
    expect(a!.cells.MAN).toEqual({ hidden: false, numerator: 2, denominator: 5, share: 0.4 });
    expect(b!.cells.MAN).toMatchObject({ hidden: false, denominator: 5 });
    expect(c!.cells.MAN).toEqual({ hidden: true, reason: 'small' });
    expect(a!.cells.KVINNA).toMatchObject({ hidden: false, denominator: 9 });
    // Everyone in A would reveal the one person of the third group: 15 − 9 − 5.
    expect(a!.total).toEqual({ hidden: true, reason: 'protects' });
    // The whole organisation's men (14) would reveal C's 4 men: 14 − 5 − 5.
    expect(table!.average.cells.MAN).toEqual({ hidden: true, reason: 'protects' });
    expect(table!.average.cells.KVINNA).toMatchObject({ hidden: false, denominator: 22, numerator: 10 });
  });

  it('shows totals where the third group is large enough to be protected on its own', () => {
    const rows = [row('a1', 'KVINNA', 8), row('a1', 'MAN', 6), row('b1', 'KVINNA', 5), row('b1', 'MAN', 5)];
    rows.push(row('a1', 'ANNAT', 3), row('b1', null, 2));
    const [table] = report(rows);
    // Across the organisation the third group has 5 people: everyone can be shown, but not per administration.
    expect(table!.average.total).toMatchObject({ hidden: false, denominator: 29 });
    expect(table!.rows.map((r) => r.total.hidden)).toEqual([true, true]);
  });

  it("keeps a unit's small remainder with the smallest group below, so the unit above can be shown", () => {
    // A's own 2 women join a2's 5; A (13) is shown, a2 is not, a1 is.
    const rows = [row('A', 'KVINNA', 2), row('a1', 'KVINNA', 6), row('a2', 'KVINNA', 5)];
    const protection = buildProtection(rows, units);
    const a = present({ key: 'A', label: 'A', rows }, 'completion', protection);
    expect(a.cells.KVINNA).toMatchObject({ hidden: false, denominator: 13 });
    const a2 = present({ key: 'a2', label: 'a2', rows: [rows[2]!] }, 'completion', protection);
    expect(a2.cells.KVINNA).toEqual({ hidden: true, reason: 'protects' });
    const a1 = present({ key: 'a1', label: 'a1', rows: [rows[1]!] }, 'completion', protection);
    expect(a1.cells.KVINNA).toMatchObject({ hidden: false, denominator: 6 });
  });

  it('keeps elected politicians apart from staff', () => {
    const rows = [row('a1', 'KVINNA', 6), row('a1', 'KVINNA', 2, 0, 'POLITICIAN')];
    const protection = buildProtection(rows, units);
    expect(verdict(protection, [{ key: 'a1|KVINNA|EMPLOYEE', people: 6 }])).toEqual({ show: true });
    expect(verdict(protection, [{ key: 'a1|KVINNA|POLITICIAN', people: 2 }])).toEqual({ show: false, reason: 'small' });
  });

  it('says "small" only about fewer than 5 people, and never shows 1–4 people', () => {
    // Exhaustive over one administration with two units: women in A, a1 and a2 from 0 to 7.
    for (let x = 0; x < 8; x++)
      for (let y = 0; y < 8; y++)
        for (let z = 0; z < 8; z++) {
          const atoms: Atom[] = [
            { unitId: 'A', gender: 'KVINNA', audience: 'EMPLOYEE', people: x },
            { unitId: 'a1', gender: 'KVINNA', audience: 'EMPLOYEE', people: y },
            { unitId: 'a2', gender: 'KVINNA', audience: 'EMPLOYEE', people: z },
          ];
          const protection = buildProtection(atoms, units);
          for (const group of [[0], [1], [2], [0, 1], [1, 2], [0, 1, 2]]) {
            const chosen = group.map((i) => ({ key: `${atoms[i]!.unitId}|KVINNA|EMPLOYEE`, people: atoms[i]!.people }));
            const people = chosen.reduce((s, c) => s + c.people, 0);
            const v = verdict(protection, chosen);
            if (people > 0 && people < MIN_GROUP) expect(v).toEqual({ show: false, reason: 'small' });
            if (!v.show && v.reason === 'small') expect(people).toBeLessThan(MIN_GROUP);
          }
          // The administration's women are shown whenever there are 5 or more.
          const all = atoms.map((a) => ({ key: `${a.unitId}|KVINNA|EMPLOYEE`, people: a.people }));
          if (x + y + z >= MIN_GROUP) expect(verdict(protection, all)).toEqual({ show: true });
        }
  });
});

describe('statistics splits', () => {
  it('adds up per administration, with the numbers behind each share', () => {
    const rows = [row('a1', 'KVINNA', 8, 6), row('a2', 'KVINNA', 2, 1), row('b1', 'KVINNA', 3, 3)];
    const splits = splitBy(rows, (r) => ({ key: r.unitId.startsWith('a') ? 'A' : 'B', label: '' }));
    expect(splits.map((s) => s.rows.length)).toEqual([2, 1]);
    const [table] = report(rows);
    expect(table!.rows[0]!.cells.KVINNA).toEqual({ hidden: false, numerator: 7, denominator: 10, share: 0.7 });
    expect(table!.rows[1]!.cells.KVINNA).toEqual({ hidden: true, reason: 'small' });
    // Men: nobody, which reveals nothing and is shown as no share.
    expect(table!.rows[0]!.cells.MAN).toEqual({ hidden: false, numerator: 0, denominator: 0, share: null });
  });

  it('protects on people, not on the number of assignments', () => {
    const rows = [{ ...row('a1', 'KVINNA', 6, 1), assigned: 2, overdue: 1 }];
    const table = report(rows).find((t) => t.measure === 'overdue')!;
    expect(table.rows[0]!.cells.KVINNA).toEqual({ hidden: false, numerator: 1, denominator: 2, share: 0.5 });
  });
});

describe('the report in English (issue 21)', () => {
  const rows = [row('a1', 'MAN', 5, 2), row('a1', 'KVINNA', 5, 3), row('b1', 'KVINNA', 6, 1, 'MANAGER')];
  const protection = buildProtection(rows, units);

  it('names its tables, groups and average in the reader’s language, with the same figures', () => {
    const sv = buildReport({ rows, units, protection, selectedUnit: units[0] });
    const en = buildReport({ rows, units, protection, selectedUnit: units[0], locale: 'en' });
    expect(en.map((t) => t.caption)).toEqual([
      'Has completed, by administration and sex',
      'Assigned courses that are completed, by administration and sex',
      'Overdue assignments, by administration and sex',
      'Has completed, by target group and sex',
      'Has completed, by unit in Förvaltning A',
    ]);
    expect(sv[0]!.caption).toBe('Har gått klart, per förvaltning och kön');
    expect(en[0]!.groupLabel).toBe('Administration');
    expect(en[3]!.rows.map((r) => r.label)).toEqual(['Managers', 'Employees']);
    expect(sv[3]!.rows.map((r) => r.label)).toEqual(['Chefer', 'Medarbetare']);
    expect(en[0]!.average.label).toBe('Average for the selection');
    // The words change, the figures and what is hidden do not.
    expect(en.map((t) => [t.rows.map((r) => [r.cells, r.total]), t.average.cells])).toEqual(
      sv.map((t) => [t.rows.map((r) => [r.cells, r.total]), t.average.cells]),
    );
  });

  it('names quarters as English readers write them', async () => {
    const { lastQuarters } = await import('@/lib/stats/trend');
    const now = new Date('2026-12-06T12:00:00Z');
    expect(lastQuarters(now, 2, 'en').map((q) => q.label)).toEqual(['Q3 2026', 'Q4 2026']);
    expect(lastQuarters(now, 2).map((q) => q.label)).toEqual(['2026 kv. 3', '2026 kv. 4']);
    expect(lastQuarters(now, 2, 'en').map((q) => q.key)).toEqual(lastQuarters(now, 2).map((q) => q.key));
  });
});
