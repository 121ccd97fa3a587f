// How a confirmed import is cut into short transactions (issue 14, finding 11): no batch holds
// more than its share of people, each person's changes stay together (so the assignment rules
// see the person's final unit and audience), nothing is lost or repeated, deactivations come last.
import { describe, expect, it } from 'vitest';
import { changeCount, joinBatches, planBatches, WRITE_BATCH, type PlanChanges } from '@/lib/import/batches';

const fields = {
  name: 'N',
  email: null,
  employeeNumber: null,
  audience: 'EMPLOYEE',
  gender: null,
  role: 'EMPLOYEE',
  active: true,
} as const;

function plan(people: number): PlanChanges {
  const lines = Array.from({ length: people }, (_, i) => i + 2);
  return {
    creates: lines
      .filter((l) => l % 3 === 0)
      .map((line) => ({
        line,
        email: `${line}@x.se`,
        employeeNumber: null,
        who: `${line}@x.se`,
        name: 'N',
        audience: 'EMPLOYEE',
        gender: null,
        role: 'EMPLOYEE',
        unitId: 'a',
        manager: false,
      })),
    updates: lines
      .filter((l) => l % 3 === 1)
      .map((line) => ({
        line,
        id: `u${line}`,
        who: `${line}@x.se`,
        before: fields,
        after: { ...fields, name: 'M' },
      })),
    // People on lines ≡ 1 (mod 3) are also moved and made managers: three changes, one person.
    moves: lines
      .filter((l) => l % 3 !== 0)
      .map((line) => ({ line, id: `u${line}`, who: `${line}@x.se`, name: 'N', fromUnitId: 'a', toUnitId: 'b' })),
    managerAdds: lines
      .filter((l) => l % 3 === 1)
      .map((line) => ({ line, userId: `u${line}`, who: `${line}@x.se`, unitId: 'b' })),
    deactivations: Array.from({ length: 130 }, (_, i) => ({ id: `d${i}`, who: `d${i}@x.se`, name: 'D' })),
  };
}

const linesOf = (b: PlanChanges) =>
  new Set([...b.creates, ...b.updates, ...b.moves, ...b.managerAdds].map((c) => c.line));

describe('planBatches', () => {
  it('cuts a large plan into batches of at most the given number of people, losing and repeating nothing', () => {
    const whole = plan(1_000);
    const size = WRITE_BATCH.sqlite.perTransaction;
    const batches = planBatches(whole, size);
    const people = batches.filter((b) => b.deactivations.length === 0);
    expect(people).toHaveLength(Math.ceil(1_000 / size));
    for (const b of people) expect(linesOf(b).size).toBeLessThanOrEqual(size);
    expect(joinBatches(batches)).toEqual(whole);
    expect(changeCount(joinBatches(batches))).toBe(changeCount(whole));
  });

  it("keeps each person's update, move and manager change in the same batch", () => {
    const batches = planBatches(plan(100), 7);
    for (const b of batches) {
      const lines = linesOf(b);
      for (const u of b.updates) expect(lines.has(u.line)).toBe(true);
      const moved = new Set(b.moves.map((m) => m.line));
      for (const u of b.updates) expect(moved.has(u.line)).toBe(true);
      for (const m of b.managerAdds) expect(moved.has(m.line)).toBe(true);
    }
  });

  it('writes the deactivations after everyone in the file, in batches of their own', () => {
    const batches = planBatches(plan(10), 50);
    expect(batches.map((b) => b.deactivations.length)).toEqual([0, 50, 50, 30]);
    expect(batches.slice(1).every((b) => linesOf(b).size === 0)).toBe(true);
  });

  it('makes no batch for a plan without changes', () => {
    expect(planBatches({ creates: [], updates: [], moves: [], managerAdds: [], deactivations: [] }, 25)).toEqual([]);
  });
});
