// Progress recording against a real database (the suite's engine): idempotent under concurrent
// requests, and refusing lessons that are not the learner's to complete without writing anything.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTempDb, engine, type TempDb } from '../support/test-db';

let temp: TempDb;
let data: typeof import('@/lib/data/progress');
let db: import('@/lib/db').Db;
let learner: { id: string; organisationId: string };

beforeAll(async () => {
  temp = await createTempDb();
  // lib/env reads DATABASE_URL once, on first import: stub it before anything imports it.
  vi.resetModules();
  vi.stubEnv('DATABASE_URL', temp.url);
  const { runMigrations } = await import('@/scripts/migrate');
  await runMigrations({ url: temp.url });
  const { createDb } = await import('@/lib/db-factory');
  const seedDb = createDb(temp.url);
  const { seedOrganisation } = await import('@/prisma/seed');
  const { seedLearning } = await import('@/prisma/seed/learning');
  const { demoOrganisation } = await import('@/prisma/seed/demo-org');
  const { organisationId } = await seedOrganisation(seedDb, demoOrganisation, 'x');
  await seedLearning(seedDb, organisationId);
  await seedDb.$disconnect();
  db = (await import('@/lib/db')).db;
  data = await import('@/lib/data/progress');
  const user = await db.user.findUniqueOrThrow({
    where: { email: 'medarbetare@sjostad.se' },
    select: { id: true, organisationId: true },
  });
  learner = user;
});

afterAll(async () => {
  await db?.$disconnect();
  await temp.drop();
  vi.unstubAllEnvs();
});

async function course(slug: string) {
  return db.course.findFirstOrThrow({
    where: { slug },
    select: { id: true, lessons: { orderBy: { position: 'asc' }, select: { id: true, kind: true, data: true } } },
  });
}

describe(`recording progress (${engine})`, () => {
  it('records one row however many concurrent requests complete the same lesson', async () => {
    const c = await course('konsstereotyper');
    const lesson = c.lessons[0]!;
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () => data.completeLesson(learner, c.id, lesson.id)),
    );
    expect(results.every((r) => r.status === 'fulfilled')).toBe(true);
    expect(await db.lessonProgress.count({ where: { userId: learner.id, lessonId: lesson.id } })).toBe(1);
  });

  it('completes the course once when the last lessons finish at the same time', async () => {
    const c = await course('politikerns-roll');
    const quiz = c.lessons.find((l) => l.kind === 'QUIZ')!;
    const { questions } = JSON.parse(quiz.data) as { questions: { options: { correct?: boolean }[] }[] };
    const right = Object.fromEntries(
      questions.map((q, i) => [String(i), String(q.options.findIndex((o) => o.correct))]),
    );
    await Promise.all(
      c.lessons.map((l) =>
        l.kind === 'QUIZ'
          ? data.submitQuiz(learner, c.id, l.id, right)
          : l.kind === 'REFLECTION'
            ? data.saveReflection(learner, c.id, l.id, 'Mitt svar')
            : data.completeLesson(learner, c.id, l.id),
      ),
    );
    expect(await db.courseCompletion.count({ where: { userId: learner.id, courseId: c.id } })).toBe(1);
  });

  it('refuses a lesson id from another course and writes nothing', async () => {
    const a = await course('chefens-roll');
    const b = await course('strategens-roll');
    await expect(data.completeLesson(learner, a.id, b.lessons[0]!.id)).rejects.toThrow(
      'Lektionen hör inte till den här kursen.',
    );
    expect(await db.lessonProgress.count({ where: { userId: learner.id, lessonId: b.lessons[0]!.id } })).toBe(0);
  });

  it('refuses a course the learner may not see (unpublished) and writes nothing', async () => {
    const c = await course('kommunicera-arbetet');
    await db.course.update({ where: { id: c.id }, data: { status: 'DRAFT' } });
    await expect(data.completeLesson(learner, c.id, c.lessons[0]!.id)).rejects.toThrow(
      'Lektionen finns inte, eller så är kursen inte öppen.',
    );
    expect(await db.lessonProgress.count({ where: { userId: learner.id, lessonId: c.lessons[0]!.id } })).toBe(0);
  });

  it('refuses a quiz answer for a question that does not exist and keeps no attempt', async () => {
    const c = await course('cemr-deklarationen');
    const quiz = c.lessons.find((l) => l.kind === 'QUIZ')!;
    await expect(data.submitQuiz(learner, c.id, quiz.id, { 0: '0', 99: '1' })).rejects.toThrow(
      'Svaret gäller en fråga som inte finns',
    );
    expect(await db.quizAttempt.count({ where: { userId: learner.id, lessonId: quiz.id } })).toBe(0);
  });

  it('names every unanswered question and keeps no attempt until all are answered', async () => {
    const c = await course('cemr-deklarationen');
    const quiz = c.lessons.find((l) => l.kind === 'QUIZ')!;
    const result = await data.submitQuiz(learner, c.id, quiz.id, { 0: '0', 2: '' });
    expect(result.missing).toEqual(expect.arrayContaining([1, 2]));
    expect(result.missing).not.toContain(0);
    expect(await db.quizAttempt.count({ where: { userId: learner.id, lessonId: quiz.id } })).toBe(0);
  });

  it('does not complete a knowledge check through the plain completion path', async () => {
    const c = await course('cemr-deklarationen');
    const quiz = c.lessons.find((l) => l.kind === 'QUIZ')!;
    await expect(data.completeLesson(learner, c.id, quiz.id)).rejects.toThrow(
      'En kunskapskontroll blir klar när du klarar den.',
    );
  });
});
