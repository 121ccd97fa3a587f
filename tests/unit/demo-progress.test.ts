// The demo's seeded progress: the generated staff are assigned the course on stereotypes and
// some have finished it, the accounts people sign in as are untouched, and seeding again adds
// nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engine } from '../support/test-db';
import { seededDb, type Seeded } from '../support/seeded-db';

let s: Seeded;
let organisationId: string;
let first: { assigned: number; completed: number };

beforeAll(async () => {
  s = await seededDb();
  organisationId = (await s.db.organisation.findUniqueOrThrow({ where: { slug: 'sjostad' } })).id;
  const { seedDemoProgress } = await import('@/prisma/seed/progress');
  first = await seedDemoProgress(s.db, organisationId, new Date('2026-06-01T10:00:00Z'));
});
afterAll(() => s.close());

describe(`demo progress (${engine})`, () => {
  it('assigns every generated staff member and completes a share of them, lessons included', async () => {
    const staff = await s.db.user.count({
      where: {
        organisationId,
        active: true,
        role: 'EMPLOYEE',
        audience: 'EMPLOYEE',
        passwordHash: null,
        unitId: { not: null },
      },
    });
    expect(first.assigned).toBe(staff);
    expect(await s.db.assignment.count({ where: { organisationId } })).toBe(staff);
    expect(first.completed).toBeGreaterThan(0);
    expect(first.completed).toBeLessThan(staff);
    expect(await s.db.courseCompletion.count({ where: { organisationId } })).toBe(first.completed);
    const lessons = await s.db.lesson.count({
      where: { course: { organisationId, slug: 'konsstereotyper' }, removedAt: null },
    });
    expect(await s.db.lessonProgress.count({ where: { organisationId } })).toBe(first.completed * lessons);
  });

  it('leaves the accounts people sign in as, and other organisations, with a clean slate', async () => {
    const named = await s.db.user.findMany({
      where: {
        email: { in: ['medarbetare@sjostad.se', 'chef@sjostad.se', 'strateg@sjostad.se', 'tomas.tidigare@sjostad.se'] },
      },
      select: { id: true },
    });
    expect(named).toHaveLength(4);
    expect(await s.db.assignment.count({ where: { userId: { in: named.map((u) => u.id) } } })).toBe(0);
    expect(await s.db.assignment.count({ where: { organisationId: { not: organisationId } } })).toBe(0);
  });

  it('gives care staff a deadline that has passed, so the overdue views have something to show', async () => {
    const overdue = await s.db.assignment.count({
      where: { organisationId, dueAt: { lt: new Date('2026-06-01T10:00:00Z') } },
    });
    expect(overdue).toBeGreaterThan(0);
    expect(overdue).toBeLessThan(first.assigned);
  });

  it('adds nothing when the seed runs again', async () => {
    const { seedDemoProgress } = await import('@/prisma/seed/progress');
    expect(await seedDemoProgress(s.db, organisationId)).toEqual({ assigned: 0, completed: 0 });
    expect(await s.db.assignment.count({ where: { organisationId } })).toBe(first.assigned);
  });
});
