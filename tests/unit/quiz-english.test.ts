// A knowledge check in English (issue 21) grades exactly as the Swedish one: the same questions,
// options and right answers, with the English feedback. An English version made from another
// Swedish lesson (an editor moved an answer since) is not shown, and seeding again leaves the
// editor's lesson alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededDb, type Seeded } from '../support/seeded-db';
import { engine } from '../support/test-db';

const UNKNOWN_OPTION = 'Ett av svaren finns inte bland alternativen.';

describe(`a knowledge check in English grades as in Swedish (${engine}, issue 21)`, () => {
  let seeded: Seeded;
  let db: Seeded['db'];
  let data: typeof import('@/lib/data/progress');

  beforeAll(async () => {
    seeded = await seededDb();
    db = seeded.db;
    data = await import('@/lib/data/progress');
  });

  afterAll(() => seeded?.close());

  /** `npm run db:seed` again, on the database as it is now. */
  async function reseed() {
    const { createDb } = await import('@/lib/db-factory');
    const { seedLearning } = await import('@/prisma/seed/learning');
    const seedDb = createDb(seeded.temp.url);
    const host = await db.organisation.findUniqueOrThrow({ where: { slug: 'sjostad' }, select: { id: true } });
    await seedLearning(seedDb, host.id);
    await seedDb.$disconnect();
  }

  type Quiz = {
    passMark: number;
    questions: { options: { text: string; correct?: boolean }[]; explanation: string }[];
  };
  const quizLesson = () =>
    db.lesson.findFirstOrThrow({
      where: { course: { slug: 'konsstereotyper' }, kind: 'QUIZ' },
      select: { id: true, courseId: true, data: true, translations: true },
    });
  const rightAnswers = (quiz: Quiz) =>
    Object.fromEntries(quiz.questions.map((q, i) => [String(i), String(q.options.findIndex((o) => o.correct))]));

  it('gives English feedback on the same right answers, and the Swedish lesson once an editor moves an answer', async () => {
    const learner = await db.user.findUniqueOrThrow({
      where: { email: 'strateg@sjostad.se' },
      select: { id: true, organisationId: true },
    });
    const lesson = await quizLesson();
    const swedish = JSON.parse(lesson.data) as Quiz;
    const english = JSON.parse(lesson.translations).en as { source: string; questions: { explanation: string }[] };
    expect(english.source).toMatch(/^[\w-]{22}$/);

    const passed = await data.submitQuiz(learner, lesson.courseId, lesson.id, rightAnswers(swedish), 'en');
    expect(passed).toMatchObject({ correct: swedish.questions.length, passed: true });
    if (passed.missing !== undefined) throw new Error('unanswered');
    expect(passed.feedback[0]!.explanation).toBe(english.questions[0]!.explanation);
    const wrong = await data
      .submitQuiz(learner, lesson.courseId, lesson.id, { ...rightAnswers(swedish), 0: '9' }, 'en')
      .catch((error: Error) => error.message);
    expect(wrong).toBe(UNKNOWN_OPTION);

    // An editor publishes the quiz with the first question's options in another order (as
    // lib/data/course-publish.ts writes a lesson): the English version was made from the old order.
    const moved = {
      ...swedish,
      questions: [
        { ...swedish.questions[0]!, options: [...swedish.questions[0]!.options].reverse() },
        ...swedish.questions.slice(1),
      ],
    };
    await db.lesson.update({ where: { id: lesson.id }, data: { data: JSON.stringify(moved) } });
    const after = await data.submitQuiz(learner, lesson.courseId, lesson.id, rightAnswers(moved), 'en');
    if (after.missing !== undefined) throw new Error('unanswered');
    expect(after).toMatchObject({ correct: swedish.questions.length, passed: true });
    // Swedish feedback, never English text on the moved options.
    expect(after.feedback[0]!.explanation).toBe(swedish.questions[0]!.explanation);

    // Seeding again leaves the edited lesson as the editor left it; the unedited ones keep their English.
    await reseed();
    expect((await quizLesson()).data).toBe(JSON.stringify(moved));
    const reading = await db.lesson.findFirstOrThrow({
      where: { course: { slug: 'konsstereotyper' }, kind: 'READING' },
      select: { translations: true },
    });
    expect(JSON.parse(reading.translations).en.title).toMatch(/stereotypes/i);
  });
});
