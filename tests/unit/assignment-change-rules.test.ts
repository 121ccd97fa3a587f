// The pure parts of withdrawing and moving due dates: the forms' schemas, the reminders that follow
// a changed date, and the assign list's name search (its input comes straight from the address).
import { describe, expect, it } from 'vitest';
import { dueReminders, type ReminderCandidate } from '@/lib/assignments/reminders';
import { canChangeAssignment, type Role } from '@/lib/auth/permissions';
import { addDays, addYears, stockholmDay } from '@/lib/dates';
import { matchesName, searchParam } from '@/lib/validation/assign-search';
import { changeDueSchema, withdrawSchema } from '@/lib/validation/assignments';

const today = stockholmDay(new Date());
const messages = (r: { success: boolean; error?: { issues: { message: string }[] } }) =>
  (r.error?.issues ?? []).map((i) => i.message);

describe('withdrawSchema', () => {
  it('accepts a reason of up to 500 characters, trimmed', () => {
    expect(withdrawSchema.parse({ assignmentId: 'a1', reason: '  Byter tjänst.  ' }).reason).toBe('Byter tjänst.');
    expect(withdrawSchema.safeParse({ assignmentId: 'a1', reason: 'x'.repeat(500) }).success).toBe(true);
  });

  it('refuses a missing, blank or too long reason, and a missing id, in Swedish', () => {
    expect(messages(withdrawSchema.safeParse({ assignmentId: 'a1' }))).toEqual(['Skriv varför kursen återkallas.']);
    expect(messages(withdrawSchema.safeParse({ assignmentId: 'a1', reason: '  ' }))).toEqual([
      'Skriv varför kursen återkallas.',
    ]);
    expect(messages(withdrawSchema.safeParse({ assignmentId: 'a1', reason: 'x'.repeat(501) }))).toEqual([
      'Skälet får vara högst 500 tecken.',
    ]);
    expect(messages(withdrawSchema.safeParse({ assignmentId: '', reason: 'Skäl' }))).toEqual(['Uppgiften saknar id.']);
  });
});

describe('changeDueSchema', () => {
  const change = (dueDate: unknown) => changeDueSchema.safeParse({ assignmentId: 'a1', dueDate });

  it('accepts today, three years ahead, and an empty date (no due date)', () => {
    expect(change(today).success).toBe(true);
    expect(change(addYears(today, 3)).success).toBe(true);
    expect(change('').data?.dueDate).toBeUndefined();
  });

  it('refuses the past, beyond three years, the year 9999 and text that is not a date', () => {
    expect(messages(change(addDays(today, -1)))).toEqual([
      'Slutdatumet har redan passerat. Välj i dag eller ett senare datum.',
    ]);
    expect(messages(change(addDays(addYears(today, 5), 1)))).toEqual(['Välj ett slutdatum högst 5 år fram i tiden.']);
    expect(messages(change('9999-12-31'))).toEqual(['Välj ett slutdatum högst 5 år fram i tiden.']);
    expect(messages(change('31/12/2026'))).toEqual(['Skriv datumet som åååå-mm-dd.']);
  });
});

describe('reminders after a changed due date', () => {
  const now = new Date('2026-11-28T06:00:00Z');
  const days = (n: number) => new Date(now.getTime() + n * 86_400_000);
  const candidate = (c: Partial<ReminderCandidate>): ReminderCandidate => ({
    id: 'a1',
    userId: 'u1',
    dueAt: days(2),
    createdAt: days(-40),
    completed: false,
    active: true,
    ...c,
  });

  it('use a key of their own per new date, so a reminder for the old date does not block them', () => {
    const [reminder] = dueReminders([candidate({ dueChangedAt: days(-10) })], now);
    expect(reminder?.dedupeKey).toBe(`reminder:before:a1:${stockholmDay(days(2))}`);
    const [after] = dueReminders([candidate({ dueAt: days(-1), dueChangedAt: days(-10) })], now);
    expect(after?.dedupeKey).toBe(`reminder:after:a1:${stockholmDay(days(-1))}`);
  });

  it('skip the "before" reminder when the change itself was mailed inside the window', () => {
    expect(dueReminders([candidate({ dueChangedAt: days(-1) })], now)).toEqual([]);
  });

  it('keep the old keys for dates never changed', () => {
    expect(dueReminders([candidate({})], now)[0]?.dedupeKey).toBe('reminder:before:a1');
  });
});

describe('the assign list’s name search', () => {
  it('reads the first value, drops control characters and caps the length', () => {
    expect(searchParam(['  moa ', 'x'])).toBe('moa');
    expect(searchParam('a\u0000b\nc')).toBe('a b c');
    expect(searchParam('å'.repeat(10_000))).toHaveLength(100);
    expect(searchParam(undefined)).toBe('');
  });

  it('matches every word anywhere in the name, whatever the case; symbols match nothing', () => {
    expect(matchesName('Moa Medarbetare', 'moa med')).toBe(true);
    expect(matchesName('Åsa Öberg', 'ÅSA öb')).toBe(true);
    expect(matchesName('Moa Medarbetare', 'moa x')).toBe(false);
    expect(matchesName('Moa Medarbetare', '')).toBe(true);
    expect(matchesName('Moa Medarbetare', '%_*')).toBe(false);
  });
});

describe('who may withdraw or move a due date', () => {
  const viewer = (role: Role, organisationId = 'org') => ({
    id: 'v',
    organisationId,
    role,
    managedUnitPaths: ['/kommun/forskola/'],
  });
  const inUnit = { organisationId: 'org', unitPath: '/kommun/forskola/solrosen/' };
  const elsewhere = { organisationId: 'org', unitPath: '/kommun/omsorg/' };

  it('a manager within their units only; strategists and administrators organisation-wide', () => {
    expect(canChangeAssignment(viewer('MANAGER'), inUnit)).toBe(true);
    expect(canChangeAssignment(viewer('MANAGER'), elsewhere)).toBe(false);
    expect(canChangeAssignment(viewer('STRATEGIST'), elsewhere)).toBe(true);
    expect(canChangeAssignment(viewer('ADMIN'), { organisationId: 'org', unitPath: null })).toBe(true);
  });

  it('nobody in another organisation, and no employee', () => {
    expect(canChangeAssignment(viewer('ADMIN', 'other'), inUnit)).toBe(false);
    expect(canChangeAssignment(viewer('EMPLOYEE'), inUnit)).toBe(false);
  });
});
