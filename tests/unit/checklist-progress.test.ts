// Progress per commitment and overall, overdue items and the Charter's two-year deadline. Dates
// are Stockholm calendar days, whatever the server's time zone.
import { describe, expect, it } from 'vitest';
import { actionPlanDeadline } from '@/lib/checklist/deadline';
import { addYears, daysBetween, stockholmDay } from '@/lib/dates';
import { checklistProgress, overdueItems, type ItemState } from '@/lib/checklist/progress';
import type { TemplateSection } from '@/lib/validation/checklist';

const item = (key: string) => ({ key, title: `Punkt ${key}`, explanation: 'x', example: 'y', linkedCourses: [] });
const sections: TemplateSection[] = [
  { key: 's1', title: 'Ett', commitment: 'c', optional: false, items: ['a', 'b', 'c', 'd'].map(item) },
  { key: 's2', title: 'Två', commitment: 'c', optional: false, items: ['e', 'f'].map(item) },
  { key: 'extra', title: 'Frivilligt', commitment: 'c', optional: true, items: ['g', 'h'].map(item) },
];
const states = (entries: [string, ItemState['status'], string?][]) =>
  new Map(entries.map(([k, status, due]) => [k, { status, dueAt: due ? new Date(`${due}T00:00:00Z`) : null }]));

describe('checklist progress', () => {
  it('leaves not-applicable items out of the denominator', () => {
    const p = checklistProgress(
      sections,
      states([
        ['a', 'DONE'],
        ['b', 'NOT_APPLICABLE'],
        ['c', 'IN_PROGRESS'],
      ]),
    );
    expect(p.sections[0]).toMatchObject({
      total: 4,
      done: 1,
      inProgress: 1,
      notStarted: 1,
      notApplicable: 1,
      applicable: 3,
      percent: 33,
    });
    expect(p.sections[1]).toMatchObject({ done: 0, notStarted: 2, percent: 0 });
  });

  it('counts optional sections apart, never in the overall figure', () => {
    const p = checklistProgress(
      sections,
      states([
        ['a', 'DONE'],
        ['e', 'DONE'],
        ['g', 'DONE'],
        ['h', 'DONE'],
      ]),
    );
    expect(p.overall).toMatchObject({ total: 6, done: 2, applicable: 6, percent: 33 });
    expect(p.optional).toEqual([expect.objectContaining({ key: 'extra', done: 2, percent: 100 })]);
    expect(p.sections.map((s) => s.key)).toEqual(['s1', 's2']);
  });

  it('has no percentage when no item applies', () => {
    const p = checklistProgress(
      sections,
      states([
        ['e', 'NOT_APPLICABLE'],
        ['f', 'NOT_APPLICABLE'],
      ]),
    );
    expect(p.sections[1]!.percent).toBeNull();
  });

  it('treats an item without a saved status as not started', () => {
    expect(checklistProgress(sections, new Map()).overall).toMatchObject({ notStarted: 6, percent: 0 });
  });
});

describe('overdue items', () => {
  const s = states([
    ['a', 'IN_PROGRESS', '2026-11-27'],
    ['b', 'DONE', '2026-01-01'],
    ['c', 'NOT_APPLICABLE', '2026-01-01'],
    ['d', 'NOT_STARTED', '2026-11-28'],
    ['e', 'NOT_STARTED', '2026-10-01'],
    ['f', 'NOT_STARTED'],
  ]);

  it('lists items due before today that are neither done nor not applicable, oldest first', () => {
    const late = overdueItems(sections, s, new Date('2026-11-28T10:00:00Z'));
    expect(late.map((l) => [l.key, l.daysLate])).toEqual([
      ['e', 58],
      ['a', 1],
    ]);
  });

  it('uses the Stockholm day: 23:30 UTC on the 27th is already the 28th', () => {
    expect(stockholmDay(new Date('2026-11-27T23:30:00Z'))).toBe('2026-11-28');
    expect(overdueItems(sections, s, new Date('2026-11-27T22:30:00Z')).map((l) => l.key)).toEqual(['e']);
    expect(overdueItems(sections, s, new Date('2026-11-27T23:30:00Z')).map((l) => l.key)).toEqual(['e', 'a']);
  });
});

describe('the action-plan deadline', () => {
  it('is two years after signing, with days left', () => {
    expect(actionPlanDeadline(new Date('2025-03-18T00:00:00Z'), new Date('2026-11-28T12:00:00Z'))).toEqual({
      signedOn: '2025-03-18',
      deadline: '2027-03-18',
      daysLeft: 110,
      passed: false,
    });
  });

  it('counts the deadline day as in time and the day after as passed', () => {
    const signed = new Date('2024-06-10T00:00:00Z');
    expect(actionPlanDeadline(signed, new Date('2026-06-10T21:00:00Z'))).toMatchObject({ daysLeft: 0, passed: false });
    expect(actionPlanDeadline(signed, new Date('2026-06-10T22:30:00Z'))).toMatchObject({ daysLeft: -1, passed: true });
  });

  it('is unknown without a signing date', () => {
    expect(actionPlanDeadline(null, new Date())).toBeNull();
  });

  it('handles a signing on 29 February and day counts across years', () => {
    expect(addYears('2024-02-29', 2)).toBe('2026-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2027-01-01', '2026-12-31')).toBe(-1);
  });
});
