// The queue of requests for deletion (/admin/radering) against a real database: open requests
// oldest first with their deadline, then handled ones; nothing of another organisation is listed
// or can be handled; refusing records the answer the person reads and changes no personal data;
// a request is handled once; the last active administrator is never erased; the person's export
// names courses and lessons, and holds the outcome and answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, stockholmDay, stockholmInstant } from '@/lib/dates';
import { engine } from '../support/test-db';
import { seededDb, type Seeded } from '../support/seeded-db';

let s: Seeded;
let queue: typeof import('@/lib/data/deletion-requests');
let handling: typeof import('@/lib/data/deletion-handling');
let myData: typeof import('@/lib/data/my-data');
let admin: Awaited<ReturnType<Seeded['viewer']>>;
let norrvik: Awaited<ReturnType<Seeded['viewer']>>;

beforeAll(async () => {
  s = await seededDb();
  queue = await import('@/lib/data/deletion-requests');
  handling = await import('@/lib/data/deletion-handling');
  myData = await import('@/lib/data/my-data');
  admin = await s.viewer('admin@sjostad.se');
  norrvik = await s.viewer('admin@norrvik.se');
});
afterAll(() => s?.close());

/** A request made on Min sida `daysAgo` days ago; its id. */
async function requestFrom(email: string, daysAgo: number) {
  const person = await s.db.user.findUniqueOrThrow({ where: { email }, select: { id: true, organisationId: true } });
  await myData.requestDeletion(person, 'Jag har slutat.');
  const row = await s.db.deletionRequest.findFirstOrThrow({ where: { userId: person.id, handledAt: null } });
  await s.db.deletionRequest.update({
    where: { id: row.id },
    // Noon on the Stockholm calendar day `daysAgo` days back: 40 × 24 hours back from the last
    // hour of a Stockholm day crosses October's extra hour and lands on the day after.
    data: { createdAt: stockholmInstant(addDays(stockholmDay(new Date()), -daysAgo), '12:00') },
  });
  return row.id;
}

const snapshot = (id: string) => s.db.deletionRequest.findUniqueOrThrow({ where: { id } });
const auditCount = () => s.db.auditEvent.count({ where: { entityType: 'DeletionRequest' } });

