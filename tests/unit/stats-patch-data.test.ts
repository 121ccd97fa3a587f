// Regression guard for issue 15's "first view after a write": a completion refreshes the remembered
// statistics (the rows of its person's unit read again) instead of reading the organisation again.
// A refreshed answer must equal what a fresh reading gives, for every filter and scope, and must
// not be read again from the database. Issue 20: the same when another instance wrote it.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTempDb, engine, type TempDb } from '../support/test-db';

let temp: TempDb;
let db: import('@/lib/db').Db;
let stats: typeof import('@/lib/data/stats');
let cacheModule: typeof import('@/lib/data/stats-cache');
let progress: typeof import('@/lib/data/progress');
let organisationId: string;
let viewer: import('@/lib/auth/permissions').Viewer;
let manager: import('@/lib/auth/permissions').Viewer;

beforeAll(async () => {
  temp = await createTempDb();
  vi.resetModules();
  vi.stubEnv('DATABASE_URL', temp.url);
  vi.stubEnv('STATS_CACHE_SECONDS', '600');
  const { runMigrations } = await import('@/scripts/migrate');
  await runMigrations({ url: temp.url });
  const { createDb } = await import('@/lib/db-factory');
  const seedDb = createDb(temp.url);
  const { seedOrganisation } = await import('@/prisma/seed');
  const { seedLearning } = await import('@/prisma/seed/learning');
  const { demoOrganisation } = await import('@/prisma/seed/demo-org');
  ({ organisationId } = await seedOrganisation(seedDb, demoOrganisation, 'x'));
  await seedLearning(seedDb, organisationId);
  await seedDb.$disconnect();
  db = (await import('@/lib/db')).db;
  stats = await import('@/lib/data/stats');
  cacheModule = await import('@/lib/data/stats-cache');
  progress = await import('@/lib/data/progress');
  viewer = { id: 'strategist', organisationId, role: 'STRATEGIST', managedUnitPaths: [] };
  const forskola = await db.orgUnit.findFirstOrThrow({ where: { name: 'Förskola' }, select: { path: true } });
  manager = { id: 'chef', organisationId, role: 'MANAGER', managedUnitPaths: [forskola.path] };
});

afterAll(async () => {
  await db?.$disconnect();
  await temp.drop();
  vi.unstubAllEnvs();
});

/** Completes `slug` for a person through the portal's own write: every lesson but one first, then the last. */
async function complete(userId: string, slug: string) {
  const course = await db.course.findFirstOrThrow({
    where: { slug },
    select: { id: true, lessons: { select: { id: true, kind: true }, orderBy: { position: 'asc' } } },
  });
  const last = course.lessons.find((l) => l.kind !== 'QUIZ')!;
  for (const l of course.lessons.filter((l) => l.id !== last.id))
    await db.lessonProgress.create({ data: { userId, lessonId: l.id, organisationId } });
  return progress.completeLesson({ id: userId, organisationId }, course.id, last.id);
}

/** How many of an answer's rows are the same objects as in an earlier answer (not read again). */
const sharedRows = (answer: object, earlier: object) => {
  const before = new Set((earlier as { rows: object[] }).rows);
  return (answer as { rows: object[] }).rows.filter((r) => before.has(r)).length;
};

