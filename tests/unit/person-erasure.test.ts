// Erasing a person's data on their request (GDPR art. 17) against a real database: every field that
// names them goes, what they wrote or answered for themselves is deleted, what they completed and
// were assigned stays without their name, published learning examples lose only the byline, and
// their sessions end. A colleague's data is not touched.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { engine } from '../support/test-db';
import { seededDb, type Seeded } from '../support/seeded-db';

let s: Seeded;
let uploadDir: string;
let moa: Awaited<ReturnType<Seeded['viewer']>>;
let chef: Awaited<ReturnType<Seeded['viewer']>>;
const fileKey = randomUUID();

beforeAll(async () => {
  uploadDir = mkdtempSync(path.join(tmpdir(), 'portal-uploads-'));
  vi.stubEnv('UPLOAD_DIR', uploadDir);
  s = await seededDb();
  moa = await s.viewer('medarbetare@sjostad.se');
  chef = await s.viewer('chef@sjostad.se');
});
afterAll(async () => {
  await s?.close();
  rmSync(uploadDir, { recursive: true, force: true });
});

/** Everything the portal can hold about a person, one or two rows of each. */
async function giveHistory(person: { id: string; organisationId: string; email: string }) {
  const org = person.organisationId;
  const mine = { userId: person.id, organisationId: org };
  const lesson = await s.db.lesson.findFirstOrThrow({ select: { id: true, courseId: true } });
  await s.db.lessonProgress.create({ data: { ...mine, lessonId: lesson.id } });
  await s.db.courseCompletion.create({ data: { ...mine, courseId: lesson.courseId, certificateNo: `T-${person.id}` } });
  await s.db.assignment.create({ data: { ...mine, courseId: lesson.courseId, source: 'MANAGER' } });
  await s.db.quizAttempt.create({
    data: { ...mine, lessonId: lesson.id, correct: 1, total: 2, passed: false, answers: '[1,0]' },
  });
  await s.db.reflection.create({ data: { userId: person.id, lessonId: lesson.id, text: 'Mina egna ord.' } });
  const version = await s.db.selfAssessmentVersion.upsert({
    where: { organisationId_version: { organisationId: org, version: 1 } },
    create: { organisationId: org, version: 1, title: 'Självskattning', definition: '{}', intro: '' },
    update: {},
  });
  await s.db.selfAssessmentRound.create({
    data: {
      ...mine,
      versionId: version.id,
      audience: 'EMPLOYEE',
      answers: '{}',
      areas: { create: [{ area: 'a', mean: 2 }] },
    },
  });
  await s.db.user.update({ where: { id: person.id }, data: { externalId: `entra-objekt-${person.id}` } });
  await s.db.account.create({
    data: { userId: person.id, type: 'oauth', provider: 'entra', providerAccountId: person.id },
  });
  await s.db.session.create({
    data: { userId: person.id, sessionToken: `t-${person.id}`, expires: new Date(Date.now() + 1e9) },
  });
  await s.db.mailPreference.create({ data: { ...mine, digestOptOut: true } });
  const mail = { organisationId: org, to: person.email, subject: 'Påminnelse', text: 'Hej Moa!', kind: 'reminder' };
  await s.db.outboxMail.create({ data: { ...mail, dedupeKey: `waiting:${person.id}` } });
  await s.db.outboxMail.create({ data: { ...mail, dedupeKey: `sent:${person.id}`, sentAt: new Date() } });
  await s.db.verificationToken.create({
    data: { identifier: person.email, token: `v-${person.id}`, expires: new Date() },
  });
  await s.db.loginCounter.create({ data: { key: `address:${person.email}`, attempts: 2, windowStart: new Date() } });
  const unit = await s.db.orgUnit.findFirstOrThrow({ where: { organisationId: org, name: 'Förskolan Solrosen' } });
  await s.db.unitManager.create({ data: { userId: person.id, unitId: unit.id } });
  await s.db.courseEvaluationMark.create({ data: { userId: person.id, courseId: lesson.courseId } });
  const example = { organisationId: org, authorId: person.id, unitId: unit.id, what: 'V', learned: 'L', changed: 'Ä' };
  await s.db.learningExample.create({
    data: { ...example, title: 'Publicerat', status: 'APPROVED', showName: true, publishedAt: new Date() },
  });
  await s.db.learningExample.create({
    data: {
      ...example,
      title: 'Väntar',
      status: 'SUBMITTED',
      imageKey: fileKey,
      imageType: 'image/png',
      imageAlt: 'Bild',
    },
  });
  writeFileSync(path.join(uploadDir, fileKey), 'bild');
  const meeting = await s.db.groupSession.create({
    data: { organisationId: org, kind: 'APT', startsAt: new Date(), minutes: 60, place: 'Rum 1' },
  });
  await s.db.sessionAttendance.create({ data: { ...mine, sessionId: meeting.id } });
  await s.db.auditEvent.create({
    data: {
      organisationId: org,
      action: 'person.update',
      entityType: 'User',
      entityId: person.id,
      before: JSON.stringify({ name: 'Moa Medarbetare', email: person.email, gender: 'KVINNA', role: 'EMPLOYEE' }),
      after: JSON.stringify({ name: 'Moa M', email: person.email, employeeNumber: 'A1', role: 'MANAGER' }),
    },
  });
}