describe(`the queue (${engine})`, () => {
  let moa: string;
  let tomas: string;
  let vera: string;

  beforeAll(async () => {
    tomas = await requestFrom('tomas.tidigare@sjostad.se', 5);
    moa = await requestFrom('medarbetare@sjostad.se', 40);
    vera = await requestFrom('vera.vardare@norrvik.se', 3);
  });

  it('lists open requests oldest first, with age and an overdue deadline, and only the organisation’s own', async () => {
    const { open, handled } = await queue.listDeletionRequests(admin);
    expect(open.map((r) => r.id)).toEqual([moa, tomas]);
    expect(handled).toEqual([]);
    expect(open[0]).toMatchObject({ personName: 'Moa Medarbetare', reason: 'Jag har slutat.' });
    expect(open[0]!.deadline).toMatchObject({ ageDays: 40, overdue: true });
    expect(open[1]!.deadline).toMatchObject({ ageDays: 5, overdue: false });
    expect((await queue.listDeletionRequests(norrvik)).open.map((r) => r.id)).toEqual([vera]);
  });

  it('is refused to those without admin:people, and another organisation’s request is not found', async () => {
    const strateg = await s.viewer('strateg@sjostad.se');
    await expect(queue.listDeletionRequests(strateg)).rejects.toThrow(/behörighet/);
    await expect(queue.getDeletionRequest(strateg, moa)).rejects.toThrow(/behörighet/);
    await expect(
      handling.handleDeletionRequest(strateg, { requestId: moa, outcome: 'REFUSED', answer: 'Nej.' }),
    ).rejects.toThrow(/behörighet/);
    await expect(queue.getDeletionRequest(admin, vera)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const before = await snapshot(vera);
    await expect(
      handling.handleDeletionRequest(admin, { requestId: vera, outcome: 'ERASED', answer: '' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await snapshot(vera)).toEqual(before);
    expect(await s.db.user.findUniqueOrThrow({ where: { email: 'vera.vardare@norrvik.se' } })).toMatchObject({
      name: 'Vera Vårdare',
      active: true,
    });
  });

  it('refusing records who, when, the outcome and the answer, and changes no personal data', async () => {
    const person = await s.db.user.findUniqueOrThrow({ where: { email: 'tomas.tidigare@sjostad.se' } });
    const answer = 'Dina genomförda kurser är allmänna handlingar och sparas enligt arkivlagen.';
    await handling.handleDeletionRequest(admin, { requestId: tomas, outcome: 'REFUSED', answer });
    expect(await snapshot(tomas)).toMatchObject({ outcome: 'REFUSED', answer, handledById: admin.id });
    expect((await snapshot(tomas)).handledAt).not.toBeNull();
    expect(await s.db.user.findUniqueOrThrow({ where: { id: person.id } })).toEqual(person);
    const event = await s.db.auditEvent.findFirstOrThrow({ where: { entityId: tomas, action: 'deletion.refused' } });
    expect(event.actorId).toBe(admin.id);

    const { open, handled } = await queue.listDeletionRequests(admin);
    expect(open.map((r) => r.id)).toEqual([moa]);
    expect(handled[0]).toMatchObject({ id: tomas, outcome: 'REFUSED', handledByName: 'Åsa Admin', answer });
    expect(await myData.latestDeletionAnswer(person.id)).toMatchObject({ outcome: 'REFUSED', answer });
    expect(await myData.pendingDeletionRequest(person.id)).toBeNull();
  });

  it('handles a request once: a second decision is refused and changes nothing', async () => {
    const before = await snapshot(tomas);
    const events = await auditCount();
    for (const outcome of ['ERASED', 'PARTLY_ERASED', 'REFUSED'] as const) {
      await expect(
        handling.handleDeletionRequest(admin, { requestId: tomas, outcome, answer: 'Ett annat svar.' }),
      ).rejects.toThrow(handling.ALREADY_HANDLED);
    }
    expect(await snapshot(tomas)).toEqual(before);
    expect(await auditCount()).toBe(events);
    expect((await s.db.user.findUniqueOrThrow({ where: { email: 'tomas.tidigare@sjostad.se' } })).erasedAt).toBeNull();
  });

  it('a partial erasure records its answer and changes no personal data either', async () => {
    const person = await s.db.user.findUniqueOrThrow({ where: { email: 'medarbetare@sjostad.se' } });
    await handling.handleDeletionRequest(admin, {
      requestId: moa,
      outcome: 'PARTLY_ERASED',
      answer: 'Intygen sparas.',
    });
    expect(await snapshot(moa)).toMatchObject({ outcome: 'PARTLY_ERASED', answer: 'Intygen sparas.' });
    expect(await s.db.user.findUniqueOrThrow({ where: { id: person.id } })).toEqual(person);
    expect(await s.db.auditEvent.count({ where: { entityId: moa, action: 'deletion.partly-erased' } })).toBe(1);
  });
});

describe(`the last active administrator (${engine})`, () => {
  it('is never erased; once another administrator exists, the erasure goes through', async () => {
    const request = await requestFrom('admin@sjostad.se', 1);
    const events = await auditCount();
    await expect(
      handling.handleDeletionRequest(admin, { requestId: request, outcome: 'ERASED', answer: '' }),
    ).rejects.toThrow(/enda aktiva administratör/);
    expect((await snapshot(request)).handledAt).toBeNull();
    expect(await s.db.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({ name: 'Åsa Admin' });
    expect(await auditCount()).toBe(events);

    // An inactive administrator does not count: the organisation needs one who can sign in.
    const strateg = await s.db.user.update({
      where: { email: 'strateg@sjostad.se' },
      data: { role: 'ADMIN', active: false },
    });
    await expect(
      handling.handleDeletionRequest(admin, { requestId: request, outcome: 'ERASED', answer: '' }),
    ).rejects.toThrow(/enda aktiva administratör/);
    await s.db.user.update({ where: { id: strateg.id }, data: { active: true } });
    await handling.handleDeletionRequest(admin, { requestId: request, outcome: 'ERASED', answer: '' });
    expect(await s.db.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({
      name: 'Raderad person',
      email: null,
      active: false,
    });
  });
});

describe(`the person's export (${engine})`, () => {
  it('names the course and lesson of quiz attempts and reflections, without ids, and holds each request’s answer', async () => {
    const person = await s.db.user.findUniqueOrThrow({
      where: { email: 'tomas.tidigare@sjostad.se' },
      select: { id: true, organisationId: true },
    });
    const lesson = await s.db.lesson.findFirstOrThrow({
      where: { kind: 'QUIZ' },
      select: { id: true, title: true, course: { select: { title: true } } },
    });
    await s.db.quizAttempt.create({
      data: {
        organisationId: person.organisationId,
        userId: person.id,
        lessonId: lesson.id,
        correct: 3,
        total: 4,
        passed: true,
        answers: '[0]',
      },
    });
    await s.db.reflection.create({ data: { userId: person.id, lessonId: lesson.id, text: 'Jag tänkte om.' } });
    await s.db.reflection.create({ data: { userId: person.id, lessonId: 'borttagen', text: 'Om en gammal lektion.' } });

    const exported = await myData.exportMyData(person.id);
    expect(exported.quizAttempts).toEqual([
      expect.objectContaining({ course: lesson.course.title, lesson: lesson.title, correct: 3, total: 4 }),
    ]);
    expect(exported.reflections).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ course: lesson.course.title, lesson: lesson.title, text: 'Jag tänkte om.' }),
        expect.objectContaining({ lesson: 'Lektionen finns inte längre', text: 'Om en gammal lektion.' }),
      ]),
    );
    expect(JSON.stringify(exported)).not.toMatch(/lessonId|"id"/);
    expect(exported.deletionRequests).toEqual([
      expect.objectContaining({
        reason: 'Jag har slutat.',
        outcome: 'REFUSED',
        answer: 'Dina genomförda kurser är allmänna handlingar och sparas enligt arkivlagen.',
      }),
    ]);
  });
});
