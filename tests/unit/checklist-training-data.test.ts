// The checklist's linked training figures against a real database (the suite's engine): the
// grouped query, checked against the organisation's protection blocks like the statistics.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checklistDb, type Editor } from '../support/checklist-db';
import type { Seeded } from '../support/seeded-db';
import { engine } from '../support/test-db';

let s: Seeded;
let db: import('@/lib/db').Db;
let training: typeof import('@/lib/data/checklist-training');
let people: Record<string, Editor>;

beforeAll(async () => {
  ({ s, db, people } = await checklistDb());
  training = await import('@/lib/data/checklist-training');
});
afterAll(() => s.close());

describe(`linked training figures (${engine})`, () => {
  it('counts active staff by gender, completion of ALL linked courses, politicians apart', async () => {
    const orgId = people.strateg!.organisationId;
    const courses = await db.course.findMany({
      where: { slug: { in: ['konsstereotyper', 'chefens-roll'] } },
      select: { id: true, slug: true },
    });
    const id = (slug: string) => courses.find((c) => c.slug === slug)!.id;
    const staff = await db.user.findMany({
      where: { organisationId: orgId, active: true, unitId: { not: null }, audience: { not: 'POLITICIAN' } },
      orderBy: { email: 'asc' },
      select: { id: true, gender: true },
    });
    const women = staff.filter((p) => p.gender === 'KVINNA');
    const men = staff.filter((p) => p.gender === 'MAN');
    const complete = async (userId: string, courseId: string) =>
      db.courseCompletion.create({
        data: { userId, courseId, organisationId: orgId, certificateNo: `T-${userId}-${courseId}` },
      });
    // 10 women and 5 men have both courses; 5 more women only one of them.
    for (const p of [...women.slice(0, 10), ...men.slice(0, 5)]) {
      await complete(p.id, id('konsstereotyper'));
      await complete(p.id, id('chefens-roll'));
    }
    for (const p of women.slice(10, 15)) await complete(p.id, id('konsstereotyper'));
    const inactive = await db.user.findUniqueOrThrow({
      where: { email: 'tomas.tidigare@sjostad.se' },
      select: { id: true },
    });
    await complete(inactive.id, id('konsstereotyper'));

    const both = (await training.getLinkedTraining(orgId, 'chefens-roll,konsstereotyper'))!;
    expect(both.courses.map((c) => c.slug)).toEqual(['chefens-roll', 'konsstereotyper']);
    expect(both.figures.total).toEqual({
      suppressed: false,
      total: staff.length,
      completed: 15,
      percent: Math.round((15 / staff.length) * 100),
    });
    expect(both.figures.groups.KVINNA).toMatchObject({ suppressed: false, total: women.length, completed: 10 });
    // Regression guard (issue 15): men were hidden because the third group was small. Each
    // administration has 5 men and the third group 5 people in all, so everything is shown.
    expect(both.figures.groups.MAN).toMatchObject({ suppressed: false, total: men.length, completed: 5 });
    expect(men.length).toBeGreaterThanOrEqual(15);
    // Four politicians, without a unit: a small group.
    expect(both.figures.politicians).toEqual({ suppressed: true, reason: 'small' });

    const one = (await training.getLinkedTraining(orgId, 'konsstereotyper'))!;
    expect(one.figures.total).toMatchObject({ completed: 20 });
    expect(one.figures.groups.KVINNA).toMatchObject({ completed: 15 });
  });

  it('counts nobody as done when a linked course no longer exists', async () => {
    const f = (await training.getLinkedTraining(people.strateg!.organisationId, 'konsstereotyper,finns-inte'))!;
    expect(f.figures.total).toMatchObject({ suppressed: false, completed: 0 });
    expect(f.courses[1]!.title).toContain('finns inte längre');
  });
});
