// Course evaluations against a real database (the suite's engine): only after completing the
// course, one per person and course (also when two arrive at once), an answer row with no person
// and only the month, nothing saved on bad input, and editors who see figures and comments only
// from five answers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluationSchema } from '@/lib/validation/evaluation';
import { seededDb, type Seeded } from '../support/seeded-db';
import { engine } from '../support/test-db';

let s: Seeded;
let data: typeof import('@/lib/data/course-evaluations');
let course: { id: string; slug: string };
let people: { id: string; organisationId: string }[];

beforeAll(async () => {
  s = await seededDb();
  data = await import('@/lib/data/course-evaluations');
  course = await s.db.course.findFirstOrThrow({ where: { slug: 'konsstereotyper' }, select: { id: true, slug: true } });
  const org = await s.db.organisation.findUniqueOrThrow({ where: { slug: 'sjostad' }, select: { id: true } });
  people = await s.db.user.findMany({
    where: { organisationId: org.id },
    orderBy: { email: 'asc' },
    take: 7,
    select: { id: true, organisationId: true },
  });
});
afterAll(() => s.close());

const complete = (p: { id: string; organisationId: string }) =>
  s.db.courseCompletion.create({
    data: { userId: p.id, courseId: course.id, organisationId: p.organisationId, certificateNo: `JP-T-${p.id}` },
  });
const answer = (rating: string, comment = '') =>
  evaluationSchema.parse({ courseId: course.id, courseSlug: course.slug, rating, comment });
const counts = async () => ({
  marks: await s.db.courseEvaluationMark.count(),
  answers: await s.db.courseEvaluation.count(),
});

describe(`evaluating a course (${engine})`, () => {
  it('is refused before the course is completed, and nothing is saved', async () => {
    const p = people[0]!;
    expect(await data.getEvaluationState(p.id, course.id)).toBe('not-completed');
    await expect(data.saveEvaluation(p, answer('4'))).rejects.toMatchObject({
      code: 'VALIDATION',
      message: 'Du kan utvärdera kursen när du har gått klart den. Inget har sparats.',
    });
    expect(await counts()).toEqual({ marks: 0, answers: 0 });
  });

  it('keeps the answer apart from the person, with the month only, and refuses a second one politely', async () => {
    const p = people[0]!;
    await complete(p);
    await data.saveEvaluation(p, answer('4', '  Bra exempel från förskolan.  '), new Date('2026-03-31T23:30:00Z'));
    const row = await s.db.courseEvaluation.findFirstOrThrow();
    expect(row).toMatchObject({ courseId: course.id, rating: 4, comment: 'Bra exempel från förskolan.' });
    // 23:30 UTC on 31 March is 1 April in Stockholm: the Stockholm month counts, stored as its first day.
    expect(row.month.toISOString()).toBe('2026-04-01T00:00:00.000Z');
    expect(Object.keys(row).sort()).toEqual(['comment', 'courseId', 'id', 'month', 'organisationId', 'rating']);
    expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await data.getEvaluationState(p.id, course.id)).toBe('answered');

    await expect(data.saveEvaluation(p, answer('1'))).rejects.toMatchObject({
      code: 'CONFLICT',
      message: data.ALREADY_ANSWERED,
    });
    expect(await counts()).toEqual({ marks: 1, answers: 1 });
  });

  it('writes one answer when the same person sends two at once', async () => {
    const p = people[1]!;
    await complete(p);
    const results = await Promise.allSettled([
      data.saveEvaluation(p, answer('5')),
      data.saveEvaluation(p, answer('5')),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await counts()).toEqual({ marks: 2, answers: 2 });
  });

  it('refuses a course that is not published for learners', async () => {
    const p = people[2]!;
    await expect(data.saveEvaluation(p, { ...answer('3'), courseId: 'no-such-course' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await counts()).toEqual({ marks: 2, answers: 2 });
  });
});

describe(`what editors see (${engine})`, () => {
  it('shows only the number of answers below five', async () => {
    const editor = await s.viewer('strateg@sjostad.se');
    const { course: c, summary } = await data.getEvaluationSummary(editor, course.id);
    expect(c.id).toBe(course.id);
    expect(summary).toEqual({ shown: false, answers: 2, minimum: 5 });
  });

  it('shows the distribution, mean and comments from five answers', async () => {
    for (const [i, rating] of [
      [2, '3'],
      [3, '4'],
      [4, '2'],
    ] as const) {
      await complete(people[i]!);
      await data.saveEvaluation(people[i]!, answer(rating, i === 3 ? 'För lång film.' : ''));
    }
    const editor = await s.viewer('strateg@sjostad.se');
    const { summary } = await data.getEvaluationSummary(editor, course.id);
    expect(summary.shown).toBe(true);
    if (!summary.shown) return;
    expect(summary.answers).toBe(5);
    expect(summary.distribution.map((d) => d.answers)).toEqual([0, 1, 1, 2, 1]);
    expect(summary.mean).toBe(3.6);
    expect([...summary.comments].sort()).toEqual(['Bra exempel från förskolan.', 'För lång film.']);
  });

  it('is closed to editors outside the organisation that owns the course', async () => {
    const other = await s.viewer('admin@norrvik.se');
    await expect(data.getEvaluationSummary(other, course.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
