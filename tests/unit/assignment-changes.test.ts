// Withdrawing an assignment and moving its due date, against a real database (the suite's engine):
// what the person, the team view and the statistics see afterwards, assigning again, a rule's
// exception that later rule runs leave alone, and mail to the person.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, formatDay, stockholmDay } from '@/lib/dates';
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

const { course, person } = lookups(() => s.db);

async function assignTo(email: string, slug: string, dueDate = addDays(today, 30)) {
  const [p, c] = [await person(email), await course(slug)];
  await assign.assignItems(chef, input({ item: { kind: 'course', id: c.id }, userIds: [p.id], dueDate }));
  return s.db.assignment.findUniqueOrThrow({
    where: { userId_courseId: { userId: p.id, courseId: c.id } },
    select: { id: true, userId: true, courseId: true },
  });
}

describe(`withdrawing (${engine})`, () => {
  it('keeps the reason in the audit log, mails the person, and stops counting the course as assigned', async () => {
    const a = await assignTo('medarbetare@sjostad.se', 'konsstereotyper', addDays(today, 2));
    // Overdue first, so the team view and statistics have something to stop counting.
    await s.db.assignment.update({ where: { id: a.id }, data: { dueAt: new Date(Date.now() - 86_400_000) } });
    const stats = await import('@/lib/data/stats-sql');
    const overdue = async () =>
      (await stats.queryStatsRows(chef.organisationId, 'organisation', { courseId: a.courseId }, new Date())).reduce(
        (n, r) => n + r.overdue,
        0,
      );
    expect(await overdue()).toBe(1);

    const result = await changes.withdrawAssignment(chef, { assignmentId: a.id, reason: 'Hon byter tjänst i mars.' });
    expect(result.message).toBe(
      'Kursen Känn igen och motverka könsstereotyper är återkallad för Moa Medarbetare. Det som redan är gjort i kursen finns kvar. Personen får ett e-postmeddelande om det.',
    );
    const row = await s.db.assignment.findUniqueOrThrow({ where: { id: a.id } });
    expect(row.withdrawnById).toBe(chef.id);
    expect(row.withdrawReason).toBe('Hon byter tjänst i mars.');
    const audit = await s.db.auditEvent.findFirstOrThrow({ where: { action: 'assignment.withdrawn', entityId: a.id } });
    expect(JSON.parse(audit.after!)).toMatchObject({ reason: 'Hon byter tjänst i mars.' });
    const mail = await s.db.outboxMail.findFirstOrThrow({ where: { id: result.mailIds[0] } });
    expect(mail).toMatchObject({ to: 'medarbetare@sjostad.se', kind: 'withdrawn' });
    expect(mail.text).toContain('Hon byter tjänst i mars.');

    expect(await overdue()).toBe(0);
    const team = await import('@/lib/data/team');
    const view = await team.getTeamView(chef, { sort: 'status', page: 1 });
    const moa = [...view.page.rows].find((r) => r.id === a.userId);
    expect(moa?.items.map((i) => i.courseId) ?? []).not.toContain(a.courseId);
    expect(view.courses.find((c) => c.courseId === a.courseId)?.overdue ?? 0).toBe(0);

    const mine = await (await import('@/lib/data/my-learning')).getMyLearning(a.userId);
    expect(mine.withdrawn).toContainEqual(
      expect.objectContaining({ courseId: a.courseId, reason: 'Hon byter tjänst i mars.' }),
    );
    expect(mine.inProgress.map((c) => c.courseId)).not.toContain(a.courseId);
  });

  it('leaves completions alone, and shows a course done without an assignment as such', async () => {
    const a = await assignTo('medarbetare@sjostad.se', 'cemr-deklarationen');
    await s.db.courseCompletion.create({
      data: { organisationId: chef.organisationId, userId: a.userId, courseId: a.courseId, certificateNo: 'T-1' },
    });
    const result = await changes.withdrawAssignment(chef, { assignmentId: a.id, reason: 'Redan klar.' });
    expect(result.mailIds).toEqual([]);
    expect(result.message).toContain('Inget e-postmeddelande skickades: personen har redan gått klart kursen.');
    expect(await s.db.courseCompletion.count({ where: { userId: a.userId, courseId: a.courseId } })).toBe(1);
    const team = await import('@/lib/data/team');
    const followUp = await team.getPersonFollowUp(chef, a.userId);
    expect(followUp.completed.find((c) => c.courseId === a.courseId)?.assigned).toBe(false);
    const view = await team.getTeamView(chef, { sort: 'name', page: 1 });
    expect(view.unassigned.get(a.userId)?.map((c) => c.courseId)).toContain(a.courseId);
    expect(view.courses.find((c) => c.courseId === a.courseId)?.doneUnassigned).toBeGreaterThanOrEqual(1);
  });

  it('a withdrawn course can be assigned again: a fresh assignment, a new mail, nothing withdrawn left', async () => {
    const c = await course('konsstereotyper');
    const moa = await person('medarbetare@sjostad.se');
    const again = await assign.assignItems(
      chef,
      input({ item: { kind: 'course', id: c.id }, userIds: [moa.id], dueDate: addDays(today, 60) }),
    );
    expect(again.message).toBe(
      `Kursen Känn igen och motverka könsstereotyper tilldelades Moa Medarbetare, klart senast ${formatDay(addDays(today, 60))}.`,
    );
    const row = await s.db.assignment.findUniqueOrThrow({
      where: { userId_courseId: { userId: moa.id, courseId: c.id } },
    });
    expect(row.withdrawnAt).toBeNull();
    expect(row.withdrawReason).toBeNull();
    expect(stockholmDay(row.dueAt!)).toBe(addDays(today, 60));
    expect(again.mailIds).toHaveLength(1);
  });
});

