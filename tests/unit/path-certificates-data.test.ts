// Learning paths that can be finished (issue 18, part 5), against a real database: the path
// completion is written once, with the course completion that finishes it (on its own and at a
// group session), only published courses count, and a corrected attendance takes it back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engine } from '../support/test-db';
import { seededDb, type Seeded } from '../support/seeded-db';

let s: Seeded;
let progress: typeof import('@/lib/data/progress');
type Learner = { id: string; organisationId: string; audience: string };

beforeAll(async () => {
  s = await seededDb();
  progress = await import('@/lib/data/progress');
});

afterAll(() => s?.close());

const learner = (email: string): Promise<Learner> =>
  s.db.user.findUniqueOrThrow({ where: { email }, select: { id: true, organisationId: true, audience: true } });

const pathOf = (audience: 'EMPLOYEE' | 'POLITICIAN') =>
  s.db.learningPath.findFirstOrThrow({
    where: { audience },
    select: { id: true, title: true, courses: { orderBy: { position: 'asc' }, select: { courseId: true } } },
  });

/** Every lesson but one reading lesson done directly; the last one through the app, which completes the course. */
async function finishCourse(person: Learner, courseId: string) {
  const lessons = await s.db.lesson.findMany({
    where: { courseId, removedAt: null },
    select: { id: true, kind: true },
  });
  const last = lessons.find((l) => l.kind === 'READING' || l.kind === 'VIDEO')!;
  const done = new Set(
    (await s.db.lessonProgress.findMany({ where: { userId: person.id }, select: { lessonId: true } })).map(
      (p) => p.lessonId,
    ),
  );
  const rest = lessons.filter((l) => l.id !== last.id && !done.has(l.id));
  await s.db.lessonProgress.createMany({
    data: rest.map((l) => ({ userId: person.id, lessonId: l.id, organisationId: person.organisationId })),
  });
  return progress.completeLesson(person, courseId, last.id);
}

const pathCompletions = (userId: string, pathId: string) => s.db.pathCompletion.findMany({ where: { userId, pathId } });

