// The competence plan's follow-up: hours from completions and attended sessions with nothing
// counted twice, goal shares and "on track", and the disclosure rule on every people figure.
import { describe, expect, it } from 'vitest';
import { planFollowUp } from '@/lib/plans/follow-up-cells';
import {
  followUpAtoms,
  minutesPerPerson,
  onTrack,
  planYearWindow,
  yearGone,
  type PlanPerson,
} from '@/lib/plans/follow-up';
import { buildProtection } from '@/lib/stats/protection';

const year = planYearWindow(2027);
const at = (day: string) => new Date(`${day}T10:00:00Z`);

describe('hours spent', () => {
  it('counts a completed course once and an attended session by its length', () => {
    const minutes = minutesPerPerson({
      year,
      completions: [{ userId: 'a', courseId: 'c1', minutes: 90, completedAt: at('2027-03-01') }],
      attendance: [{ userId: 'a', courseId: null, minutes: 45, startsAt: at('2027-05-01') }],
    });
    expect(minutes.get('a')).toBe(135);
  });

  it('does not count a course completed at a session twice', () => {
    // Attendance completes the course at the session's start: the meeting time is the time spent.
    const minutes = minutesPerPerson({
      year,
      completions: [{ userId: 'a', courseId: 'c1', minutes: 60, completedAt: at('2027-04-01') }],
      attendance: [{ userId: 'a', courseId: 'c1', minutes: 60, startsAt: at('2027-04-01') }],
    });
    expect(minutes.get('a')).toBe(60);
  });

  it('adds only the rest of a course finished alone after a session on part of it', () => {
    const minutes = minutesPerPerson({
      year,
      completions: [{ userId: 'a', courseId: 'c1', minutes: 90, completedAt: at('2027-06-01') }],
      attendance: [{ userId: 'a', courseId: 'c1', minutes: 30, startsAt: at('2027-04-01') }],
    });
    expect(minutes.get('a')).toBe(90);
  });

  it('leaves out what happened in other years, but still subtracts an earlier session on the course', () => {
    const minutes = minutesPerPerson({
      year,
      completions: [
        { userId: 'a', courseId: 'c1', minutes: 60, completedAt: at('2027-02-01') },
        { userId: 'a', courseId: 'c2', minutes: 60, completedAt: at('2026-12-01') },
      ],
      attendance: [
        { userId: 'a', courseId: 'c1', minutes: 40, startsAt: at('2026-11-20') },
        { userId: 'a', courseId: null, minutes: 50, startsAt: at('2028-01-10') },
      ],
    });
    expect(minutes.get('a')).toBe(20);
  });

  it('counts from midnight 1 January in Swedish time', () => {
    const minutes = minutesPerPerson({
      year,
      completions: [],
      attendance: [
        // 23:30 on 31 December 2026 in Stockholm, then 00:30 on 1 January 2027.
        { userId: 'a', courseId: null, minutes: 10, startsAt: new Date('2026-12-31T22:30:00Z') },
        { userId: 'a', courseId: null, minutes: 20, startsAt: new Date('2026-12-31T23:30:00Z') },
      ],
    });
    expect(minutes.get('a')).toBe(20);
  });
});

const people = (prefix: string, n: number, over: Partial<PlanPerson> = {}): PlanPerson[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `${prefix}${i}`,
    unitId: 'u1',
    gender: 'KVINNA',
    audience: 'EMPLOYEE',
    ...over,
  }));
const units = [{ id: 'u1', path: '/u1/' }];

function followUp(list: PlanPerson[], done: string[], now = at('2027-07-02')) {
  const goals = [{ courseId: 'c1', audience: null, targetPercent: 50 }];
  const atoms = followUpAtoms({
    people: list,
    completions: done.map((userId) => ({ userId, courseId: 'c1', minutes: 60, completedAt: at('2027-02-01') })),
    attendance: [],
    goals,
    year,
    cutoff: now,
  });
  const protection = buildProtection(atoms, units);
  return planFollowUp({ atoms, protection, goals, hoursPerEmployee: 4, gone: yearGone(year, now) });
}

