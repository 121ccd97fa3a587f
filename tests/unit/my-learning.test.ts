// What /min-sida shows a learner, read from a real database (the suite's engine): assigned and
// started courses with their progress and due dates, where to continue, and finished courses.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engine } from '../support/test-db';
import { seededDb, type Seeded } from '../support/seeded-db';

let s: Seeded;
let learning: typeof import('@/lib/data/my-learning');

beforeAll(async () => {
  s = await seededDb();
  learning = await import('@/lib/data/my-learning');
});
afterAll(() => s.close());

const lessonsOf = (slug: string) =>
  s.db.lesson.findMany({
    where: { course: { slug }, removedAt: null },
    orderBy: { position: 'asc' },
    select: { id: true, slug: true },
  });

describe(`my learning (${engine})`, () => {
  it('shows assigned and started courses with progress, the place to continue, and completions', async () => {
    const me = await s.db.user.findUniqueOrThrow({
      where: { email: 'medarbetare@sjostad.se' },
      select: { id: true, organisationId: true },
    });
    const org = me.organisationId;
    const [stereotypes, statistics] = await Promise.all(
      ['konsstereotyper', 'konsuppdelad-statistik'].map((slug) =>
        s.db.course.findFirstOrThrow({ where: { slug }, select: { id: true, title: true } }),
      ),
    );
    expect(await learning.getMyLearning(me.id)).toEqual({
      inProgress: [],
      completed: [],
      continueWith: null,
      withdrawn: [],
    });

    const now = new Date('2026-11-30T12:00:00Z');
    await s.db.assignment.create({
      data: {
        userId: me.id,
        courseId: stereotypes!.id,
        organisationId: org,
        source: 'MANAGER',
        dueAt: new Date('2026-11-01T00:00:00Z'),
      },
    });
    await s.db.assignment.create({
      data: { userId: me.id, courseId: statistics!.id, organisationId: org, source: 'RULE', dueAt: null },
    });
    const startedLessons = await lessonsOf('introduktion-jamstalldhetsintegrering');
    await s.db.lessonProgress.create({
      data: {
        userId: me.id,
        lessonId: startedLessons[0]!.id,
        organisationId: org,
        completedAt: new Date('2026-11-20T08:00:00Z'),
      },
    });
    const stereoLessons = await lessonsOf('konsstereotyper');
    await s.db.lessonProgress.create({
      data: {
        userId: me.id,
        lessonId: stereoLessons[0]!.id,
        organisationId: org,
        completedAt: new Date('2026-11-10T08:00:00Z'),
      },
    });
    await s.db.courseCompletion.create({
      data: {
        userId: me.id,
        courseId: statistics!.id,
        organisationId: org,
        certificateNo: 'JP-T-1',
        completedAt: new Date('2026-11-25T08:00:00Z'),
      },
    });
    for (const l of await lessonsOf('konsuppdelad-statistik'))
      await s.db.lessonProgress.create({
        data: { userId: me.id, lessonId: l.id, organisationId: org, completedAt: new Date('2026-11-25T08:00:00Z') },
      });

    const mine = await learning.getMyLearning(me.id, now);
    // Due dates first: the overdue stereotype course, then the started one without a date.
    expect(
      mine.inProgress.map((c) => [
        c.slug,
        c.assigned,
        c.overdue,
        c.progress.done,
        c.progress.total,
        c.progress.next?.slug,
      ]),
    ).toEqual([
      ['konsstereotyper', true, true, 1, stereoLessons.length, stereoLessons[1]!.slug],
      ['introduktion-jamstalldhetsintegrering', false, false, 1, startedLessons.length, startedLessons[1]!.slug],
    ]);
    expect(mine.inProgress[0]!.dueAt).toEqual(new Date('2026-11-01T00:00:00Z'));
    expect(mine.continueWith?.slug).toBe('introduktion-jamstalldhetsintegrering');
    expect(mine.continueWith?.lastActivity).toEqual(new Date('2026-11-20T08:00:00Z'));
    expect(mine.completed).toEqual([
      {
        courseId: statistics!.id,
        slug: 'konsuppdelad-statistik',
        title: statistics!.title,
        completedAt: new Date('2026-11-25T08:00:00Z'),
        certificateNo: 'JP-T-1',
        revokedAt: null,
      },
    ]);
  });
});
