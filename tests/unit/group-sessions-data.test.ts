// Group sessions (issue 16 A) against a real database: planning within reach, invitations, and
// attendance that completes the lessons covered for those present (source: the session), with a
// correction that takes back only what the session gave, and figures that follow.
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engine } from '../support/test-db';
import { seededDb, type Seeded } from '../support/seeded-db';

let s: Seeded;
let sessions: typeof import('@/lib/data/group-sessions');
let attendance: typeof import('@/lib/data/group-session-attendance');
let chef: Awaited<ReturnType<Seeded['viewer']>>;
let strateg: Awaited<ReturnType<Seeded['viewer']>>;
let solrosenId: string;
let hemtjanstId: string;
let courseId: string;

const future = { date: '2030-03-05', time: '13:30' };
const input = (over: Partial<import('@/lib/validation/group-sessions').SessionInput> = {}) => ({
  kind: 'APT' as const,
  unitIds: [solrosenId],
  ...future,
  minutes: 60,
  digital: false,
  place: 'Personalrummet, Solrosen',
  courseId,
  wholeCourse: true,
  lessonIds: [],
  guideSlugs: [],
  exampleIds: [],
  ...over,
});

beforeAll(async () => {
  s = await seededDb();
  sessions = await import('@/lib/data/group-sessions');
  attendance = await import('@/lib/data/group-session-attendance');
  chef = await s.viewer('chef@sjostad.se');
  strateg = await s.viewer('strateg@sjostad.se');
  solrosenId = (await s.db.orgUnit.findFirstOrThrow({ where: { name: 'Förskolan Solrosen' } })).id;
  hemtjanstId = (await s.db.orgUnit.findFirstOrThrow({ where: { name: 'Hemtjänst' } })).id;
  courseId = (await s.db.course.findFirstOrThrow({ where: { slug: 'konsstereotyper' } })).id;
});

afterAll(() => s?.close());

const solrosenPeople = () =>
  s.db.user.findMany({
    where: { unitId: solrosenId, active: true },
    select: { id: true, email: true },
    orderBy: { name: 'asc' },
  });

