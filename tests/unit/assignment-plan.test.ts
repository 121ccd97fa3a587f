// Duplicate handling: assigning the same thing twice never adds a row, the earliest due date
// wins, and the manager is told what happened.
import { describe, expect, it } from 'vitest';
import { describeAssignment } from '@/lib/assignments/feedback';
import { isEarlier, planAssignments, summarisePlan } from '@/lib/assignments/plan';

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

describe('withdrawn assignments and changed due dates', () => {
  const withdrawn = { id: 'w', userId: 'a', courseId: 'c1', dueAt: d('2026-12-01'), withdrawnAt: d('2026-11-01') };
  const changed = { id: 'x', userId: 'b', courseId: 'c1', dueAt: d('2027-03-01'), dueChangedAt: d('2026-11-01') };

  it('a manager assigning a withdrawn course again replaces the old row with a new one, with the new date', () => {
    const plan = planAssignments([want('a', d('2027-01-31'))], [withdrawn]);
    expect(plan.replace.map((r) => r.id)).toEqual(['w']);
    expect(plan.create).toEqual([want('a', d('2027-01-31'))]);
    expect(summarisePlan(plan, ['a'])).toEqual({ assigned: 1, already: 0, movedEarlier: 0 });
  });

  it('a rule leaves a withdrawn assignment withdrawn and a changed due date as the manager set it', () => {
    const plan = planAssignments(
      [want('a', d('2026-11-20')), want('b', d('2026-12-15'))],
      [withdrawn, changed],
      'RULE',
    );
    expect(plan.create).toEqual([]);
    expect(plan.replace).toEqual([]);
    expect(plan.moveEarlier).toEqual([]);
    expect(plan.unchanged.map((u) => u.id)).toEqual(['w', 'x']);
  });

  it('a manager may still move a changed due date earlier by assigning again', () => {
    const plan = planAssignments([want('b', d('2026-12-15'))], [changed], 'MANAGER');
    expect(plan.moveEarlier.map((m) => m.id)).toEqual(['x']);
  });
});

describe('what the manager is told', () => {
  const course = { kind: 'course' as const, title: 'Könsstereotyper' };

  it('names the course, the people, the unit and the date, and counts people, not rows', () => {
    const people = Array.from({ length: 14 }, (_, i) => `p${i}`);
    const existing = people.slice(12).map((userId, i) => ({ id: `e${i}`, userId, courseId: 'c1', dueAt: null }));
    const plan = planAssignments(
      people.map((p) => want(p, null)),
      existing,
    );
    expect(
      describeAssignment({
        summary: summarisePlan(plan, people),
        item: course,
        where: { unit: 'Förskolan Solrosen', below: false },
        dueDate: '2027-01-31',
      }),
    ).toBe(
      'Kursen Könsstereotyper tilldelades 12 personer i Förskolan Solrosen, klart senast 31 januari 2027. 2 hade den redan.',
    );
  });

  it('says "1 person", or the name when one chosen person got it', () => {
    const summary = { assigned: 1, already: 0, movedEarlier: 0 };
    expect(describeAssignment({ summary, item: course, where: { unit: 'Förskola', below: false } })).toBe(
      'Kursen Könsstereotyper tilldelades 1 person i Förskola.',
    );
    expect(describeAssignment({ summary, item: course, where: null, onePerson: 'Moa Medarbetare' })).toBe(
      'Kursen Könsstereotyper tilldelades Moa Medarbetare.',
    );
  });

  it('mentions earlier due dates, and a path by its own title when that already says "Lärväg"', () => {
    const plan = planAssignments(
      [want('a', d('2026-12-01'), 'c1'), want('a', d('2026-12-01'), 'c2')],
      [{ id: 'e', userId: 'a', courseId: 'c1', dueAt: null }],
    );
    expect(
      describeAssignment({
        summary: summarisePlan(plan, ['a']),
        item: { kind: 'path', title: 'Lärväg för chefer' },
        where: null,
        dueDate: '2026-12-01',
      }),
    ).toBe(
      'Lärväg för chefer tilldelades 1 person, klart senast 1 december 2026. 1 person fick ett tidigare slutdatum.',
    );
    const none = planAssignments([want('a', null)], [{ id: 'e', userId: 'a', courseId: 'c1', dueAt: null }]);
    expect(
      describeAssignment({
        summary: summarisePlan(none, ['a']),
        item: { kind: 'path', title: 'Att leda jämställt' },
        where: null,
        onePerson: 'Moa Medarbetare',
      }),
    ).toBe('Ingen ny person fick lärvägen Att leda jämställt: Moa Medarbetare hade redan alla kurser i lärvägen.');
  });

  it('says it in English to a manager reading in English', () => {
    const summary = { assigned: 12, already: 2, movedEarlier: 0 };
    expect(
      describeAssignment(
        {
          summary,
          item: { kind: 'course', title: 'Gender stereotypes' },
          where: { unit: 'Förskolan Solrosen', below: true },
          dueDate: '2027-01-31',
        },
        'en',
      ),
    ).toBe(
      'The course Gender stereotypes was assigned to 12 people in Förskolan Solrosen and the units under it, due by 31 January 2027. 2 already had it.',
    );
    expect(
      describeAssignment(
        {
          summary: { assigned: 0, already: 1, movedEarlier: 1 },
          item: { kind: 'path', title: 'Learning path for managers' },
          where: { audience: 'MANAGER' },
          dueDate: '2027-01-31',
        },
        'en',
      ),
    ).toBe(
      'No new person got Learning path for managers among the managers in your units: the person already had all the courses in the learning path. 1 person got an earlier due date: 31 January 2027.',
    );
    expect(
      describeAssignment(
        {
          summary: { assigned: 1, already: 0, movedEarlier: 0 },
          item: { kind: 'course', title: 'Stereotypes' },
          where: null,
          onePerson: 'Moa Medarbetare',
        },
        'en',
      ),
    ).toBe('The course Stereotypes was assigned to Moa Medarbetare.');
  });

  it('names an audience in the plural, in Swedish too', () => {
    const summary = { assigned: 4, already: 0, movedEarlier: 0 };
    expect(describeAssignment({ summary, item: course, where: { audience: 'MANAGER' } })).toBe(
      'Kursen Könsstereotyper tilldelades 4 personer med målgruppen chefer i dina enheter.',
    );
  });

  it('when everyone already had it, says so with the count', () => {
    expect(
      describeAssignment({
        summary: { assigned: 0, already: 3, movedEarlier: 0 },
        item: course,
        where: { unit: 'Förskola', below: false },
      }),
    ).toBe('Ingen ny person fick kursen Könsstereotyper i Förskola: Alla 3 hade den redan.');
  });
});