const sorted = <T extends object>(rows: T[]) =>
  [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

describe(`statistics refreshed after a completion (${engine})`, () => {
  it('equal a fresh reading for every filter and scope, without reading them again', async () => {
    const course = await db.course.findFirstOrThrow({ where: { slug: 'konsstereotyper' }, select: { id: true } });
    const omsorg = await db.orgUnit.findFirstOrThrow({
      where: { name: 'Vård- och omsorgsförvaltningen' },
      select: { path: true },
    });
    const filters: { who: typeof viewer; filter: import('@/lib/data/stats').StatsFilter }[] = [
      { who: viewer, filter: {} },
      { who: viewer, filter: { courseId: course.id } },
      { who: viewer, filter: { unitPath: omsorg.path } },
      { who: viewer, filter: { audience: 'EMPLOYEE', courseId: course.id } },
      { who: viewer, filter: { from: new Date('2026-01-01'), to: new Date('2030-01-01') } },
      { who: manager, filter: {} },
    ];
    const queries = [{}, { kurs: 'konsstereotyper' }, { malgrupp: 'medarbetare' as const }];
    const read = () =>
      Promise.all([
        ...filters.map(({ who, filter }) => stats.statsRows(who, filter)),
        ...queries.map((q) => stats.loadStatsReport(viewer, q)),
        stats.loadStatsReport(manager, {}),
      ]);
    const warm = await read();

    // People across administrations, women and men, some in the manager's units.
    const done = await db.courseCompletion.findMany({ where: { courseId: course.id }, select: { userId: true } });
    const people = await db.user.findMany({
      where: { organisationId, active: true, unitId: { not: null }, id: { notIn: done.map((d) => d.userId) } },
      select: { id: true },
      orderBy: { email: 'asc' },
      take: 12,
    });
    expect(people.length).toBe(12);
    for (const p of people) expect(await complete(p.id, 'konsstereotyper')).toEqual({ courseComplete: true });

    const patched = await read();
    // Nothing was read again: the rows of the units nobody in them completed anything are the very
    // rows first read; the answers say they are as of the refresh.
    filters.forEach((_, i) => expect(sharedRows(patched[i]!, warm[i]!)).toBeGreaterThan(0));
    patched.forEach((answer, i) => expect(answer.computedAt.getTime()).toBeGreaterThan(warm[i]!.computedAt.getTime()));
    cacheModule.forgetStatistics(organisationId);
    const fresh = await read();
    expect(fresh[0]!.computedAt.getTime()).toBeGreaterThanOrEqual(warm[0]!.computedAt.getTime());
    filters.forEach((_, i) => {
      const p = patched[i] as { rows: object[] };
      const f = fresh[i] as { rows: object[] };
      expect(sorted(p.rows)).toEqual(sorted(f.rows));
    });
    // The completions did change the figures, so the equality above is not about unchanged rows.
    expect(sorted((fresh[1] as { rows: object[] }).rows)).not.toEqual(sorted((warm[1] as { rows: object[] }).rows));
    for (let i = filters.length; i < fresh.length; i++) {
      const p = patched[i] as Awaited<ReturnType<typeof stats.loadStatsReport>>;
      const f = fresh[i] as Awaited<ReturnType<typeof stats.loadStatsReport>>;
      expect(p.tables).toEqual(f.tables);
      expect(p.trend).toEqual(f.trend);
    }
  });

  it('follow a completion another instance wrote, from the units it announced', async () => {
    const course = await db.course.findFirstOrThrow({ where: { slug: 'konsstereotyper' }, select: { id: true } });
    const read = () =>
      Promise.all([
        stats.statsRows(viewer, {}),
        stats.statsRows(viewer, { courseId: course.id }),
        stats.loadStatsReport(viewer, {}),
      ]);
    const warm = await read();
    const done = await db.courseCompletion.findMany({ where: { courseId: course.id }, select: { userId: true } });
    const person = await db.user.findFirstOrThrow({
      where: { organisationId, active: true, unitId: { not: null }, id: { notIn: done.map((d) => d.userId) } },
      select: { id: true, unitId: true },
    });
    // Written by the other instance: here only the database changes, then its announcement arrives.
    await db.courseCompletion.create({
      data: { userId: person.id, courseId: course.id, organisationId, certificateNo: `X-${person.id}` },
    });
    await cacheModule.refreshUnitsHere(organisationId, [person.unitId!]);
    const refreshed = await read();
    expect(sharedRows(refreshed[0], warm[0])).toBe(warm[0].rows.filter((r) => r.unitId !== person.unitId).length);
    expect(sharedRows(refreshed[1], warm[1])).toBeGreaterThan(0);
    cacheModule.forgetStatistics(organisationId);
    const fresh = await read();
    expect(sorted(refreshed[0].rows)).toEqual(sorted(fresh[0].rows));
    expect(sorted(refreshed[1].rows)).toEqual(sorted(fresh[1].rows));
    expect(sorted(fresh[1].rows)).not.toEqual(sorted(warm[1].rows));
    expect(refreshed[2].tables).toEqual(fresh[2].tables);
    expect(refreshed[2].trend).toEqual(fresh[2].trend);
  });

  it('counts a completion sent twice at once only once', async () => {
    const filter = { courseId: (await db.course.findFirstOrThrow({ where: { slug: 'chefens-roll' } })).id };
    await stats.statsRows(viewer, filter);
    const done = await db.courseCompletion.findMany({ where: { courseId: filter.courseId }, select: { userId: true } });
    const person = await db.user.findFirstOrThrow({
      where: { organisationId, active: true, unitId: { not: null }, id: { notIn: done.map((d) => d.userId) } },
      select: { id: true },
    });
    const course = await db.course.findFirstOrThrow({
      where: { id: filter.courseId },
      select: { lessons: { select: { id: true, kind: true }, orderBy: { position: 'asc' } } },
    });
    const last = course.lessons.find((l) => l.kind !== 'QUIZ')!;
    for (const l of course.lessons.filter((l) => l.id !== last.id))
      await db.lessonProgress.create({ data: { userId: person.id, lessonId: l.id, organisationId } });
    const learner = { id: person.id, organisationId };
    await Promise.all([1, 2, 3].map(() => progress.completeLesson(learner, filter.courseId, last.id)));
    const patched = (await stats.statsRows(viewer, filter)).rows;
    cacheModule.forgetStatistics(organisationId);
    expect(sorted(patched)).toEqual(sorted((await stats.statsRows(viewer, filter)).rows));
  });
});
