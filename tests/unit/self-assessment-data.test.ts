// The self-assessment against a real database (issue 17, part 1): a round is saved only when
// complete, the result names the lowest areas with courses for the person's own audience, a
// second round shows the change, answers belong to the person alone, and an answer to an edition
// that has since changed is refused rather than scored against the wrong statements.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIELD_PREFIX, areasFor, type Questionnaire } from '@/lib/self-assessment/questionnaire';
import { engine } from '../support/test-db';
import { seededDb, type Seeded } from '../support/seeded-db';

let s: Seeded;
let data: typeof import('@/lib/data/self-assessment');
let q: Questionnaire;

beforeAll(async () => {
  s = await seededDb();
  const host = await s.db.organisation.findUniqueOrThrow({ where: { slug: 'sjostad' } });
  const { seedSelfAssessment } = await import('@/prisma/seed/self-assessment');
  expect(await seedSelfAssessment(s.db as never, host.id)).toEqual({ created: true });
  expect(await seedSelfAssessment(s.db as never, host.id)).toEqual({ created: false });
  data = await import('@/lib/data/self-assessment');
  q = (await data.currentQuestionnaire())!.questionnaire;
});

afterAll(() => s?.close());

/** Answers for the audience: `low` areas scored 1, everything else 4. */
const answers = (audience: 'medarbetare' | 'politiker', low: string[]) =>
  Object.fromEntries(
    areasFor(q, audience).flatMap((a) =>
      a.statements.map((st) => [FIELD_PREFIX + st.key, low.includes(a.key) ? '1' : '4']),
    ),
  );

describe(`self-assessment rounds (${engine})`, () => {
  it('saves nothing from an incomplete round, and names what is missing', async () => {
    const me = await s.viewer('medarbetare@sjostad.se');
    const full = answers('medarbetare', []);
    const [missing] = Object.keys(full);
    const result = await data.saveRound(me, 1, { ...full, [missing!]: undefined });
    expect(result).toEqual({ ok: false, errors: { [missing!]: 'Välj ett av de fyra svaren.' } });
    expect(await s.db.selfAssessmentRound.count()).toBe(0);
  });

  it('keeps each round with its area scores, recommends for the lowest areas and shows the change', async () => {
    const me = await s.viewer('medarbetare@sjostad.se');
    expect((await data.saveRound(me, 1, answers('medarbetare', ['stereotyper', 'analys']))).ok).toBe(true);
    const first = await data.getMyAssessment(me);
    expect(first.latest!.scores.find((x) => x.area === 'stereotyper')!.mean).toBe(1);
    expect(first.recommendations.map((r) => r.area)).toEqual(['analys', 'stereotyper']);
    const courses = first.recommendations.flatMap((r) => r.courses.map((c) => c.slug));
    expect(courses).toContain('konsstereotyper');
    // Only courses meant for the person's audience: an employee is not sent to the manager's course.
    const forEmployees = await s.db.course.findMany({ where: { slug: { in: courses } }, select: { audiences: true } });
    expect(forEmployees.every((c) => c.audiences.split(',').includes('medarbetare'))).toBe(true);
    expect(first.change).toEqual([]);

    await new Promise((r) => setTimeout(r, 5));
    expect((await data.saveRound(me, 1, answers('medarbetare', ['analys']))).ok).toBe(true);
    const second = await data.getMyAssessment(me);
    expect(second.rounds).toHaveLength(2);
    expect(second.change.find((c) => c.area === 'stereotyper')).toEqual({ area: 'stereotyper', change: 3 });
    expect(second.recommendations.map((r) => r.area)).toEqual(['analys']);
    const stored = await s.db.selfAssessmentAreaScore.count({ where: { round: { userId: me.id } } });
    expect(stored).toBe(10);
  });

  it('shows a person only their own rounds, whoever else asks', async () => {
    const other = await s.viewer('chef@sjostad.se');
    expect((await data.getMyAssessment(other)).rounds).toEqual([]);
    expect(await data.listMyRounds(other.id)).toEqual([]);
  });

  it('refuses answers to an edition that has since been replaced, and keeps old rounds readable', async () => {
    const me = await s.viewer('politiker@sjostad.se');
    const host = await s.db.organisation.findUniqueOrThrow({ where: { slug: 'sjostad' } });
    const old = await s.db.selfAssessmentVersion.findFirstOrThrow({ where: { organisationId: host.id } });
    await s.db.selfAssessmentVersion.create({
      data: { organisationId: host.id, version: 2, title: 'Ny', intro: '', definition: old.definition },
    });
    await expect(data.saveRound(me, 1, answers('politiker', []))).rejects.toThrow(/Frågorna har ändrats/);
    const mine = await s.viewer('medarbetare@sjostad.se');
    const rounds = await data.listMyRounds(mine.id);
    expect(rounds.map((r) => r.version)).toEqual([1, 1]);
    expect(rounds[0]!.scores[0]!.title).toBe(q.areas[0]!.title);
  });
});
