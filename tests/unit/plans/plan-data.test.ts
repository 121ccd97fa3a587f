// Competence plans against a real database (the suite's engine): one plan per administration and
// year (a second is refused with nothing saved), a manager refused another administration's plan
// in the data layer too, a stale save refused, and a follow-up that moves after a completion.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededDb, type Seeded } from '../../support/seeded-db';
import { engine } from '../../support/test-db';
import type { PlanInput } from '@/lib/validation/competence-plan';

let s: Seeded;
let writes: typeof import('@/lib/data/competence-plan-writes');
let reads: typeof import('@/lib/data/competence-plans');
let strateg: Awaited<ReturnType<Seeded['viewer']>>;
let chefOmsorg: Awaited<ReturnType<Seeded['viewer']>>;
let omsorgId: string;
let utbildningId: string;
let courseId: string;

const plan = (over: Partial<PlanInput> = {}): PlanInput => ({
  unitId: omsorgId,
  year: 2027,
  hoursPerEmployee: 4,
  budgetKronor: 250_000,
  decisionDate: '2027-03-14',
  decisionReference: 'KS 2027-03-14 § 45',
  notes: '',
  goals: [{ courseId, audience: 'alla', targetPercent: 80 }],
  activities: [{ kind: 'SESSION', title: 'Grundkursen på APT', month: 4, courseId }],
  ...over,
});

const saved = async () => ({
  plans: await s.db.competencePlan.count(),
  goals: await s.db.competencePlanGoal.count(),
  activities: await s.db.competencePlanActivity.count(),
  audits: await s.db.auditEvent.count({ where: { entityType: 'CompetencePlan' } }),
});

beforeAll(async () => {
  s = await seededDb();
  writes = await import('@/lib/data/competence-plan-writes');
  reads = await import('@/lib/data/competence-plans');
  strateg = await s.viewer('strateg@sjostad.se');
  chefOmsorg = await s.viewer('chef.omsorg@sjostad.se');
  omsorgId = (await s.db.orgUnit.findFirstOrThrow({ where: { name: 'Vård- och omsorgsförvaltningen' } })).id;
  utbildningId = (await s.db.orgUnit.findFirstOrThrow({ where: { name: 'Utbildningsförvaltningen' } })).id;
  courseId = (await s.db.course.findFirstOrThrow({ where: { slug: 'introduktion-jamstalldhetsintegrering' } })).id;
});

afterAll(() => s?.close());