describe(`path completion (${engine})`, () => {
  it('is written once, when the last course of the person’s own path is completed', async () => {
    const person = await learner('medarbetare@sjostad.se');
    const path = await pathOf('EMPLOYEE');
    const courses = path.courses.map((c) => c.courseId);
    for (const courseId of courses.slice(0, -1)) await finishCourse(person, courseId);
    expect(await pathCompletions(person.id, path.id)).toHaveLength(0);
    const last = courses.at(-1)!;
    expect(await finishCourse(person, last)).toEqual({ courseComplete: true });
    const written = await pathCompletions(person.id, path.id);
    expect(written).toHaveLength(1);
    // The new codes carry 50 random bits (ten base-32 characters), not the old 32.
    expect(written[0]!.certificateNo).toMatch(/^JP-\d{4}-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(written[0]!.organisationId).toBe(person.organisationId);
    // Doing a lesson of a completed course again changes nothing.
    const lesson = await s.db.lesson.findFirstOrThrow({ where: { courseId: last, kind: 'READING' } });
    await progress.completeLesson(person, last, lesson.id);
    expect(await pathCompletions(person.id, path.id)).toHaveLength(1);
  });

  it('counts only the path’s published courses', async () => {
    const person = await learner('politiker@sjostad.se');
    const path = await pathOf('POLITICIAN');
    const draft = path.courses[2]!.courseId;
    await s.db.course.update({ where: { id: draft }, data: { status: 'DRAFT' } });
    try {
      for (const { courseId } of path.courses.filter((c) => c.courseId !== draft)) await finishCourse(person, courseId);
      expect(await pathCompletions(person.id, path.id)).toHaveLength(1);
    } finally {
      await s.db.course.update({ where: { id: draft }, data: { status: 'PUBLISHED' } });
    }
  });

  it('is not written for a path that is neither the person’s audience’s nor assigned to them', async () => {
    const person = await learner('chef@sjostad.se');
    const path = await pathOf('EMPLOYEE');
    for (const { courseId } of path.courses) await finishCourse(person, courseId);
    expect(await pathCompletions(person.id, path.id)).toHaveLength(0);
    // Once assigned, completing a course of it again writes it.
    const courseId = path.courses[0]!.courseId;
    await s.db.assignment.upsert({
      where: { userId_courseId: { userId: person.id, courseId } },
      update: { pathId: path.id },
      create: {
        userId: person.id,
        courseId,
        pathId: path.id,
        organisationId: person.organisationId,
        source: 'MANAGER',
      },
    });
    await finishCourse(person, path.courses[0]!.courseId);
    expect(await pathCompletions(person.id, path.id)).toHaveLength(1);
  });

  it('is written by a group session’s attendance, and taken back with the correction', async () => {
    const chef = await s.viewer('chef@sjostad.se');
    const sessions = await import('@/lib/data/group-sessions');
    const attendance = await import('@/lib/data/group-session-attendance');
    const path = await pathOf('EMPLOYEE');
    const solrosen = await s.db.orgUnit.findFirstOrThrow({ where: { name: 'Förskolan Solrosen' } });
    const person = await s.db.user.findFirstOrThrow({
      where: {
        unitId: solrosen.id,
        active: true,
        audience: 'EMPLOYEE',
        // Someone who has not finished the path on their own in the tests above.
        id: { notIn: (await s.db.pathCompletion.findMany({ select: { userId: true } })).map((c) => c.userId) },
      },
      select: { id: true, organisationId: true, audience: true },
    });
    const [sessionCourse, ...others] = [
      path.courses[1]!.courseId,
      path.courses[0]!.courseId,
      ...path.courses.slice(2).map((c) => c.courseId),
    ];
    for (const courseId of others) await finishCourse(person, courseId);
    expect(await pathCompletions(person.id, path.id)).toHaveLength(0);
    const planned = await sessions.planSession(chef, {
      kind: 'APT',
      unitIds: [solrosen.id],
      date: '2030-03-05',
      time: '13:30',
      minutes: 60,
      digital: false,
      place: 'Personalrummet',
      courseId: sessionCourse,
      wholeCourse: true,
      lessonIds: [],
      guideSlugs: [],
      exampleIds: [],
    });
    const heldAt = new Date(Date.now() - 3_600_000);
    await s.db.groupSession.update({ where: { id: planned.id }, data: { startsAt: heldAt } });
    await attendance.recordAttendance(chef, { sessionId: planned.id, present: [person.id], notes: '' });
    const written = await pathCompletions(person.id, path.id);
    expect(written).toHaveLength(1);
    expect(written[0]!.completedAt.getTime()).toBe(heldAt.getTime());

    await attendance.recordAttendance(chef, { sessionId: planned.id, present: [], notes: '' });
    expect(await pathCompletions(person.id, path.id)).toHaveLength(0);
    expect(await s.db.courseCompletion.count({ where: { userId: person.id, courseId: sessionCourse } })).toBe(0);
  });
});

describe(`path completion when the path comes late or goes (${engine})`, () => {
  const managerPath = () =>
    s.db.learningPath.findFirstOrThrow({
      where: { audience: 'MANAGER' },
      select: { id: true, courses: { where: { course: { status: 'PUBLISHED' } }, select: { courseId: true } } },
    });
  /** An employee of Förskolan Solrosen with no path completions yet, so the manager path is not theirs. */
  const freshEmployee = async (skip = 0): Promise<Learner> =>
    s.db.user.findFirstOrThrow({
      where: {
        unit: { name: 'Förskolan Solrosen' },
        active: true,
        audience: 'EMPLOYEE',
        id: { notIn: (await s.db.pathCompletion.findMany({ select: { userId: true } })).map((c) => c.userId) },
      },
      orderBy: { name: 'asc' },
      skip,
      select: { id: true, organisationId: true, audience: true },
    });

  it('is written when a path is assigned to someone who has already completed all its courses', async () => {
    const person = await freshEmployee();
    const path = await managerPath();
    for (const { courseId } of path.courses) await finishCourse(person, courseId);
    expect(await pathCompletions(person.id, path.id)).toHaveLength(0);
    const assign = await import('@/lib/data/assign');
    const chef = await s.viewer('chef@sjostad.se');
    await assign.assignItems(chef, {
      target: 'people',
      userIds: [person.id],
      includeSubunits: false,
      item: { kind: 'path', id: path.id },
    } as unknown as import('@/lib/validation/assignments').AssignInput);
    expect(await pathCompletions(person.id, path.id)).toHaveLength(1);
  });

  it('is not written for a path whose assignment was withdrawn', async () => {
    const person = await freshEmployee();
    const path = await managerPath();
    await s.db.assignment.createMany({
      data: path.courses.map(({ courseId }) => ({
        userId: person.id,
        courseId,
        pathId: path.id,
        organisationId: person.organisationId,
        source: 'MANAGER' as const,
        withdrawnAt: new Date(),
      })),
    });
    for (const { courseId } of path.courses) await finishCourse(person, courseId);
    expect(await pathCompletions(person.id, path.id)).toHaveLength(0);
  });

  it('goes with a revoked course certificate: the path certificate is revoked too, saying why', async () => {
    const person = await learner('medarbetare@sjostad.se');
    const path = await pathOf('EMPLOYEE');
    const [pathDone] = await pathCompletions(person.id, path.id);
    expect(pathDone?.revokedAt).toBeNull();
    const course = await s.db.courseCompletion.findFirstOrThrow({
      where: { userId: person.id, courseId: path.courses[0]!.courseId },
      select: { id: true },
    });
    const revoking = await import('@/lib/data/certificate-revoke');
    const admin = await s.viewer('admin@sjostad.se');
    const result = await revoking.revokeCertificate(admin, { kind: 'course', id: course.id, reason: 'Fel person' });
    expect(result.pathsRevoked).toBe(1);
    const [after] = await pathCompletions(person.id, path.id);
    expect(after?.revokedAt).not.toBeNull();
    expect(after?.revokeReason).toMatch(/^Kursintyget för .+ återkallades: Fel person$/);
    // Another person's path certificate is untouched.
    expect(await s.db.pathCompletion.count({ where: { revokedAt: { not: null } } })).toBe(1);
  });
});
