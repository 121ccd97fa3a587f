import 'server-only';
import { db } from '@/lib/db';
import { isPersonInScope } from '@/lib/auth/permissions';
import { digestKey, dueReminders, reminderWindow } from '@/lib/assignments/reminders';
import { groupBy, inChunks } from '@/lib/collections';
import { localeOf } from '@/lib/i18n/config';
import { digestMail, reminderMail, type DigestPerson } from '@/lib/mail/templates';
import { assignmentMailOptOuts } from './assignment-mail';
import { deliverOutbox, enqueueOnce, existingKeys } from './outbox';
import { compactTallies } from './stats-tally';

// `npm run reminders` (scripts/reminders.ts): reminders before and after due dates, the weekly
// digest for managers, and delivery of everything unsent. Every mail has a dedupe key, so
// running the job twice, or twice at the same time, sends nothing twice.

type OpenAssignment = {
  id: string;
  userId: string;
  dueAt: Date;
  createdAt: Date;
  dueChangedAt: Date | null;
  course: { title: string; slug: string; translations: string };
};
type Person = {
  id: string;
  name: string;
  /** Their stored language, which their mail is written in. */
  locale: string | null;
  email: string | null;
  active: boolean;
  organisationId: string;
  unit: { name: string; path: string } | null;
};

/** Unfinished, not withdrawn assignments with a due date in the range, with their people (three queries). */
async function openAssignments(dueAt: { gte?: Date; lt?: Date; lte?: Date }) {
  const rows = await db.assignment.findMany({
    where: { dueAt, withdrawnAt: null, course: { status: 'PUBLISHED' } },
    select: {
      id: true,
      userId: true,
      courseId: true,
      dueAt: true,
      createdAt: true,
      dueChangedAt: true,
      course: { select: { title: true, slug: true, translations: true } },
    },
  });
  const userIds = [...new Set(rows.map((r) => r.userId))];
  const courseIds = [...new Set(rows.map((r) => r.courseId))];
  const [people, completions] = await Promise.all([
    inChunks(userIds, (ids) =>
      db.user.findMany({
        where: { id: { in: ids } },
        select: {
          id: true,
          name: true,
          email: true,
          locale: true,
          active: true,
          organisationId: true,
          unit: { select: { name: true, path: true } },
        },
      }),
    ),
    inChunks(userIds, (ids) =>
      db.courseCompletion.findMany({
        where: { userId: { in: ids }, courseId: { in: courseIds } },
        select: { userId: true, courseId: true },
      }),
    ),
  ]);
  const done = new Set(completions.map((c) => `${c.userId}:${c.courseId}`));
  const open = rows.filter((r) => !done.has(`${r.userId}:${r.courseId}`)) as OpenAssignment[];
  return { open, people: new Map<string, Person>(people.map((p) => [p.id, p])) };
}

async function queueLearnerReminders(now: Date) {
  const { from, to } = reminderWindow(now);
  const { open, people } = await openAssignments({ gte: from, lte: to });
  const candidates = open.map((a) => ({ ...a, completed: false, active: people.get(a.userId)?.active ?? false }));
  const due = dueReminders(candidates, now);
  const taken = await existingKeys(due.map((d) => d.dedupeKey));
  const byId = new Map(open.map((a) => [a.id, a]));
  // The learner's own choice; managers still see the overdue course in their digest.
  const optedOut = await assignmentMailOptOuts(
    db,
    open.map((a) => a.userId),
  );
  const counts = { before: 0, after: 0 };
  for (const reminder of due.filter((d) => !taken.has(d.dedupeKey))) {
    const a = byId.get(reminder.assignmentId)!;
    const person = people.get(a.userId)!;
    if (!person.email || optedOut.has(person.id)) continue;
    const text = reminderMail({
      name: person.name,
      kind: reminder.kind,
      course: { ...a.course, dueAt: a.dueAt },
      locale: localeOf(person.locale),
    });
    const id = await enqueueOnce({
      organisationId: person.organisationId,
      to: person.email,
      ...text,
      kind: `reminder-${reminder.kind}`,
      dedupeKey: reminder.dedupeKey,
    });
    if (id) counts[reminder.kind] += 1;
  }
  return counts;
}

/** One digest per manager and ISO week, listing what is overdue in their units; none when nothing is. */
async function queueDigests(now: Date) {
  const managers = await db.unitManager.findMany({
    where: { user: { active: true } },
    select: {
      user: { select: { id: true, name: true, email: true, locale: true, organisationId: true } },
      unit: { select: { path: true } },
    },
  });
  if (managers.length === 0) return 0;
  const optedOut = new Set(
    (await db.mailPreference.findMany({ where: { digestOptOut: true }, select: { userId: true } })).map(
      (p) => p.userId,
    ),
  );
  const byManager = groupBy(
    managers.filter((m) => !optedOut.has(m.user.id)),
    (m) => m.user.id,
  );
  const taken = await existingKeys([...byManager.keys()].map((id) => digestKey(id, now)));
  const { open, people } = await openAssignments({ lt: now });
  let queued = 0;
  for (const [managerId, rows] of byManager) {
    if (taken.has(digestKey(managerId, now))) continue;
    const manager = rows[0]!.user;
    const paths = rows.map((r) => r.unit.path);
    const overdue = open.filter((a) => {
      const p = people.get(a.userId);
      const scope = { organisationId: manager.organisationId, managedUnitPaths: paths };
      return p?.active && isPersonInScope(scope, { organisationId: p.organisationId, unitPath: p.unit?.path ?? null });
    });
    if (overdue.length === 0 || !manager.email) continue;
    const list: DigestPerson[] = [...groupBy(overdue, (a) => a.userId)].map(([userId, items]) => {
      const p = people.get(userId)!;
      return {
        id: p.id,
        name: p.name,
        unitName: p.unit?.name ?? null,
        courses: items.map((i) => ({ ...i.course, dueAt: i.dueAt })),
      };
    });
    list.sort((a, b) => a.name.localeCompare(b.name, 'sv'));
    const text = digestMail({ managerId, name: manager.name, people: list, locale: localeOf(manager.locale) });
    if (
      await enqueueOnce({
        organisationId: manager.organisationId,
        to: manager.email,
        ...text,
        kind: 'digest',
        dedupeKey: digestKey(managerId, now),
      })
    )
      queued += 1;
  }
  return queued;
}

export async function runReminderJob(now = new Date()) {
  const reminders = await queueLearnerReminders(now);
  const digests = await queueDigests(now);
  const delivery = await deliverOutbox({ limit: 5000 });
  const waiting = await db.outboxMail.count({ where: { sentAt: null } });
  // Housekeeping of the kept statistics: what fell due since yesterday is merged into one row.
  const { merged } = await compactTallies(now);
  return { ...reminders, digests, ...delivery, waiting, merged };
}
