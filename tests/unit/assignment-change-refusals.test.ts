// Bad input to withdrawing an assignment and moving its due date, against a real database (the
// suite's engine): each is refused with a Swedish message and nothing written; and who gets mail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addYears, stockholmDay } from '@/lib/dates';
import { assignDb, input, lookups } from '../support/assign-db';
import type { Seeded } from '../support/seeded-db';
import { engine } from '../support/test-db';

let s: Seeded;
let assign: typeof import('@/lib/data/assign');
let changes: typeof import('@/lib/data/assignment-changes');
let chef: Awaited<ReturnType<Seeded['viewer']>>;
const today = stockholmDay(new Date());

beforeAll(async () => {
  ({ s, assign, chef } = await assignDb());
  changes = await import('@/lib/data/assignment-changes');
});
afterAll(() => s.close());

const { course, person, counts } = lookups(() => s.db);

async function assignTo(viewer: typeof chef, userId: string, slug: string) {
  const c = await course(slug);
  await assign.assignItems(
    viewer,
    input({ item: { kind: 'course', id: c.id }, userIds: [userId], dueDate: addDays(today, 30) }),
  );
  return s.db.assignment.findUniqueOrThrow({
    where: { userId_courseId: { userId, courseId: c.id } },
    select: { id: true },
  });
}

/** Everything a change writes: the assignment itself, mail and audit. */
const snapshot = async (id: string) => ({
  ...(await counts()),
  row: await s.db.assignment.findUniqueOrThrow({ where: { id } }),
});

async function refused(id: string, attempt: () => Promise<unknown>, message: string | RegExp) {
  const before = await snapshot(id);
  await expect(attempt()).rejects.toThrow(message);
  expect(await snapshot(id)).toEqual(before);
}

describe(`refused changes write nothing (${engine})`, () => {
  it('an assignment outside the manager’s units, or in another organisation', async () => {
    const omsorgChef = await s.viewer('chef.omsorg@sjostad.se');
    const tomas = await person('tomas.tidigare@sjostad.se');
    await s.db.user.update({ where: { id: tomas.id }, data: { active: true } });
    const theirs = await assignTo(omsorgChef, tomas.id, 'konsstereotyper');
    const outside = /finns inte eller hör inte till dina enheter/;
    await refused(theirs.id, () => changes.withdrawAssignment(chef, { assignmentId: theirs.id, reason: 'x' }), outside);
    await refused(
      theirs.id,
      () => changes.changeAssignmentDue(chef, { assignmentId: theirs.id, dueDate: addDays(today, 5) }),
      outside,
    );
    const norrvik = await s.viewer('admin@norrvik.se');
    await refused(
      theirs.id,
      () => changes.withdrawAssignment(norrvik, { assignmentId: theirs.id, reason: 'x' }),
      outside,
    );
    await expect(changes.withdrawAssignment(chef, { assignmentId: 'finns-inte', reason: 'x' })).rejects.toThrow(
      outside,
    );
  });

  it('an employee may change nothing, not even their own', async () => {
    const moa = await person('medarbetare@sjostad.se');
    const a = await assignTo(chef, moa.id, 'konsstereotyper');
    const self = await s.viewer('medarbetare@sjostad.se');
    await refused(
      a.id,
      () => changes.withdrawAssignment(self, { assignmentId: a.id, reason: 'Vill inte.' }),
      /hör inte till/,
    );
  });

  it('a missing or too long reason', async () => {
    const moa = await person('medarbetare@sjostad.se');
    const a = await assignTo(chef, moa.id, 'politikerns-roll');
    await refused(a.id, () => changes.withdrawAssignment(chef, { assignmentId: a.id, reason: '   ' }), 'Skriv varför');
    await refused(
      a.id,
      () => changes.withdrawAssignment(chef, { assignmentId: a.id, reason: 'x'.repeat(501) }),
      'högst 500 tecken',
    );
  });

  it('a due date in the past, more than three years ahead, or the same as now', async () => {
    const moa = await person('medarbetare@sjostad.se');
    const a = await assignTo(chef, moa.id, 'cemr-deklarationen');
    const change = (dueDate: string) => () => changes.changeAssignmentDue(chef, { assignmentId: a.id, dueDate });
    await refused(a.id, change(addDays(today, -1)), 'Slutdatumet har redan passerat');
    await refused(a.id, change(addDays(addYears(today, 5), 1)), 'högst 5 år fram i tiden');
    await refused(a.id, change(addDays(today, 30)), 'Det är redan slutdatumet');
  });

  it('withdrawing twice, or moving the date of a withdrawn course', async () => {
    const moa = await person('medarbetare@sjostad.se');
    const a = await assignTo(chef, moa.id, 'kommunicera-arbetet');
    await changes.withdrawAssignment(chef, { assignmentId: a.id, reason: 'Fel kurs.' });
    await refused(
      a.id,
      () => changes.withdrawAssignment(chef, { assignmentId: a.id, reason: 'Igen.' }),
      'redan återkallad',
    );
    await refused(
      a.id,
      () => changes.changeAssignmentDue(chef, { assignmentId: a.id, dueDate: addDays(today, 3) }),
      'Tilldela den igen',
    );
  });
});

describe(`mail about a change (${engine})`, () => {
  it('goes to the person’s address, and is skipped for someone without one, the change still made', async () => {
    const solrosen = await s.db.orgUnit.findFirstOrThrow({
      where: { name: 'Förskolan Solrosen' },
      select: { id: true },
    });
    const noAddress = await s.db.user.create({
      data: { organisationId: chef.organisationId, unitId: solrosen.id, name: 'Ada Utanadress', email: null },
      select: { id: true },
    });
    const a = await assignTo(chef, noAddress.id, 'konsstereotyper');
    const mails = await s.db.outboxMail.count();
    const result = await changes.changeAssignmentDue(chef, { assignmentId: a.id, dueDate: addDays(today, 50) });
    expect(result.mailIds).toEqual([]);
    expect(result.message).toContain('Inget e-postmeddelande skickades: personen har ingen e-postadress.');
    expect(await s.db.outboxMail.count()).toBe(mails);
    expect(stockholmDay((await s.db.assignment.findUniqueOrThrow({ where: { id: a.id } })).dueAt!)).toBe(
      addDays(today, 50),
    );
  });
});
