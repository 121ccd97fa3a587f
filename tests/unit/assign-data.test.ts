// Managers' assignments against a real database (the suite's engine): duplicates, the earliest
// due date, paths, and every kind of bad input refused with nothing written, all or nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, stockholmDay } from '@/lib/assignments/dates';
import { engine } from '../support/test-db';
import { seededDb, type Seeded } from '../support/seeded-db';

let s: Seeded;
let assign: typeof import('@/lib/data/assign');
let chef: Awaited<ReturnType<Seeded['viewer']>>;
const today = stockholmDay(new Date());

beforeAll(async () => {
  s = await seededDb();
  assign = await import('@/lib/data/assign');
  chef = await s.viewer('chef@sjostad.se');
});
afterAll(() => s.close());

const course = (slug: string) => s.db.course.findFirstOrThrow({ where: { slug }, select: { id: true } });
const unit = (name: string) => s.db.orgUnit.findFirstOrThrow({ where: { name }, select: { id: true } });
const person = (email: string) => s.db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
const counts = async () => ({
  assignments: await s.db.assignment.count(),
  mails: await s.db.outboxMail.count(),
  audit: await s.db.auditEvent.count(),
});

const input = (over: Record<string, unknown>) =>
  ({
    target: 'people',
    userIds: [],
    includeSubunits: false,
    ...over,
  }) as unknown as import('@/lib/validation/assignments').AssignInput;

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
    expect(result.message).toBe(`${people} tilldelade.`);
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
    expect(later.message).toBe('0 tilldelade, 1 hade redan kursen.');
    const earlier = await assign.assignItems(
      chef,
      input({ item: { kind: 'course', id: c.id }, userIds: [moa.id], dueDate: addDays(today, 5) }),
    );
    expect(earlier.message).toBe('0 tilldelade, 1 hade redan kursen, 1 fick ett tidigare slutdatum.');
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

describe(`bad input is refused and nothing is written (${engine})`, () => {
  async function refused(over: Record<string, unknown>, message: string | RegExp) {
    const before = await counts();
    await expect(assign.assignItems(chef, input(over))).rejects.toThrow(message);
    expect(await counts()).toEqual(before);
  }

  it('a person outside the manager’s units, alone or in a group', async () => {
    const c = await course('politikerns-roll');
    const moa = await person('medarbetare@sjostad.se');
    const outside = await person('chef.omsorg@sjostad.se');
    await refused({ item: { kind: 'course', id: c.id }, userIds: [outside.id] }, /hör inte till dina enheter/);
    await refused({ item: { kind: 'course', id: c.id }, userIds: [moa.id, outside.id] }, /Inget har tilldelats/);
  });

  it('a deactivated person in the manager’s own unit', async () => {
    const c = await course('politikerns-roll');
    const moa = await person('medarbetare@sjostad.se');
    const solrosen = await unit('Förskolan Solrosen');
    const gone = await s.db.user.create({
      data: {
        organisationId: chef.organisationId,
        unitId: solrosen.id,
        name: 'Gunnar Gått',
        email: 'gunnar.gatt@sjostad.se',
        active: false,
      },
      select: { id: true },
    });
    await refused(
      { item: { kind: 'course', id: c.id }, userIds: [moa.id, gone.id] },
      'Gunnar Gått är inaktiverad och kan inte få kurser. Inget har tilldelats.',
    );
  });

  it('a due date in the past (Stockholm time)', async () => {
    const c = await course('politikerns-roll');
    const moa = await person('medarbetare@sjostad.se');
    await refused(
      { item: { kind: 'course', id: c.id }, userIds: [moa.id], dueDate: addDays(today, -1) },
      'Slutdatumet har redan passerat',
    );
  });

  it('a course that does not exist, or is unpublished', async () => {
    const moa = await person('medarbetare@sjostad.se');
    await refused(
      { item: { kind: 'course', id: 'finns-inte' }, userIds: [moa.id] },
      'Kursen finns inte eller är inte publicerad',
    );
    const c = await course('kommunicera-arbetet');
    await s.db.course.update({ where: { id: c.id }, data: { status: 'UNPUBLISHED' } });
    await refused(
      { item: { kind: 'course', id: c.id }, userIds: [moa.id] },
      'Kursen finns inte eller är inte publicerad',
    );
    await s.db.course.update({ where: { id: c.id }, data: { status: 'PUBLISHED' } });
  });

  it('ids from another organisation: a person, a unit and a course', async () => {
    const c = await course('politikerns-roll');
    const vera = await person('vera.vardare@norrvik.se');
    const norrUnit = await unit('Vårdcentralen Norr');
    await refused({ item: { kind: 'course', id: c.id }, userIds: [vera.id] }, /hör inte till dina enheter/);
    await refused(
      { item: { kind: 'course', id: c.id }, target: 'unit', unitId: norrUnit.id, includeSubunits: true },
      /Enheten finns inte eller hör inte till dina enheter/,
    );
    const norrvik = await s.db.organisation.findUniqueOrThrow({ where: { slug: 'norrvik' }, select: { id: true } });
    const foreign = await s.db.course.create({
      data: {
        organisationId: norrvik.id,
        slug: 'egen',
        status: 'PUBLISHED',
        title: 'Egen',
        summary: '',
        description: '',
        audiences: '',
        topics: '',
        minutes: 5,
      },
      select: { id: true },
    });
    const moa = await person('medarbetare@sjostad.se');
    await refused(
      { item: { kind: 'course', id: foreign.id }, userIds: [moa.id] },
      'Kursen finns inte eller är inte publicerad',
    );
  });

  it('a unit outside the manager’s subtree, and a manager with no units assigning to an audience', async () => {
    const c = await course('politikerns-roll');
    await refused(
      { item: { kind: 'course', id: c.id }, target: 'unit', unitId: (await unit('Hemtjänst')).id },
      /Enheten finns inte/,
    );
    const admin = await s.viewer('admin@sjostad.se');
    const before = await counts();
    await expect(
      assign.assignItems(
        admin,
        input({ item: { kind: 'course', id: c.id }, target: 'audience', audience: 'EMPLOYEE' }),
      ),
    ).rejects.toThrow('Du är inte chef för någon enhet');
    expect(await counts()).toEqual(before);
  });

  it('an employee cannot assign at all', async () => {
    const moa = await s.viewer('medarbetare@sjostad.se');
    const c = await course('politikerns-roll');
    await expect(
      assign.assignItems(moa, input({ item: { kind: 'course', id: c.id }, userIds: [moa.id] })),
    ).rejects.toThrow('Du har inte behörighet');
  });
});
