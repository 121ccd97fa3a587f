// Managers' assignments against a real database (the suite's engine): every kind of bad input
// is refused with nothing written, all or nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, stockholmDay } from '@/lib/dates';
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
