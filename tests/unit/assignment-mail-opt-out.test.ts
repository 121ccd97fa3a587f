// A learner's "E-post om mina kurser" setting against a real database (the suite's engine): with it
// off, no mail is queued for a new, changed or withdrawn assignment, nor a reminder before or after
// a due date; a colleague with it on still gets each one, and a manager's manual reminder and
// weekly digest are not affected.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, stockholmDay } from '@/lib/dates';
import { assignDb, input, lookups } from '../support/assign-db';
import type { Seeded } from '../support/seeded-db';
import { engine } from '../support/test-db';

let s: Seeded;
let assign: typeof import('@/lib/data/assign');
let changes: typeof import('@/lib/data/assignment-changes');
let prefs: typeof import('@/lib/data/assignment-mail');
let chef: Awaited<ReturnType<Seeded['viewer']>>;
let quiet: { id: string; organisationId: string };
let colleague: { id: string; email: string | null };
const today = stockholmDay(new Date());

beforeAll(async () => {
  ({ s, assign, chef } = await assignDb());
  changes = await import('@/lib/data/assignment-changes');
  prefs = await import('@/lib/data/assignment-mail');
  const moa = await s.db.user.findUniqueOrThrow({
    where: { email: 'medarbetare@sjostad.se' },
    select: { id: true, organisationId: true, unitId: true },
  });
  quiet = moa;
  colleague = await s.db.user.findFirstOrThrow({
    where: { unitId: moa.unitId, id: { not: moa.id }, email: { not: null }, active: true },
    select: { id: true, email: true },
  });
  await prefs.setAssignmentMailOptOut(quiet, true);
});
afterAll(() => s.close());

const { course } = lookups(() => s.db);
const mailsTo = (userEmail: string | null, kind: string) => s.db.outboxMail.count({ where: { to: userEmail!, kind } });

async function assignBoth(slug: string, dueDate = addDays(today, 30)) {
  const c = await course(slug);
  return assign.assignItems(
    chef,
    input({ item: { kind: 'course', id: c.id }, userIds: [quiet.id, colleague.id], dueDate }),
  );
}
const assignmentOf = async (userId: string, slug: string) =>
  s.db.assignment.findUniqueOrThrow({
    where: { userId_courseId: { userId, courseId: (await course(slug)).id } },
    select: { id: true },
  });

describe(`mail about one's own courses (${engine})`, () => {
  it('is stored per person and read back', async () => {
    expect(await prefs.getAssignmentMailOptOut(quiet.id)).toBe(true);
    expect(await prefs.getAssignmentMailOptOut(colleague.id)).toBe(false);
  });

  it('queues no mail for a new assignment to someone who chose none, but does for a colleague', async () => {
    const result = await assignBoth('konsstereotyper');
    expect(result.assigned).toBe(2);
    expect(result.mailIds).toHaveLength(1);
    expect(await mailsTo('medarbetare@sjostad.se', 'assigned')).toBe(0);
    expect(await mailsTo(colleague.email, 'assigned')).toBe(1);
  });

  it('queues no mail for a changed due date, and says why', async () => {
    const a = await assignmentOf(quiet.id, 'konsstereotyper');
    const result = await changes.changeAssignmentDue(chef, { assignmentId: a.id, dueDate: addDays(today, 60) });
    expect(result.mailIds).toEqual([]);
    expect(result.message).toContain('Inget e-postmeddelande skickades: personen har valt bort e-post om sina kurser.');
    const b = await assignmentOf(colleague.id, 'konsstereotyper');
    expect(
      (await changes.changeAssignmentDue(chef, { assignmentId: b.id, dueDate: addDays(today, 60) })).mailIds,
    ).toHaveLength(1);
  });

  it('queues no mail for a withdrawn assignment', async () => {
    const a = await assignmentOf(quiet.id, 'konsstereotyper');
    const result = await changes.withdrawAssignment(chef, { assignmentId: a.id, reason: 'Byter tjänst.' });
    expect(result.mailIds).toEqual([]);
    expect(await mailsTo('medarbetare@sjostad.se', 'withdrawn')).toBe(0);
  });

  it('sends the mail again once the person turns it back on', async () => {
    await prefs.setAssignmentMailOptOut(quiet, false);
    const a = await assignmentOf(colleague.id, 'konsstereotyper');
    expect(a.id).toBeTruthy();
    const c = await course('cemr-deklarationen');
    const result = await assign.assignItems(chef, input({ item: { kind: 'course', id: c.id }, userIds: [quiet.id] }));
    expect(result.mailIds).toHaveLength(1);
    await prefs.setAssignmentMailOptOut(quiet, true);
  });
});

describe(`reminders and the manager's mail (${engine})`, () => {
  it('skips reminders before and after the due date, but not the digest or a manual reminder', async () => {
    const job = await import('@/lib/data/reminder-job');
    const now = new Date();
    const inDays = (n: number) => new Date(now.getTime() + n * 86_400_000);
    const orgId = chef.organisationId;
    for (const [userId, slug, dueAt] of [
      [quiet.id, 'politikerns-roll', inDays(2)],
      [quiet.id, 'chefens-roll', inDays(-2)],
      [colleague.id, 'politikerns-roll', inDays(2)],
      [colleague.id, 'chefens-roll', inDays(-2)],
    ] as const) {
      await s.db.assignment.create({
        data: {
          organisationId: orgId,
          userId,
          courseId: (await course(slug)).id,
          source: 'MANAGER',
          dueAt,
          createdAt: inDays(-20),
        },
      });
    }
    await job.runReminderJob(now);
    expect(await mailsTo('medarbetare@sjostad.se', 'reminder-before')).toBe(0);
    expect(await mailsTo('medarbetare@sjostad.se', 'reminder-after')).toBe(0);
    expect(await mailsTo(colleague.email, 'reminder-before')).toBe(1);
    expect(await mailsTo(colleague.email, 'reminder-after')).toBe(1);
    // The manager still hears that Moa's course is overdue.
    const digest = await s.db.outboxMail.findFirstOrThrow({ where: { to: 'chef@sjostad.se', kind: 'digest' } });
    expect(digest.text).toContain('Moa Medarbetare');

    const { sendManualReminders } = await import('@/lib/data/reminders');
    const manual = await sendManualReminders(chef, [quiet.id]);
    expect(manual.sent).toBe(1);
    expect(await mailsTo('medarbetare@sjostad.se', 'manual')).toBe(1);
  });
});
