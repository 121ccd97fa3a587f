// When learners are reminded, and the keys that make each mail go out at most once. The outbox
// has a unique index on the key, so a second run (or two runs at once) finds the key taken and
// sends nothing again.
import { isoWeek, stockholmDay } from '@/lib/dates';

export const REMIND_BEFORE_DAYS = 3;
/** Overdue reminders stop after this, so switching the job on late does not flood anyone. */
export const REMIND_AFTER_MAX_DAYS = 30;
const DAY = 86_400_000;

export type ReminderCandidate = {
  id: string;
  userId: string;
  dueAt: Date | null;
  createdAt: Date;
  completed: boolean;
  active: boolean;
  /** When a manager last moved the due date; the reminders then follow the new date. */
  dueChangedAt?: Date | null;
};

export type DueReminder = { assignmentId: string; userId: string; kind: 'before' | 'after'; dedupeKey: string };

/**
 * Once per assignment, and once more for each due day a manager sets by hand: a reminder sent for
 * the old date must not keep the new one from being reminded of.
 */
export const reminderKey = (kind: 'before' | 'after', assignmentId: string, changedDue?: Date | null) =>
  `reminder:${kind}:${assignmentId}${changedDue ? `:${stockholmDay(changedDue)}` : ''}`;
export const digestKey = (managerId: string, now: Date) => `digest:${managerId}:${isoWeek(now)}`;
/** One manual reminder per person and Stockholm day, whoever sends it. */
export const manualKey = (userId: string, now: Date) => `manual:${userId}:${stockholmDay(now)}`;
export const assignedKey = (userId: string, firstAssignmentId: string) => `assigned:${userId}:${firstAssignmentId}`;
export const withdrawnKey = (assignmentId: string, at: Date) => `withdrawn:${assignmentId}:${at.getTime()}`;
export const dueChangedKey = (assignmentId: string, at: Date) => `due-changed:${assignmentId}:${at.getTime()}`;

export function dueReminders(candidates: readonly ReminderCandidate[], now: Date): DueReminder[] {
  const out: DueReminder[] = [];
  for (const a of candidates) {
    if (!a.active || a.completed || !a.dueAt) continue;
    const changed = a.dueChangedAt ? a.dueAt : null;
    const untilDue = a.dueAt.getTime() - now.getTime();
    if (untilDue < 0) {
      if (-untilDue <= REMIND_AFTER_MAX_DAYS * DAY)
        out.push({
          assignmentId: a.id,
          userId: a.userId,
          kind: 'after',
          dedupeKey: reminderKey('after', a.id, changed),
        });
      continue;
    }
    // Someone assigned (or given a new date) inside the window just got a mail with the date in it.
    const toldAt = a.dueChangedAt ?? a.createdAt;
    const toldInsideWindow = a.dueAt.getTime() - toldAt.getTime() <= REMIND_BEFORE_DAYS * DAY;
    if (untilDue <= REMIND_BEFORE_DAYS * DAY && !toldInsideWindow) {
      out.push({
        assignmentId: a.id,
        userId: a.userId,
        kind: 'before',
        dedupeKey: reminderKey('before', a.id, changed),
      });
    }
  }
  return out;
}

/** The time window the job asks the database about (everything else cannot be due). */
export function reminderWindow(now: Date) {
  return {
    from: new Date(now.getTime() - REMIND_AFTER_MAX_DAYS * DAY),
    to: new Date(now.getTime() + REMIND_BEFORE_DAYS * DAY),
  };
}
