// Duplicate handling: assigning the same thing twice never adds a row, the earliest due date
// wins, and the manager is told what happened.
import { describe, expect, it } from 'vitest';
import { describeSummary, isEarlier, planAssignments, summarisePlan } from '@/lib/assignments/plan';

const d = (day: string) => new Date(`${day}T22:59:59.999Z`);
const want = (userId: string, dueAt: Date | null, courseId = 'c1') => ({ userId, courseId, pathId: null, dueAt });

describe('planAssignments', () => {
  it('creates what is missing and leaves what exists', () => {
    const plan = planAssignments(
      [want('a', d('2026-12-31')), want('b', d('2026-12-31'))],
      [{ id: 'x', userId: 'b', courseId: 'c1', dueAt: d('2026-12-20') }],
    );
    expect(plan.create.map((c) => c.userId)).toEqual(['a']);
    expect(plan.moveEarlier).toEqual([]);
    expect(plan.unchanged.map((u) => u.id)).toEqual(['x']);
  });

  it('moves an existing due date earlier, never later', () => {
    const existing = [
      { id: 'late', userId: 'a', courseId: 'c1', dueAt: d('2027-01-31') },
      { id: 'none', userId: 'b', courseId: 'c1', dueAt: null },
      { id: 'early', userId: 'c', courseId: 'c1', dueAt: d('2026-12-01') },
    ];
    const plan = planAssignments(
      [want('a', d('2026-12-31')), want('b', d('2026-12-31')), want('c', d('2026-12-31'))],
      existing,
    );
    expect(plan.moveEarlier.map((m) => m.id)).toEqual(['late', 'none']);
    expect(plan.moveEarlier[0]!.dueAt).toEqual(d('2026-12-31'));
    expect(plan.unchanged.map((u) => u.id)).toEqual(['early']);
  });

  it('keeps an existing due date when the new assignment has none', () => {
    const plan = planAssignments([want('a', null)], [{ id: 'x', userId: 'a', courseId: 'c1', dueAt: d('2026-12-31') }]);
    expect(plan.unchanged).toHaveLength(1);
  });

  it('merges the same person and course named twice in one go, keeping the earliest date', () => {
    const plan = planAssignments([want('a', d('2027-01-31')), want('a', d('2026-12-31')), want('a', null)], []);
    expect(plan.create).toHaveLength(1);
    expect(plan.create[0]!.dueAt).toEqual(d('2026-12-31'));
  });

  it('treats no due date as later than any date', () => {
    expect(isEarlier(d('2026-12-31'), null)).toBe(true);
    expect(isEarlier(null, d('2026-12-31'))).toBe(false);
    expect(isEarlier(null, null)).toBe(false);
  });
});

describe('what the manager is told', () => {
  it('counts people, not rows: "12 tilldelade, 3 hade redan kursen"', () => {
    const people = Array.from({ length: 15 }, (_, i) => `p${i}`);
    const existing = people.slice(12).map((userId, i) => ({ id: `e${i}`, userId, courseId: 'c1', dueAt: null }));
    const plan = planAssignments(
      people.map((p) => want(p, null)),
      existing,
    );
    expect(describeSummary(summarisePlan(plan, people), 'course')).toBe('12 tilldelade, 3 hade redan kursen.');
  });

  it('mentions earlier due dates and paths', () => {
    const plan = planAssignments(
      [want('a', d('2026-12-01'), 'c1'), want('a', d('2026-12-01'), 'c2')],
      [{ id: 'e', userId: 'a', courseId: 'c1', dueAt: null }],
    );
    expect(describeSummary(summarisePlan(plan, ['a']), 'path')).toBe('1 tilldelade, 1 fick ett tidigare slutdatum.');
    const none = planAssignments([want('a', null)], [{ id: 'e', userId: 'a', courseId: 'c1', dueAt: null }]);
    expect(describeSummary(summarisePlan(none, ['a']), 'path')).toBe(
      '0 tilldelade, 1 hade redan alla kurser i lärvägen.',
    );
  });
});
