import 'server-only';
import { newId } from '@/lib/ids';
import { planAssignments, type AssignmentPlan, type WantedAssignment } from '@/lib/assignments/plan';
import { assignedKey } from '@/lib/assignments/reminders';
import { localeOf } from '@/lib/i18n/config';
import { pathTitleIn } from '@/lib/learning/translations';
import { assignedMail } from '@/lib/mail/templates';
import { assignmentMailOptOuts } from './assignment-mail';
import { insertRows } from './bulk';
import { enqueueMails, type OutboxInput } from './outbox';
import { completeAssignedPath } from './path-completion';
import type { Tx } from './tx';
import { chunks, groupBy, inChunks } from '@/lib/collections';

// The one place assignments are written, for managers and rules alike: duplicates are never
// created (earliest due date wins), and the learner's mail is queued in the same transaction.
// A withdrawn assignment a manager gives again is replaced by a new row: a new id means new
// reminder and mail keys, so the person hears about it as about any new assignment.

export type WriteInput = {
  organisationId: string;
  wanted: WantedAssignment[];
  source: 'MANAGER' | 'RULE';
  assignedBy: { id: string; name: string } | null;
  message: string | null;
  /** `locale` is the person's stored language, which their mail is written in (Swedish when none). */
  people: ReadonlyMap<string, { name: string; email: string | null; locale: string | null }>;
  courses: ReadonlyMap<string, { title: string; slug: string; translations: string }>;
  path: { title: string; translations: string | null } | null;
};

export async function writeAssignments(
  tx: Tx,
  input: WriteInput,
): Promise<{ plan: AssignmentPlan; mailIds: string[] }> {
  const userIds = [...new Set(input.wanted.map((w) => w.userId))];
  const courseIds = [...new Set(input.wanted.map((w) => w.courseId))];
  const existing = await inChunks(userIds, (ids) =>
    tx.assignment.findMany({
      where: { userId: { in: ids }, courseId: { in: courseIds } },
      select: { id: true, userId: true, courseId: true, dueAt: true, withdrawnAt: true, dueChangedAt: true },
    }),
  );
  const plan = planAssignments(input.wanted, existing, input.source);
  for (const batch of chunks(plan.replace))
    await tx.assignment.deleteMany({ where: { id: { in: batch.map((r) => r.id) } } });
  const createdAt = new Date();
  const rows = plan.create.map((w) => ({
    id: newId(),
    organisationId: input.organisationId,
    userId: w.userId,
    courseId: w.courseId,
    pathId: w.pathId,
    dueAt: w.dueAt,
    ruleId: w.ruleId ?? null,
    source: input.source,
    assignedById: input.assignedBy?.id ?? null,
    message: input.message,
    createdAt,
  }));
  await insertRows(tx, 'Assignment', rows);
  // Group by the new date: one manager action has one date, a rule run a few.
  const byDue = groupBy(plan.moveEarlier, (m) => m.dueAt.getTime());
  for (const [due, moves] of byDue) {
    for (const batch of chunks(moves))
      await tx.assignment.updateMany({ where: { id: { in: batch.map((m) => m.id) } }, data: { dueAt: new Date(due) } });
  }
  // Someone given a path whose courses they have all completed has finished the path now.
  for (const [pathId, given] of groupBy(
    input.wanted.filter((w) => w.pathId),
    (w) => w.pathId!,
  ))
    await completeAssignedPath(tx, {
      organisationId: input.organisationId,
      userIds: [...new Set(given.map((w) => w.userId))],
      pathId,
    });
  const mails = await assignmentMails(tx, input, rows);
  return { plan, mailIds: await enqueueMails(tx, mails) };
}

/** One mail per person listing their new courses; courses they have already completed are left out. */
async function assignmentMails(
  tx: Tx,
  input: WriteInput,
  rows: { id: string; userId: string; courseId: string; dueAt: Date | null }[],
): Promise<OutboxInput[]> {
  if (rows.length === 0) return [];
  const courseIds = [...new Set(rows.map((r) => r.courseId))];
  const completions = await inChunks([...new Set(rows.map((r) => r.userId))], (ids) =>
    tx.courseCompletion.findMany({
      where: { userId: { in: ids }, courseId: { in: courseIds } },
      select: { userId: true, courseId: true },
    }),
  );
  const completed = new Set(completions.map((c) => `${c.userId}:${c.courseId}`));
  const optedOut = await assignmentMailOptOuts(tx, [...new Set(rows.map((r) => r.userId))]);
  const mails: OutboxInput[] = [];
  for (const [userId, own] of groupBy(rows, (r) => r.userId)) {
    const person = input.people.get(userId);
    const open = own.filter((r) => !completed.has(`${userId}:${r.courseId}`));
    // Staff without an address get their assignment at a group session instead; those who chose
    // no mail about their courses see it on Min sida.
    if (!person?.email || open.length === 0 || optedOut.has(userId)) continue;
    const courses = open.map((r) => ({ ...input.courses.get(r.courseId)!, dueAt: r.dueAt }));
    const locale = localeOf(person.locale);
    const text = assignedMail({
      name: person.name,
      assignedBy: input.assignedBy?.name ?? null,
      courses,
      pathTitle: input.path && pathTitleIn(input.path, locale),
      message: input.message,
      locale,
    });
    mails.push({
      organisationId: input.organisationId,
      to: person.email,
      ...text,
      kind: 'assigned',
      dedupeKey: assignedKey(userId, open[0]!.id),
    });
  }
  return mails;
}
