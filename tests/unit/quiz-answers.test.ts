// A knowledge check accepts only its own question ids and option ids ("0", "1", ...), and an
// attempt stores what was graded: a crafted request once stored up to 1 MiB under keys such as
// "00" or "answer-" (read as question 0), or as "0000…01" (read as option 1).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { gradeQuiz, optionOrder, unanswered } from '@/lib/learning/quiz';
import { createTempDb, engine, type TempDb } from '../support/test-db';

const q = (correct: number) => ({
  question: 'Fråga',
  options: [0, 1, 2].map((i) => ({ text: `Svar ${i}`, correct: i === correct })),
  explanation: 'Förklaring',
});
const questions = [q(0), q(1)];
const UNKNOWN_QUESTION = 'Svaret gäller en fråga som inte finns i kunskapskontrollen.';
const UNKNOWN_OPTION = 'Ett av svaren finns inte bland alternativen.';
const big = 'x'.repeat(1024 * 1024);

describe('grading accepts only the quiz’s own ids', () => {
  it('shuffles options per seed: always a permutation, the same for the same seed, the right one anywhere', () => {
    const firstPlace = new Set<number>();
    for (let attempt = 0; attempt < 40; attempt++) {
      const order = optionOrder(`person:lesson:${attempt}:0`, 4);
      expect([...order].sort()).toEqual([0, 1, 2, 3]);
      expect(optionOrder(`person:lesson:${attempt}:0`, 4)).toEqual(order);
      firstPlace.add(order.indexOf(0));
    }
    // Over 40 attempts option 0 (often the right one in hand-written quizzes) stands in every place.
    expect([...firstPlace].sort()).toEqual([0, 1, 2, 3]);
    expect(optionOrder('x', 1)).toEqual([0]);
  });

  it('lists the questions left unanswered', () => {
    const q = { question: 'F', options: [{ text: 'a', correct: true }], explanation: 'e' };
    expect(unanswered([q, q, q], { 0: '0', 1: '' })).toEqual([1, 2]);
    expect(unanswered([q], { 0: '0' })).toEqual([]);
  });

  it('grades the form’s own answers and gives back exactly them', () => {
    const result = gradeQuiz(questions, 1, { 0: '0', 1: '1' });
    expect(result).toMatchObject({ correct: 2, passed: true, answers: { 0: '0', 1: '1' } });
    expect(gradeQuiz(questions, 1, { 0: 0, 1: 2 }).answers).toEqual({ 0: '0', 1: '2' });
  });

  it.each([['00'], [''], [' 1'], ['1e0'], ['+1'], ['0x1'], ['1.0'], ['-0'], ['__proto__'], [big]])(
    'refuses the question key %j',
    (key) => {
      expect(() => gradeQuiz(questions, 1, { 0: '0', 1: '1', [key.slice(0, 1024 * 1024)]: big })).toThrow(
        UNKNOWN_QUESTION,
      );
    },
  );

  it.each([['00'], [' 1'], ['1e0'], ['1.0'], ['0'.repeat(1024 * 1024) + '1'], ['3'], ['-1'], [1.5], [true], [{}]])(
    'refuses the option %j',
    (value) => {
      expect(() => gradeQuiz(questions, 1, { 0: '0', 1: value })).toThrow(UNKNOWN_OPTION);
    },
  );
});

describe(`a stored attempt holds what was graded (${engine})`, () => {
  let temp: TempDb;
  let data: typeof import('@/lib/data/progress');
  let db: import('@/lib/db').Db;

  beforeAll(async () => {
    temp = await createTempDb();
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
  });

  afterAll(async () => {
    await db?.$disconnect();
    await temp.drop();
    vi.unstubAllEnvs();
  });

  it('stores one short option id per question, and no attempt for junk', async () => {
    const learner = await db.user.findUniqueOrThrow({
      where: { email: 'medarbetare@sjostad.se' },
      select: { id: true, organisationId: true },
    });
    const c = await db.course.findFirstOrThrow({
      where: { slug: 'cemr-deklarationen' },
      select: { id: true, lessons: { where: { kind: 'QUIZ' }, select: { id: true, data: true } } },
    });
    const quiz = c.lessons[0]!;
    const count = (JSON.parse(quiz.data) as { questions: unknown[] }).questions.length;
    const answers = Object.fromEntries(Array.from({ length: count }, (_, i) => [String(i), '0']));

    await expect(data.submitQuiz(learner, c.id, quiz.id, { ...answers, '00': big })).rejects.toThrow(UNKNOWN_QUESTION);
    await expect(data.submitQuiz(learner, c.id, quiz.id, { ...answers, 0: `${'0'.repeat(1000)}1` })).rejects.toThrow(
      UNKNOWN_OPTION,
    );
    expect(await db.quizAttempt.count({ where: { userId: learner.id, lessonId: quiz.id } })).toBe(0);

    await data.submitQuiz(learner, c.id, quiz.id, answers);
    const stored = await db.quizAttempt.findFirstOrThrow({
      where: { userId: learner.id, lessonId: quiz.id },
      select: { answers: true },
    });
    expect(JSON.parse(stored.answers)).toEqual(answers);
  });
});