describe(`competence plans (${engine})`, () => {
  it('saves a plan with its goals, activities and an audit event', async () => {
    const { id } = await writes.createPlan(chefOmsorg, plan());
    const view = await reads.getPlan(chefOmsorg, id);
    expect(view).toMatchObject({ year: 2027, hoursPerEmployee: 4, budgetKronor: 250_000, canEdit: true });
    expect(view!.goals).toHaveLength(1);
    expect(view!.activities[0]).toMatchObject({ kind: 'SESSION', month: 4 });
    expect(await saved()).toEqual({ plans: 1, goals: 1, activities: 1, audits: 1 });
  });

  it('refuses a second plan for the same administration and year, saving nothing', async () => {
    const before = await saved();
    await expect(writes.createPlan(strateg, plan())).rejects.toThrow('Förvaltningen har redan en plan för det året.');
    expect(await saved()).toEqual(before);
  });

  it("refuses a manager another administration's plan in the data layer, saving nothing", async () => {
    const before = await saved();
    await expect(writes.createPlan(chefOmsorg, plan({ unitId: utbildningId }))).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const other = await writes.createPlan(strateg, plan({ unitId: utbildningId }));
    await expect(
      writes.updatePlan(chefOmsorg, plan({ planId: other.id, version: 1, unitId: undefined })),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const after = await saved();
    expect(after.plans).toBe(before.plans + 1);
  });

  it('refuses a save based on an old version, keeping the newer one whole', async () => {
    const { id } = await writes.createPlan(strateg, plan({ year: 2028 }));
    await writes.updatePlan(strateg, plan({ planId: id, version: 1, year: 2028, budgetKronor: 300_000 }));
    await expect(
      writes.updatePlan(chefOmsorg, plan({ planId: id, version: 1, year: 2028, goals: [], budgetKronor: 1 })),
    ).rejects.toMatchObject({ code: 'STALE_VERSION' });
    const view = await reads.getPlan(strateg, id);
    expect(view).toMatchObject({ version: 2, budgetKronor: 300_000 });
    expect(view!.goals).toHaveLength(1);
  });

  it('moves the follow-up after a completion', async () => {
    const { id } = await writes.createPlan(strateg, plan({ year: 2026, unitId: omsorgId }));
    const view = (await reads.getPlan(strateg, id))!;
    const now = new Date('2026-12-31T12:00:00Z');
    const before = await reads.loadPlanFollowUp(view, now);
    const person = await s.db.user.findFirstOrThrow({
      where: { active: true, gender: 'KVINNA', unit: { path: { startsWith: view.unit.path } } },
      select: { id: true, organisationId: true },
    });
    await s.db.courseCompletion.create({
      data: {
        organisationId: person.organisationId,
        userId: person.id,
        courseId,
        completedAt: new Date('2026-05-01T10:00:00Z'),
        certificateNo: 'JP-T-1',
      },
    });
    const after = await reads.loadPlanFollowUp(view, now);
    const cell = (f: typeof before) => f.goals[0]!.cells.KVINNA;
    expect(cell(before).hidden).toBe(false);
    expect(cell(after)).toMatchObject({ completed: (cell(before) as { completed: number }).completed + 1 });
    const minutes = (await s.db.course.findUniqueOrThrow({ where: { id: courseId } })).minutes;
    const hours = (f: typeof before) => (f.hours.KVINNA.hidden ? NaN : f.hours.KVINNA.hours);
    expect(hours(after) - hours(before)).toBeCloseTo(minutes / 60, 1);
  });
});

describe(`demo competence plans (${engine})`, () => {
  it('seeds this year’s plans once, with goals on the basic course', async () => {
    const { seedCompetencePlans } = await import('@/prisma/seed/competence-plans');
    const organisationId = strateg.organisationId;
    expect(await seedCompetencePlans(s.db, organisationId)).toBeGreaterThan(0);
    expect(await seedCompetencePlans(s.db, organisationId)).toBe(0);
    const seeded = await s.db.competencePlan.findFirstOrThrow({
      where: { decisionReference: { endsWith: '§ 45' }, notes: { contains: 'ledningsgrupp' } },
      select: { goals: { select: { course: { select: { slug: true } } } } },
    });
    expect(seeded.goals[0]!.course.slug).toBe('introduktion-jamstalldhetsintegrering');
  });
});

describe(`follow-up of several plans at once (${engine})`, () => {
  it('gives each plan the same figures as reading it alone, though one read serves them all', async () => {
    const { seedCompetencePlans } = await import('@/prisma/seed/competence-plans');
    await seedCompetencePlans(s.db, strateg.organisationId);
    const year = reads.currentPlanYear();
    const plans = await s.db.competencePlan.findMany({
      where: { organisationId: strateg.organisationId, year },
      select: {
        id: true,
        organisationId: true,
        year: true,
        hoursPerEmployee: true,
        unit: { select: { path: true } },
        goals: {
          select: {
            courseId: true,
            audience: true,
            targetPercent: true,
            course: { select: { title: true, slug: true } },
          },
        },
      },
    });
    expect(plans.length).toBeGreaterThan(1);
    const now = new Date();
    const together = await reads.loadPlanFollowUps(plans, now);
    const alone = [];
    for (const p of plans) alone.push(await reads.loadPlanFollowUp(p, now));
    expect(together).toEqual(alone);
    // The administrations differ, so a mix-up of people between plans would show.
    expect(new Set(together.map((f) => JSON.stringify(f))).size).toBe(plans.length);
  });
});