describe(`erasing a person (${engine})`, () => {
  it('removes every field that names them and what they wrote for themselves, and keeps completions', async () => {
    await giveHistory(moa);
    await s.db.reflection.create({ data: { userId: chef.id, lessonId: 'x', text: 'Chefens ord.' } });
    const myData = await import('@/lib/data/my-data');
    await myData.requestDeletion(moa, 'Jag slutar.');
    const request = await s.db.deletionRequest.findFirstOrThrow({ where: { userId: moa.id } });
    const admin = await s.viewer('admin@sjostad.se');
    const queue = await import('@/lib/data/deletion-requests');
    expect((await queue.getDeletionRequest(admin, request.id)).holdings).toEqual({
      lessonProgress: 1,
      quizAttempts: 1,
      reflections: 1,
      selfAssessmentRounds: 1,
      completions: 1,
      assignments: 1,
      learningExamples: 2,
      publishedExamples: 1,
      sessionAttendance: 1,
    });
    const before = await s.db.user.findUniqueOrThrow({ where: { id: moa.id } });
    expect(before.passwordHash).not.toBeNull();

    const { handleDeletionRequest } = await import('@/lib/data/deletion-handling');
    await handleDeletionRequest(admin, { requestId: request.id, outcome: 'ERASED', answer: '' });

    const after = await s.db.user.findUniqueOrThrow({ where: { id: moa.id } });
    expect(after).toMatchObject({
      name: 'Raderad person',
      email: null,
      employeeNumber: null,
      externalId: null,
      passwordHash: null,
      gender: null,
      emailVerified: null,
      active: false,
      sessionVersion: before.sessionVersion + 1,
      unitId: before.unitId,
      audience: before.audience,
    });
    expect(after.erasedAt).not.toBeNull();
    const { getSessionUser } = await import('@/lib/data/session-user');
    expect(await getSessionUser(moa.id, before.sessionVersion)).toBeNull();

    const mine = { userId: moa.id };
    const left = {
      reflections: await s.db.reflection.count({ where: mine }),
      quizAttempts: await s.db.quizAttempt.count({ where: mine }),
      rounds: await s.db.selfAssessmentRound.count({ where: mine }),
      areaScores: await s.db.selfAssessmentAreaScore.count({ where: { round: mine } }),
      accounts: await s.db.account.count({ where: mine }),
      sessions: await s.db.session.count({ where: mine }),
      mailPreferences: await s.db.mailPreference.count({ where: mine }),
      managedUnits: await s.db.unitManager.count({ where: mine }),
      evaluationMarks: await s.db.courseEvaluationMark.count({ where: mine }),
      tokens: await s.db.verificationToken.count({ where: { identifier: moa.email } }),
      counters: await s.db.loginCounter.count({ where: { key: `address:${moa.email}` } }),
      mailToHer: await s.db.outboxMail.count({ where: { to: moa.email } }),
    };
    expect(
      Object.values(left).every((n) => n === 0),
      JSON.stringify(left),
    ).toBe(true);
    // Sent mail keeps its row (it is never sent again) without the address or the text.
    expect(await s.db.outboxMail.findUniqueOrThrow({ where: { dedupeKey: `sent:${moa.id}` } })).toMatchObject({
      to: '',
      text: '',
    });
    expect(await s.db.outboxMail.count({ where: { dedupeKey: `waiting:${moa.id}` } })).toBe(0);

    const kept = {
      lessonProgress: await s.db.lessonProgress.count({ where: mine }),
      completions: await s.db.courseCompletion.count({ where: mine }),
      assignments: await s.db.assignment.count({ where: mine }),
      attendance: await s.db.sessionAttendance.count({ where: mine }),
    };
    expect(kept).toEqual({ lessonProgress: 1, completions: 1, assignments: 1, attendance: 1 });

    const examples = await s.db.learningExample.findMany({ where: { authorId: moa.id } });
    expect(examples.map((e) => [e.title, e.showName])).toEqual([['Publicerat', false]]);
    expect(existsSync(path.join(uploadDir, fileKey))).toBe(false);

    const update = await s.db.auditEvent.findFirstOrThrow({ where: { entityId: moa.id, action: 'person.update' } });
    expect(JSON.parse(update.before!)).toEqual({ role: 'EMPLOYEE' });
    expect(JSON.parse(update.after!)).toEqual({ role: 'MANAGER' });
    const erased = await s.db.auditEvent.findFirstOrThrow({
      where: { entityId: request.id, action: 'deletion.erased' },
    });
    expect(erased.after).not.toMatch(/Moa|medarbetare@/);
    expect(await s.db.deletionRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({
      outcome: 'ERASED',
      reason: null,
      handledById: admin.id,
    });

    expect(await s.db.reflection.count({ where: { userId: chef.id } })).toBe(1);
    expect(await s.db.user.findUniqueOrThrow({ where: { id: chef.id } })).toMatchObject({
      name: 'Cecilia Chef',
      active: true,
    });
  });

  it('refuses to fill in or reactivate an erased person, changing nothing', async () => {
    const admin = await s.viewer('admin@sjostad.se');
    const writes = await import('@/lib/data/admin-people-write');
    const erased = await s.db.user.findUniqueOrThrow({ where: { id: moa.id } });
    expect(erased.erasedAt).not.toBeNull();
    await expect(writes.setPersonActive(admin, moa.id, true)).rejects.toThrow(/raderade på egen begäran/);
    await expect(
      writes.updatePerson(admin, moa.id, {
        name: 'Moa Medarbetare',
        email: 'moa.ny@sjostad.se',
        employeeNumber: null,
        role: 'EMPLOYEE',
        audience: erased.audience,
        unitId: erased.unitId,
        gender: null,
        joinedAt: erased.joinedAt,
      } as unknown as Parameters<typeof writes.updatePerson>[2]),
    ).rejects.toThrow(/raderade på egen begäran/);
    expect(await s.db.user.findUniqueOrThrow({ where: { id: moa.id } })).toEqual(erased);
  });
});
