// Reminder scheduling: who is reminded when, and that a second run sends nothing twice (the
// outbox refuses a dedupe key it already has; here a Set stands in for that unique index).
import { describe, expect, it } from 'vitest';
import {
  digestKey,
  dueReminders,
  manualKey,
  reminderWindow,
  type ReminderCandidate,
} from '@/lib/assignments/reminders';

const now = new Date('2026-11-28T06:00:00Z');
const days = (n: number) => new Date(now.getTime() + n * 86_400_000);
const candidate = (c: Partial<ReminderCandidate>): ReminderCandidate => ({
  id: 'a1',
  userId: 'u1',
  dueAt: days(2),
  createdAt: days(-20),
  completed: false,
  active: true,
  ...c,
});

describe('dueReminders', () => {
  it('reminds before the due date, within three days', () => {
    expect(dueReminders([candidate({ dueAt: days(2) })], now)).toEqual([
      { assignmentId: 'a1', userId: 'u1', kind: 'before', dedupeKey: 'reminder:before:a1' },
    ]);
    expect(dueReminders([candidate({ dueAt: days(4) })], now)).toEqual([]);
  });

  it('reminds after the due date has passed, for up to 30 days', () => {
    expect(dueReminders([candidate({ dueAt: days(-1) })], now).map((r) => r.dedupeKey)).toEqual(['reminder:after:a1']);
    expect(dueReminders([candidate({ dueAt: days(-31) })], now)).toEqual([]);
  });

  it('does not remind people who are done, deactivated or have no due date', () => {
    expect(
      dueReminders([candidate({ completed: true }), candidate({ active: false }), candidate({ dueAt: null })], now),
    ).toEqual([]);
  });

  it('skips the early reminder when the course was assigned inside the window (the assignment mail had the date)', () => {
    expect(dueReminders([candidate({ dueAt: days(2), createdAt: days(-0.5) })], now)).toEqual([]);
  });

  it('sends nothing twice over repeated runs, and the overdue reminder once after the early one', () => {
    const outbox = new Set<string>();
    const run = (at: Date) => {
      const fresh = dueReminders([candidate({ dueAt: days(1) })], at).filter((r) => !outbox.has(r.dedupeKey));
      for (const r of fresh) outbox.add(r.dedupeKey);
      return fresh.map((r) => r.kind);
    };
    expect(run(now)).toEqual(['before']);
    expect(run(now)).toEqual([]);
    expect(run(days(0.5))).toEqual([]);
    expect(run(days(2))).toEqual(['after']);
    expect(run(days(3))).toEqual([]);
    expect([...outbox]).toEqual(['reminder:before:a1', 'reminder:after:a1']);
  });

  it('asks the database only about the window that can be due', () => {
    const { from, to } = reminderWindow(now);
    expect(from).toEqual(days(-30));
    expect(to).toEqual(days(3));
  });
});

describe('keys for digests and manual reminders', () => {
  it('gives one digest per manager and week', () => {
    expect(digestKey('m', new Date('2026-11-30T07:00:00Z'))).toBe(digestKey('m', new Date('2026-12-06T20:00:00Z')));
    expect(digestKey('m', new Date('2026-11-30T07:00:00Z'))).not.toBe(digestKey('m', new Date('2026-12-07T07:00:00Z')));
  });

  it('gives one manual reminder per person and Stockholm day', () => {
    expect(manualKey('u', new Date('2026-11-28T06:00:00Z'))).toBe('manual:u:2026-11-28');
    expect(manualKey('u', new Date('2026-11-28T23:30:00Z'))).toBe('manual:u:2026-11-29');
  });
});