describe(`changing the due date (${engine})`, () => {
  it('moves it later or earlier, records when, and tells the person', async () => {
    const a = await assignTo('medarbetare@sjostad.se', 'politikerns-roll', addDays(today, 10));
    const later = await changes.changeAssignmentDue(chef, { assignmentId: a.id, dueDate: addDays(today, 90) });
    expect(later.message).toContain(`Nytt slutdatum för kursen`);
    expect(later.message).toContain(formatDay(addDays(today, 90)));
    const row = await s.db.assignment.findUniqueOrThrow({ where: { id: a.id } });
    expect(stockholmDay(row.dueAt!)).toBe(addDays(today, 90));
    expect(row.dueChangedAt).not.toBeNull();
    const earlier = await changes.changeAssignmentDue(chef, { assignmentId: a.id, dueDate: today });
    expect(stockholmDay((await s.db.assignment.findUniqueOrThrow({ where: { id: a.id } })).dueAt!)).toBe(today);
    const mails = await s.db.outboxMail.findMany({ where: { id: { in: [...later.mailIds, ...earlier.mailIds] } } });
    expect(mails.map((m) => m.kind)).toEqual(['due-changed', 'due-changed']);
    expect(await s.db.auditEvent.count({ where: { action: 'assignment.due-changed', entityId: a.id } })).toBe(2);
  });

  it('for a rule’s assignment: an exception for the person that later rule runs leave alone', async () => {
    const c = await course('kommunicera-arbetet');
    const moa = await person('medarbetare@sjostad.se');
    const solrosen = await s.db.orgUnit.findFirstOrThrow({
      where: { name: 'Förskolan Solrosen' },
      select: { id: true },
    });
    const rule = await s.db.assignmentRule.create({
      data: { organisationId: chef.organisationId, unitId: solrosen.id, courseId: c.id, dueDays: 30 },
    });
    const rules = await import('@/lib/data/assignment-rules');
    const run = () => s.db.$transaction((tx) => rules.applyRulesForPeople(tx, chef.organisationId, [moa.id]));
    await run();
    const a = await s.db.assignment.findUniqueOrThrow({
      where: { userId_courseId: { userId: moa.id, courseId: c.id } },
    });
    expect(a.source).toBe('RULE');
    const result = await changes.changeAssignmentDue(chef, { assignmentId: a.id, dueDate: addDays(today, 200) });
    expect(result.message).toContain('Regeln har kvar sitt eget slutdatum');
    const audit = await s.db.auditEvent.findFirstOrThrow({
      where: { action: 'assignment.due-changed', entityId: a.id },
    });
    expect(JSON.parse(audit.after!)).toMatchObject({ exceptionFromRule: rule.id, ruleDueDays: 30 });
    await run();
    const after = await s.db.assignment.findUniqueOrThrow({ where: { id: a.id } });
    expect(stockholmDay(after.dueAt!)).toBe(addDays(today, 200));
    expect((await s.db.assignmentRule.findUniqueOrThrow({ where: { id: rule.id } })).dueDays).toBe(30);

    await changes.withdrawAssignment(chef, { assignmentId: a.id, reason: 'Gäller inte förskolan i år.' });
    await run();
    expect((await s.db.assignment.findUniqueOrThrow({ where: { id: a.id } })).withdrawnAt).not.toBeNull();
  });

  it('a strategist may change assignments anywhere in the organisation', async () => {
    const a = await assignTo('medarbetare@sjostad.se', 'introduktion-jamstalldhetsintegrering');
    const strateg = await s.viewer('strateg.omsorg@sjostad.se');
    const result = await changes.changeAssignmentDue(strateg, { assignmentId: a.id, dueDate: addDays(today, 45) });
    expect(result.personId).toBe(a.userId);
  });
});
