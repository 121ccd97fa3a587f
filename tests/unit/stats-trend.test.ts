// The quarterly trend: quarters in Swedish time, running sums of first completions, and the same
// protection as the tables (a hidden group is hidden in every quarter).
import { describe, expect, it } from 'vitest';
import { buildProtection } from '@/lib/stats/protection';
import type { BaseRow } from '@/lib/stats/rollup';
import { buildTrend, lastQuarters, type FirstCompletion } from '@/lib/stats/trend';

const units = [{ id: 'A', path: '/A/' }];
const row = (gender: string, people: number): BaseRow => ({
  unitId: 'A',
  gender,
  audience: 'EMPLOYEE',
  people,
  completers: 0,
  completions: 0,
  assigned: 0,
  assignedDone: 0,
  overdue: 0,
});
const first = (gender: string, quarter: number, people: number): FirstCompletion => ({
  unitId: 'A',
  gender,
  audience: 'EMPLOYEE',
  quarter,
  people,
});

describe('quarters', () => {
  it('are the last eight in Swedish time, the current one last', () => {
    // 31 December 2026 23:30 UTC is already 1 January 2027 in Stockholm.
    const quarters = lastQuarters(new Date('2026-12-31T23:30:00Z'));
    expect(quarters.map((q) => q.key)).toEqual([
      '2025-K2',
      '2025-K3',
      '2025-K4',
      '2026-K1',
      '2026-K2',
      '2026-K3',
      '2026-K4',
      '2027-K1',
    ]);
    expect(quarters[7]!.label).toBe('2027 kv. 1');
    expect(quarters[7]!.start.toISOString()).toBe('2026-12-31T23:00:00.000Z');
    expect(quarters[3]!.end.toISOString()).toBe('2026-03-31T22:00:00.000Z'); // summer time from 29 March
  });
});

describe('the trend', () => {
  it('counts who had completed by the end of each quarter, for women, men and everyone', () => {
    const rows = [row('KVINNA', 10), row('MAN', 6), row('ANNAT', 1)];
    const firsts = [first('KVINNA', -1, 2), first('KVINNA', 1, 3), first('MAN', 2, 6)];
    const quarters = lastQuarters(new Date('2026-06-15T12:00:00Z'), 3);
    const trend = buildTrend({ rows, firsts, quarters, protection: buildProtection(rows, units) });
    expect(trend.map((t) => (t.cells.KVINNA.hidden ? null : t.cells.KVINNA.numerator))).toEqual([2, 5, 5]);
    expect(trend.map((t) => (t.cells.MAN.hidden ? null : t.cells.MAN.share))).toEqual([0, 0, 1]);
    // Everyone would reveal the one person of the third group: hidden in every quarter.
    expect(trend.every((t) => t.total.hidden && t.total.reason === 'protects')).toBe(true);
  });

  it('hides a small group in every quarter and says so', () => {
    const rows = [row('KVINNA', 12), row('MAN', 3)];
    const trend = buildTrend({
      rows,
      firsts: [first('MAN', 0, 3)],
      quarters: lastQuarters(new Date('2026-06-15T12:00:00Z'), 2),
      protection: buildProtection(rows, units),
    });
    expect(trend.map((t) => t.cells.MAN)).toEqual([
      { hidden: true, reason: 'small' },
      { hidden: true, reason: 'small' },
    ]);
  });
});
