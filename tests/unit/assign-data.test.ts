// Managers' assignments against a real database (the suite's engine): duplicates, the earliest
// due date and paths. Bad input, refused with nothing written: assign-refusals.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, formatDay, stockholmDay } from '@/lib/dates';
import { assignDb, input, lookups } from '../support/assign-db';
import type { Seeded } from '../support/seeded-db';
import { engine } from '../support/test-db';

let s: Seeded;
let assign: typeof import('@/lib/data/assign');
let chef: Awaited<ReturnType<Seeded['viewer']>>;
const today = stockholmDay(new Date());

beforeAll(async () => {
  ({ s, assign, chef } = await assignDb());
});
afterAll(() => s.close());

const { course, unit, person, counts } = lookups(() => s.db);

describe(`assigning (${engine})`, () => {
  it('assigns a course to a unit and the units below it, queues one mail per person, and says what happened', async () => {
    const c = await course('konsstereotyper');
    const forskola = await unit('Förskola');
    const result = await assign.assignItems(
      chef,
      input({
        item: { kind: 'course', id: c.id },
        target: 'unit',
        unitId: forskola.id,
        includeSubunits: true,
        dueDate: addDays(today, 20),
        message: 'Gör den före jul.',
      }),
    );
    const people = await s.db.user.count({
      where: { active: true, unit: { OR: [{ name: 'Förskola' }, { name: 'Förskolan Solrosen' }] } },
    });
    expect(result.message).toBe(
      `Kursen Känn igen och motverka könsstereotyper tilldelades ${people} personer i Förskola och enheterna under den, klart senast ${formatDay(addDays(today, 20))}.`,
    );
    const rows = await s.db.assignment.findMany({
      where: { courseId: c.id },
      select: { source: true, dueAt: true, message: true, assignedById: true },
    });
    expect(rows).toHaveLength(people);
    expect(
      rows.every((r) => r.source === 'MANAGER' && r.assignedById === chef.id && r.message === 'Gör den före jul.'),
    ).toBe(true);
    expect(stockholmDay(rows[0]!.dueAt!)).toBe(addDays(today, 20));
    const mail = await s.db.outboxMail.findFirstOrThrow({ where: { to: 'medarbetare@sjostad.se', kind: 'assigned' } });
    expect(mail.subject).toContain('Du har fått kursen');
    expect(mail.text).toContain('Cecilia Chef har gett dig en kurs');
    expect(mail.text).toMatch(/http:\/\/\S+\/kurser\/konsstereotyper/);
    expect(mail.text).toContain('Gör den före jul.');
    expect(result.mailIds).toHaveLength(people);
  });

  it('assigning again creates no duplicates, keeps the earliest due date and reports who already had it', async () => {
    const c = await course('konsstereotyper');
    const moa = await person('medarbetare@sjostad.se');
    const before = await counts();
    const later = await assign.assignItems(
      chef,
      input({ item: { kind: 'course', id: c.id }, userIds: [moa.id], dueDate: addDays(today, 40) }),
    );
    expect(later.message).toBe(
      'Ingen ny person fick kursen Känn igen och motverka könsstereotyper: Moa Medarbetare hade den redan.',
    );
    const earlier = await assign.assignItems(
      chef,
      input({ item: { kind: 'course', id: c.id }, userIds: [moa.id], dueDate: addDays(today, 5) }),
    );
    expect(earlier.message).toBe(
      `Ingen ny person fick kursen Känn igen och motverka könsstereotyper: Moa Medarbetare hade den redan. 1 person fick ett tidigare slutdatum: ${formatDay(addDays(today, 5))}.`,
    );
    const row = await s.db.assignment.findUniqueOrThrow({
      where: { userId_courseId: { userId: moa.id, courseId: c.id } },
    });
    expect(stockholmDay(row.dueAt!)).toBe(addDays(today, 5));
    const after = await counts();
    expect(after.assignments).toBe(before.assignments);
    expect(after.mails).toBe(before.mails);
  });

  it('a path assigns each of its published courses, with the path named', async () => {
    const path = await s.db.learningPath.findFirstOrThrow({
      where: { audience: 'MANAGER' },
      select: { id: true, courses: { select: { courseId: true } } },
    });
    const me = await person('chef@sjostad.se');
    const result = await assign.assignItems(chef, input({ item: { kind: 'path', id: path.id }, userIds: [me.id] }));
    expect(result.assigned).toBe(1);
    // She already had one of the courses (her unit got it above): that row stays as it was.
    const rows = await s.db.assignment.findMany({
      where: { userId: me.id, courseId: { in: path.courses.map((c) => c.courseId) } },
      select: { pathId: true },
    });
    expect(rows).toHaveLength(path.courses.length);
    expect(rows.filter((r) => r.pathId === path.id).length).toBeGreaterThanOrEqual(path.courses.length - 1);
    const mails = await s.db.outboxMail.findMany({ where: { to: 'chef@sjostad.se' }, select: { subject: true } });
    expect(mails.map((m) => m.subject)).toContainEqual(expect.stringMatching(/^Du har fått lärvägen/));
  });

  it('assigns to everyone of an audience within the units, and nobody outside them', async () => {
    const c = await course('cemr-deklarationen');
    await assign.assignItems(
      chef,
      input({ item: { kind: 'course', id: c.id }, target: 'audience', audience: 'EMPLOYEE' }),
    );
    const assigned = await s.db.assignment.findMany({ where: { courseId: c.id }, select: { userId: true } });
    const outside = await s.db.user.count({
      where: {
        id: { in: assigned.map((a) => a.userId) },
        NOT: { unit: { name: { in: ['Förskola', 'Förskolan Solrosen'] } } },
      },
    });
    expect(assigned.length).toBeGreaterThan(5);
    expect(outside).toBe(0);
  });
});
