// Competence needs against a real database, on both engines (issue 17, part 2): each person counts
// once, with their latest round now and their latest round as of a year ago; only active people
// with a unit in the viewer's scope count; a manager's view holds only their units.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engine } from '../support/test-db';
import { seededDb, type Seeded } from '../support/seeded-db';

let s: Seeded;
let data: typeof import('@/lib/data/self-assessment-needs');
let org: string;
let admin: { id: string; path: string };
const DAY = 24 * 60 * 60 * 1000;
const ago = (days: number) => new Date(Date.now() - days * DAY);

/** A round whose every area has this mean. */
async function answer(userId: string, mean: number, completedAt: Date) {
  const version = await s.db.selfAssessmentVersion.findFirstOrThrow({ select: { id: true } });
  const areas = ['grunder', 'strategin', 'styrning', 'analys', 'stereotyper'];
  await s.db.selfAssessmentRound.create({
    data: {
      organisationId: org,
      userId,
      versionId: version.id,
      audience: 'EMPLOYEE',
      answers: '{}',
      completedAt,
      areas: { create: areas.map((area) => ({ area, mean })) },
    },
  });
}

beforeAll(async () => {
  s = await seededDb();
  org = (await s.db.organisation.findUniqueOrThrow({ where: { slug: 'sjostad' } })).id;
  const { seedSelfAssessment } = await import('@/prisma/seed/self-assessment');
  await seedSelfAssessment(s.db as never, org);
  const top = await s.db.orgUnit.create({
    data: { organisationId: org, name: 'Behovsförvaltningen', path: '/tmp/', depth: 0 },
  });
  admin = await s.db.orgUnit.update({ where: { id: top.id }, data: { path: `/${top.id}/` } });
  const people = async (gender: 'KVINNA' | 'MAN', n: number, active = true) => {
    const ids: string[] = [];
    for (let i = 0; i < n; i++) {
      const user = await s.db.user.create({
        data: { organisationId: org, unitId: admin.id, name: `${gender} ${i}`, gender, active },
        select: { id: true },
      });
      ids.push(user.id);
    }
    return ids;
  };
  const women = await people('KVINNA', 6);
  const men = await people('MAN', 6);
  const [gone] = await people('KVINNA', 1, false);
  // Five women answered two months ago (mean 2); the first also 14 months ago (mean 1), so she
  // counts once now, with her latest round, and once a year ago, with the old one.
  for (const id of women.slice(0, 5)) await answer(id, 2, ago(60));
  await answer(women[0]!, 1, ago(420));
  // Four men answered: too few for their scores; their counts are still shown.
  for (const id of men.slice(0, 4)) await answer(id, 3.5, ago(30));
  await answer(gone!, 1, ago(30));
  data = await import('@/lib/data/self-assessment-needs');
});

afterAll(() => s?.close());

describe(`competence needs (${engine})`, () => {
  it('counts each active person once, with their latest round now and a year ago', async () => {
    const now = new Date();
    const rows = await data.needsRows(org, 'organisation', { unitPath: admin.path }, now, data.yearBefore(now));
    const women = rows.find((r) => r.gender === 'KVINNA')!;
    expect(women).toMatchObject({ people: 6, answered: 5, answeredThen: 1, changed: 5 });
    expect(women.areas.analys).toEqual({
      now: { answered: 5, sum: 10, low: 5 },
      then: { answered: 1, sum: 1, low: 1 },
    });
    const men = rows.find((r) => r.gender === 'MAN')!;
    expect(men).toMatchObject({ people: 6, answered: 4, answeredThen: 0, changed: 4 });
    expect(men.areas.grunder!.now).toEqual({ answered: 4, sum: 14, low: 0 });
  });

  it("shows the strategist the unit's women and hides the men's scores, saying why", async () => {
    const strategist = await s.viewer('strateg@sjostad.se');
    const view = await data.loadNeeds(strategist, { enhet: admin.id });
    const row = view.table.rows.find((r) => r.key === admin.id)!;
    const analys = row.areas.find((a) => a.key === 'analys')!.cells;
    expect(analys.KVINNA.now).toMatchObject({ hidden: false, answered: 5, mean: 2, lowShare: 1 });
    expect(analys.KVINNA.then).toEqual({ hidden: true, reason: 'few-answers' });
    expect(analys.MAN.now).toEqual({ hidden: true, reason: 'few-answers' });
    expect(row.counts.MAN.now).toEqual({ hidden: false, people: 6, answered: 4, share: 4 / 6 });
    expect(view.areas).toHaveLength(5);
  });

  it("gives a manager only their own units' people", async () => {
    const manager = await s.viewer('chef@sjostad.se');
    const view = await data.loadNeeds(manager, { enhet: admin.id });
    expect(view.selectedUnit).toBeUndefined();
    expect(view.table.rows.map((r) => r.key)).not.toContain(admin.id);
    expect(view.units.some((u) => u.id === admin.id)).toBe(false);
    const rows = await data.needsRows(org, [...manager.managedUnitPaths], {}, new Date(), data.yearBefore(new Date()));
    expect(rows.some((r) => r.unitId === admin.id)).toBe(false);
    expect(await data.needsRows(org, [], {}, new Date(), new Date())).toEqual([]);
  });
});