describe(`group sessions (${engine})`, () => {
  it('plans an APT for a unit within reach and invites everyone in it by e-mail', async () => {
    const planned = await sessions.planSession(chef, input());
    const people = await solrosenPeople();
    expect(planned.invited).toBe(people.length);
    expect(planned.mailed).toBe(people.filter((p) => p.email).length);
    const mails = await s.db.outboxMail.findMany({
      where: { kind: 'session-invitation' },
      select: { to: true, text: true, subject: true },
    });
    expect(mails).toHaveLength(planned.mailed);
    expect(mails[0]!.subject).toContain('Arbetsplatsträff (APT)');
    expect(mails[0]!.text).toContain('5 mars 2030 kl. 13:30');
    expect(mails[0]!.text).toContain(`/traffar/${planned.id}/kalender.ics`);
    const audit = await s.db.auditEvent.findFirst({ where: { action: 'session.planned', entityId: planned.id } });
    expect(audit).not.toBeNull();
  });

  it('refuses a time that has passed, a unit outside reach, a lesson of another course and an employee, saving nothing', async () => {
    const count = () => s.db.groupSession.count();
    const before = await count();
    await expect(sessions.planSession(chef, input({ date: '2020-01-01' }))).rejects.toThrow(/redan passerat/);
    await expect(sessions.planSession(chef, input({ unitIds: [hemtjanstId] }))).rejects.toThrow(
      /hör inte till dina enheter/,
    );
    const other = await s.db.lesson.findFirstOrThrow({ where: { course: { slug: 'chefens-roll' } } });
    await expect(sessions.planSession(chef, input({ wholeCourse: false, lessonIds: [other.id] }))).rejects.toThrow(
      /hör inte till kursen/,
    );
    const employee = await s.viewer('medarbetare@sjostad.se');
    await expect(sessions.planSession(employee, input())).rejects.toThrow(/behörighet/);
    const norrvik = await s.viewer('admin@norrvik.se');
    await expect(sessions.planSession(norrvik, input())).rejects.toThrow(/hör inte till dina enheter/);
    expect(await count()).toBe(before);
  });

  it('takes published examples of its own organisation as material, and refuses others', async () => {
    const examples = await import('@/lib/data/learning-examples');
    const author = await s.viewer('medarbetare@sjostad.se');
    const text = {
      what: 'Vi räknade bilderna.',
      learned: 'Mest mammor.',
      changed: '',
      topics: ['stereotyper' as const],
      audiences: ['medarbetare' as const],
      showName: false,
    };
    const published = await examples.submitExample(author, { ...text, title: 'Publicerat exempel' });
    await examples.reviewExample(strateg, { exampleId: published.id, decision: 'approve', comment: '' });
    const waiting = await examples.submitExample(author, { ...text, title: 'Väntande exempel' });
    const planned = await sessions.planSession(chef, input({ exampleIds: [published.id] }));
    expect((await sessions.getSession(chef, planned.id)).exampleIds).toEqual([published.id]);
    await expect(sessions.planSession(chef, input({ exampleIds: [waiting.id] }))).rejects.toThrow(/inte publicerat/);
  });

  it('lets a strategist plan for any unit, and keeps a manager out of what is not all theirs', async () => {
    const planned = await sessions.planSession(strateg, input({ unitIds: [hemtjanstId], kind: 'ARBETSGRUPP' }));
    await expect(sessions.getSession(chef, planned.id)).rejects.toThrow(/inte är dina/);
    expect((await sessions.getSession(strateg, planned.id)).units.map((u) => u.name)).toEqual(['Hemtjänst']);
    // A session for Solrosen and Hemtjänst: the manager of Solrosen neither lists nor opens it.
    const both = await sessions.planSession(strateg, input({ unitIds: [solrosenId, hemtjanstId] }));
    const listed = (await sessions.listSessions(chef)).map((x) => x.id);
    expect(listed).not.toContain(planned.id);
    expect(listed).not.toContain(both.id);
    await expect(sessions.getSession(chef, both.id)).rejects.toThrow(/inte är dina/);
  });

  it('stores the exact lessons covered, and refuses the whole course together with chosen lessons', async () => {
    const planned = await sessions.planSession(chef, input());
    const lessons = await s.db.lesson.findMany({ where: { courseId, removedAt: null }, select: { id: true } });
    const row = await s.db.groupSession.findUniqueOrThrow({ where: { id: planned.id } });
    expect(JSON.parse(row.lessonIds).sort()).toEqual(lessons.map((l) => l.id).sort());
    const { sessionSchema } = await import('@/lib/validation/group-sessions');
    const both = sessionSchema.safeParse({ ...input(), lessonIds: [lessons[0]!.id], wholeCourse: 'on' });
    expect(both.success).toBe(false);
    expect(both.error?.issues.map((i) => i.message)).toEqual([
      'Ta bort bocken för Hela kursen om ni bara går igenom de lektioner du har valt.',
    ]);
  });

  it('writes a calendar file that calendar programs read as the same event in Stockholm time', async () => {
    const planned = await sessions.planSession(chef, input({ time: '08:15' }));
    const view = await sessions.getCalendarSession(chef, planned.id);
    const { sessionCalendar } = await import('@/lib/sessions/calendar');
    const file = (sequence: number) =>
      sessionCalendar({
        ...view,
        sequence,
        title: 'APT',
        description: 'Kurs',
        url: 'https://portal.example/kurser/x',
        host: 'portal.example',
      });
    const calendar = ICAL.Component.fromString(file(0));
    // The zone is defined in the file itself, so the times resolve without the reader knowing it.
    ICAL.TimezoneService.register(calendar.getFirstSubcomponent('vtimezone')!);
    const vevent = calendar.getFirstSubcomponent('vevent')!;
    const event = new ICAL.Event(vevent);
    expect(event.uid).toBe(`${planned.id}@portal.example`);
    expect(vevent.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Stockholm');
    expect(event.startDate.zone?.tzid).toBe('Europe/Stockholm');
    expect(calendar.getFirstSubcomponent('vevent')!.getFirstPropertyValue('dtstamp')!.toString()).toMatch(/Z$/);
    expect(event.startDate.toString()).toBe('2030-03-05T08:15:00');
    expect(event.startDate.toJSDate().toISOString()).toBe('2030-03-05T07:15:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2030-03-05T08:15:00.000Z');
    const { stockholmInstant } = await import('@/lib/dates');
    const summer = ICAL.Component.fromString(
      sessionCalendar({
        ...view,
        startsAt: stockholmInstant('2030-07-01', '08:15'),
        title: 'APT',
        description: '',
        url: 'https://x.example',
        host: 'x.example',
      }),
    );
    expect(new ICAL.Event(summer.getFirstSubcomponent('vevent')!).startDate.toJSDate().toISOString()).toBe(
      '2030-07-01T06:15:00.000Z',
    );
    const changed = new ICAL.Event(ICAL.Component.fromString(file(1)).getFirstSubcomponent('vevent')!);
    expect(changed.uid).toBe(event.uid);
    expect(changed.sequence).toBe(1);
    // The signed link in the invitation works for the person it was made for, and no one else.
    const { calendarUrl, verifyCalendarToken } = await import('@/lib/sessions/calendar-link');
    const invitee0 = (await solrosenPeople())[0]!.id;
    const link = new URL(calendarUrl(planned.id, invitee0));
    expect(verifyCalendarToken(planned.id, invitee0, link.searchParams.get('token')!)).toBe(true);
    expect((await sessions.invitedSession(planned.id, invitee0)).id).toBe(planned.id);
    expect(verifyCalendarToken(planned.id, 'someone-else', link.searchParams.get('token')!)).toBe(false);
    // Someone in another unit is told it does not exist.
    const outsider = await s.viewer('strateg@sjostad.se');
    await expect(
      sessions.getCalendarSession({ ...outsider, role: 'EMPLOYEE', managedUnitPaths: [] }, planned.id),
    ).rejects.toThrow(/finns inte/);
    const invitee = await s.viewer('medarbetare@sjostad.se');
    expect((await sessions.getCalendarSession(invitee, planned.id)).id).toBe(planned.id);
  });

  it('moves a planned session: the same event one sequence later, the invited told, a held one refused', async () => {
    const planned = await sessions.planSession(chef, input());
    const moved = { sessionId: planned.id, date: '2030-03-06', time: '09:00', minutes: 30, digital: true, place: '' };
    const result = await sessions.rescheduleSession(chef, moved);
    const view = await sessions.getSession(chef, planned.id);
    expect(view).toMatchObject({ sequence: 1, minutes: 30, place: 'Digitalt' });
    expect(view.startsAt.toISOString()).toBe('2030-03-06T08:00:00.000Z');
    const told = await s.db.outboxMail.findMany({
      where: { kind: 'session-changed', dedupeKey: { startsWith: `session:${planned.id}:1:` } },
    });
    expect(told).toHaveLength(result.mailed);
    expect(told[0]!.text).toContain('6 mars 2030 kl. 09:00');
    await expect(sessions.rescheduleSession(chef, { ...moved, date: '2020-01-01' })).rejects.toThrow(/redan passerat/);
    await s.db.groupSession.update({ where: { id: planned.id }, data: { startsAt: new Date(Date.now() - 60_000) } });
    await expect(sessions.rescheduleSession(chef, moved)).rejects.toThrow(/redan börjat/);
    expect((await sessions.getSession(chef, planned.id)).sequence).toBe(1);
  });

  it('cancels a planned session: the invited with an address told, the calendar event cancelled, a held one refused', async () => {
    const cancel = await import('@/lib/data/group-session-cancel');
    const planned = await sessions.planSession(chef, input());
    const [first, second] = await solrosenPeople();
    // One of the invited has no address: told by the notice on the wall, not by mail.
    await s.db.user.update({ where: { id: second!.id }, data: { email: null, employeeNumber: 'S-1' } });
    const demoChef = await s.viewer('chef@sjostad.se');
    const other = { ...demoChef, managedUnitPaths: ['/nowhere/'] };
    await expect(cancel.cancelSession(other, { sessionId: planned.id, reason: '' })).rejects.toThrow(/inte är dina/);
    const { cancelSchema } = await import('@/lib/validation/group-sessions');
    expect(cancelSchema.safeParse({ sessionId: planned.id, reason: '<b>x</b>' }).error?.issues[0]?.path).toEqual([
      'reason',
    ]);
    await cancel.cancelSession(chef, { sessionId: planned.id, reason: 'Vi tar kursen på APT i april i stället.' });
    expect((await s.db.groupSession.findUniqueOrThrow({ where: { id: planned.id } })).cancelledAt).not.toBeNull();
    const told = await s.db.outboxMail.findMany({
      where: { kind: 'session-cancelled', dedupeKey: { contains: planned.id } },
    });
    expect(told.map((m) => m.to)).not.toContain(null);
    expect(told).toHaveLength((await solrosenPeople()).filter((p) => p.email).length);
    expect(told[0]!.subject).toMatch(/^Inställd: /);
    expect(told[0]!.text).toContain('Vi tar kursen på APT i april i stället.');
    // Gone from the list and its page; twice is refused; the calendar file now cancels the event.
    expect((await sessions.listSessions(chef)).map((x) => x.id)).not.toContain(planned.id);
    await expect(sessions.getSession(chef, planned.id)).rejects.toThrow(/finns inte/);
    await expect(cancel.cancelSession(chef, { sessionId: planned.id, reason: '' })).rejects.toThrow(/redan inställd/);
    const view = await sessions.invitedSession(planned.id, first!.id);
    const { sessionCalendar } = await import('@/lib/sessions/calendar');
    const file = sessionCalendar({
      ...view,
      title: 'APT',
      description: '',
      url: 'https://x.example',
      host: 'x.example',
      cancelled: true,
    });
    const calendar = ICAL.Component.fromString(file);
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    const vevent = calendar.getFirstSubcomponent('vevent')!;
    expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(new ICAL.Event(vevent).sequence).toBe(1);
    expect(await s.db.auditEvent.count({ where: { action: 'session.cancelled', entityId: planned.id } })).toBe(1);

    const held = await sessions.planSession(chef, input());
    await s.db.groupSession.update({ where: { id: held.id }, data: { startsAt: new Date(Date.now() - 60_000) } });
    await expect(cancel.cancelSession(chef, { sessionId: held.id, reason: '' })).rejects.toThrow(/redan börjat/);
    expect((await s.db.groupSession.findUniqueOrThrow({ where: { id: held.id } })).cancelledAt).toBeNull();
  });

  it('completes the lessons for those present, counts them in the statistics, and takes back a mistake', async () => {
    const planned = await sessions.planSession(chef, input());
    await expect(attendance.recordAttendance(chef, { sessionId: planned.id, present: [], notes: '' })).rejects.toThrow(
      /inte börjat/,
    );
    await s.db.groupSession.update({ where: { id: planned.id }, data: { startsAt: new Date(Date.now() - 3_600_000) } });
    const people = await solrosenPeople();
    const absent = people[0]!.id;
    const present = people.slice(1).map((p) => p.id);
    const done = await s.db.courseCompletion.findMany({ where: { courseId }, select: { userId: true } });
    const newlyDone = present.filter((id) => !done.some((d) => d.userId === id));
    expect(newlyDone.length).toBeGreaterThan(0);

    const stats = await import('@/lib/data/stats');
    const completionsIn = async () =>
      (await stats.statsRows(chef, { courseId })).rows.reduce((sum, r) => sum + r.completions, 0);
    const before = await completionsIn();
    const heldAt = (await s.db.groupSession.findUniqueOrThrow({ where: { id: planned.id } })).startsAt;
    const result = await attendance.recordAttendance(chef, {
      sessionId: planned.id,
      present,
      notes: 'Vi ser över bilderna i föräldrabrevet.',
    });
    expect(result).toMatchObject({ present: present.length, added: present.length, removed: 0 });
    const completions = await s.db.courseCompletion.findMany({
      where: { courseId, sessionId: planned.id },
      select: { userId: true, completedAt: true },
    });
    expect(completions.map((c) => c.userId).sort()).toEqual([...newlyDone].sort());
    // Dated when the meeting was held, so the statistics' periods count it there.
    expect(completions.every((c) => c.completedAt.getTime() === heldAt.getTime())).toBe(true);
    expect(await s.db.courseCompletion.count({ where: { courseId, userId: absent, sessionId: planned.id } })).toBe(0);
    const lessons = await s.db.lesson.count({ where: { courseId, removedAt: null } });
    expect(await s.db.lessonProgress.count({ where: { sessionId: planned.id, userId: newlyDone[0]! } })).toBe(lessons);

    // The statistics count them at once, though they are remembered.
    expect(await completionsIn()).toBe(before + newlyDone.length);

    // Someone marked by mistake: the correction takes back what this session gave them, and is logged.
    const mistake = newlyDone[0]!;
    const corrected = await attendance.recordAttendance(chef, {
      sessionId: planned.id,
      present: present.filter((id) => id !== mistake),
      notes: 'Vi ser över bilderna i föräldrabrevet.',
    });
    expect(corrected).toMatchObject({ removed: 1, added: 0 });
    expect(await s.db.courseCompletion.count({ where: { courseId, userId: mistake } })).toBe(0);
    expect(await s.db.lessonProgress.count({ where: { sessionId: planned.id, userId: mistake } })).toBe(0);
    const log = await s.db.auditEvent.findFirstOrThrow({
      where: { action: 'session.attendance-corrected', entityId: planned.id },
    });
    expect(JSON.parse(log.after!)).toMatchObject({ removed: [mistake] });
  });

  it('keeps what the session gave someone who has since left or moved, when the attendance is saved again', async () => {
    const planned = await sessions.planSession(chef, input());
    await s.db.groupSession.update({ where: { id: planned.id }, data: { startsAt: new Date(Date.now() - 60_000) } });
    const people = (await solrosenPeople()).map((p) => p.id);
    await attendance.recordAttendance(chef, { sessionId: planned.id, present: people, notes: '' });
    const [left, moved] = people;
    await s.db.user.update({ where: { id: left! }, data: { active: false } });
    await s.db.user.update({ where: { id: moved! }, data: { unitId: hemtjanstId } });
    const stillHere = people.slice(2);
    const again = await attendance.recordAttendance(chef, {
      sessionId: planned.id,
      present: stillHere,
      notes: 'Nya anteckningar',
    });
    expect(again.removed).toBe(0);
    expect(
      await s.db.sessionAttendance.count({ where: { sessionId: planned.id, userId: { in: [left!, moved!] } } }),
    ).toBe(2);
    await s.db.user.update({ where: { id: left! }, data: { active: true } });
    await s.db.user.update({ where: { id: moved! }, data: { unitId: solrosenId } });
  });

  it('refuses attendance for someone outside the session, and markup in the notes, changing nothing', async () => {
    const planned = await sessions.planSession(chef, input());
    await s.db.groupSession.update({ where: { id: planned.id }, data: { startsAt: new Date(Date.now() - 60_000) } });
    const outsider = await s.db.user.findFirstOrThrow({ where: { unitId: hemtjanstId } });
    await expect(
      attendance.recordAttendance(chef, { sessionId: planned.id, present: [outsider.id], notes: '' }),
    ).rejects.toThrow(/hör inte till träffens enheter/);
    expect(await s.db.sessionAttendance.count({ where: { sessionId: planned.id } })).toBe(0);
    const { attendanceSchema } = await import('@/lib/validation/group-sessions');
    const parsed = attendanceSchema.safeParse({
      sessionId: planned.id,
      present: [],
      notes: '<script>alert(1)</script>',
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(/HTML-taggar/);
  });
});
