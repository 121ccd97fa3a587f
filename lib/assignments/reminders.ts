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
};

export type DueReminder = { assignmentId: string; userId: string; kind: 'before' | 'after'; dedupeKey: string };

export const reminderKey = (kind: 'before' | 'after', assignmentId: string) => `reminder:${kind}:${assignmentId}`;
export const digestKey = (managerId: string, now: Date) => `digest:${managerId}:${isoWeek(now)}`;
/** One manual reminder per person and Stockholm day, whoever sends it. */
export const manualKey = (userId: string, now: Date) => `manual:${userId}:${stockholmDay(now)}`;
export const assignedKey = (userId: string, firstAssignmentId: string) => `assigned:${userId}:${firstAssignmentId}`;

export function dueReminders(candidates: readonly ReminderCandidate[], now: Date): DueReminder[] {
  const out: DueReminder[] = [];
  for (const a of candidates) {
    if (!a.active || a.completed || !a.dueAt) continue;
    const untilDue = a.dueAt.getTime() - now.getTime();
    if (untilDue < 0) {
      if (-untilDue <= REMIND_AFTER_MAX_DAYS * DAY)
        out.push({ assignmentId: a.id, userId: a.userId, kind: 'after', dedupeKey: reminderKey('after', a.id) });
      continue;
    }
    // Someone assigned inside the window just got the assignment mail with the date in it.
    const assignedInsideWindow = a.dueAt.getTime() - a.createdAt.getTime() <= REMIND_BEFORE_DAYS * DAY;
    if (untilDue <= REMIND_BEFORE_DAYS * DAY && !assignedInsideWindow) {
      out.push({ assignmentId: a.id, userId: a.userId, kind: 'before', dedupeKey: reminderKey('before', a.id) });
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
