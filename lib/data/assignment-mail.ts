import 'server-only';
import { db } from '@/lib/db';
import { inChunks } from '@/lib/collections';
import type { Tx } from './tx';

// A learner's choice of no mail about their own assignments: new, changed and withdrawn ones, and
// the reminders before and after a due date. A manager's weekly digest and a manager's manual
// reminder are other settings and other decisions (lib/data/reminders.ts).

export async function getAssignmentMailOptOut(userId: string): Promise<boolean> {
  const pref = await db.mailPreference.findUnique({ where: { userId }, select: { assignmentMailOptOut: true } });
  return pref?.assignmentMailOptOut ?? false;
}

export async function setAssignmentMailOptOut(
  person: { id: string; organisationId: string },
  optOut: boolean,
): Promise<void> {
  await db.mailPreference.upsert({
    where: { userId: person.id },
    create: { userId: person.id, organisationId: person.organisationId, assignmentMailOptOut: optOut },
    update: { assignmentMailOptOut: optOut },
  });
}

/** Who among these people wants no mail about their assignments (read in the caller's transaction). */
export async function assignmentMailOptOuts(tx: Tx, userIds: readonly string[]): Promise<Set<string>> {
  const rows = await inChunks([...new Set(userIds)], (ids) =>
    tx.mailPreference.findMany({
      where: { userId: { in: ids }, assignmentMailOptOut: true },
      select: { userId: true },
    }),
  );
  return new Set(rows.map((r) => r.userId));
}