describe('goals and disclosure', () => {
  it('gives the share of the group who completed, for women, men and everyone, and the hours against the decision', () => {
    const result = followUp([...people('w', 6), ...people('m', 5, { gender: 'MAN' })], ['w0', 'w1', 'w2', 'm0']);
    expect(result.goals[0]!.cells.KVINNA).toEqual({ hidden: false, people: 6, completed: 3, percent: 50 });
    expect(result.goals[0]!.cells.MAN).toEqual({ hidden: false, people: 5, completed: 1, percent: 20 });
    expect(result.goals[0]!.cells.total).toMatchObject({ people: 11, completed: 4, percent: 36 });
    expect(result.goals[0]!.reached).toBe(false);
    expect(result.hours.total).toEqual({ hidden: false, people: 11, hours: 4, perPerson: 0.4, decided: 44 });
  });

  it('hides a group of 4 women, and also every figure from which they could be worked out', () => {
    const result = followUp([...people('w', 4), ...people('m', 6, { gender: 'MAN' })], ['w0', 'm0']);
    expect(result.goals[0]!.cells.KVINNA).toEqual({ hidden: true, reason: 'small' });
    expect(result.hours.KVINNA).toEqual({ hidden: true, reason: 'small' });
    // Everyone minus the men would give the women away.
    expect(result.goals[0]!.cells.total).toEqual({ hidden: true, reason: 'protects' });
    expect(result.hours.total).toEqual({ hidden: true, reason: 'protects' });
    expect(result.goals[0]!.cells.MAN).toMatchObject({ hidden: false, people: 6 });
    expect(result.goals[0]!.reached).toBeNull();
  });

  it('keeps women and men comparable: both shown when both groups are whole', () => {
    const result = followUp([...people('w', 5), ...people('m', 5, { gender: 'MAN' })], []);
    expect(result.goals[0]!.cells.KVINNA.hidden).toBe(false);
    expect(result.goals[0]!.cells.MAN.hidden).toBe(false);
    expect(result.goals[0]!.cells.total.hidden).toBe(false);
  });

  it('counts only the goal audience, and hides it when it is not made of whole blocks', () => {
    const goals = [{ courseId: 'c1', audience: 'MANAGER', targetPercent: 50 }];
    const goalCell = (managerUnit: string) => {
      const list = [...people('e', 5), ...people('c', 5, { audience: 'MANAGER', unitId: managerUnit })];
      const atoms = followUpAtoms({
        people: list,
        completions: ['e0', 'e1', 'c0'].map((userId) => ({
          userId,
          courseId: 'c1',
          minutes: 60,
          completedAt: at('2027-02-01'),
        })),
        attendance: [],
        goals,
        year,
        cutoff: at('2027-12-01'),
      });
      const protection = buildProtection(atoms, [...units, { id: 'u2', path: '/u2/' }]);
      return planFollowUp({ atoms, protection, goals, hoursPerEmployee: null, gone: 1 }).goals[0]!.cells.total;
    };
    // Managers in a unit of their own form a block: their share can be shown.
    expect(goalCell('u2')).toEqual({ hidden: false, people: 5, completed: 1, percent: 20 });
    // Managers sharing a block with employees: the managers alone would split the block.
    expect(goalCell('u1')).toEqual({ hidden: true, reason: 'protects' });
  });

  it('judges "on track" against the share of the year gone', () => {
    expect(yearGone(year, at('2026-06-01'))).toBe(0);
    expect(yearGone(year, at('2028-02-01'))).toBe(1);
    expect(yearGone(year, at('2027-07-02'))).toBeCloseTo(0.5, 1);
    expect(onTrack(45, 80, 0.5)).toBe(true);
    expect(onTrack(35, 80, 0.5)).toBe(false);
    const result = followUp(people('w', 10), ['w0', 'w1', 'w2']);
    // 30 % of a 50 % goal at midyear: on track (25 % needed by now), not reached.
    expect(result.goals[0]).toMatchObject({ reached: false, onTrack: true });
  });
});
