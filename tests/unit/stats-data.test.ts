// The statistics query against a real database (the suite's engine), on hand-made data whose
// right answers are known: completions and assignments by administration and gender, in scope.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTempDb, engine, type TempDb } from '../support/test-db';

let temp: TempDb;
let stats: typeof import('@/lib/data/stats');
let db: import('@/lib/db').Db;
let viewer: import('@/lib/auth/permissions').Viewer;
let manager: import('@/lib/auth/permissions').Viewer;

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
  stats = await import('@/lib/data/stats');
  viewer = { id: 'strategist', organisationId, role: 'STRATEGIST', managedUnitPaths: [] };
  const forskola = await db.orgUnit.findFirstOrThrow({ where: { name: 'Förskola' }, select: { path: true } });
  manager = { id: 'chef', organisationId, role: 'MANAGER', managedUnitPaths: [forskola.path] };

  // Everyone in Förskolan Solrosen completes "konsstereotyper"; the women in Hemtjänst are assigned it, overdue.
  const course = await db.course.findFirstOrThrow({ where: { slug: 'konsstereotyper' }, select: { id: true } });
  const solrosen = await db.user.findMany({
    where: { unit: { name: 'Förskolan Solrosen' }, active: true },
    select: { id: true },
  });
  for (const [i, u] of solrosen.entries()) {
    await db.courseCompletion.create({
      data: { userId: u.id, courseId: course.id, organisationId, certificateNo: `T-${i}` },
    });
  }
  const hemtjanstWomen = await db.user.findMany({
    where: { unit: { name: 'Hemtjänst' }, gender: 'KVINNA', active: true },
    select: { id: true },
  });
  for (const u of hemtjanstWomen) {
    await db.assignment.create({
      data: { userId: u.id, courseId: course.id, organisationId, source: 'MANAGER', dueAt: new Date('2026-01-01') },
    });
  }
});

afterAll(async () => {
  await db?.$disconnect();
  await temp.drop();
  vi.unstubAllEnvs();
});

describe(`statistics from the database (${engine})`, () => {
  it('counts women and men per administration who completed a course', async () => {
    const report = await stats.loadStatsReport(viewer, { kurs: 'konsstereotyper' });
    const byAdmin = report.tables.find((t) => t.key === 'forvaltning')!;
    const utbildning = byAdmin.rows.find((r) => r.label === 'Utbildningsförvaltningen')!;
    // Solrosen: 7 women, 1 man, 1 other (+ the demo employee Moa, a woman): all completed.
    expect(utbildning.cells.KVINNA).toMatchObject({ hidden: false, numerator: 8 });
    // Every administration has 5 men, shown although the third group is small (issue 15).
    expect(utbildning.cells.MAN).toMatchObject({ hidden: false, numerator: 1, denominator: 5 });
    // Everyone in one administration would reveal its 1–2 people of the third group.
    expect(utbildning.total).toEqual({ hidden: true, reason: 'protects' });
    const omsorg = byAdmin.rows.find((r) => r.label === 'Vård- och omsorgsförvaltningen')!;
    expect(omsorg.cells.MAN).toMatchObject({ hidden: false, numerator: 0 });
    // Across the organisation the third group has 5 people, so everyone is shown.
    expect(byAdmin.average.total).toMatchObject({ hidden: false, numerator: 10 });
  });

  it('gives a quarterly trend that ends where the table does and never falls', async () => {
    const report = await stats.loadStatsReport(viewer, { kurs: 'konsstereotyper' });
    expect(report.trend).toHaveLength(8);
    const average = report.tables.find((t) => t.key === 'forvaltning')!.average;
    // Everyone who has completed did so by the end of this quarter.
    expect(report.trend[7]!.cells).toEqual(average.cells);
    expect(report.trend[7]!.total).toEqual(average.total);
    const women = report.trend.map((t) => (t.cells.KVINNA.hidden ? -1 : t.cells.KVINNA.numerator));
    expect(women).toEqual([...women].sort((a, b) => a - b));
    expect(women[7]).toBeGreaterThanOrEqual(8);
  });

  it('counts overdue assignments and leaves out deactivated people', async () => {
    const report = await stats.loadStatsReport(viewer, { kurs: 'konsstereotyper' });
    const overdue = report.tables.find((t) => t.key === 'forsenade')!;
    const omsorg = overdue.rows.find((r) => r.label === 'Vård- och omsorgsförvaltningen')!;
    expect(omsorg.cells.KVINNA).toMatchObject({ hidden: false, numerator: 7, denominator: 7, share: 1 });
    const people = report.tables.find((t) => t.key === 'forvaltning')!.average.total;
    const active = await db.user.count({
      where: { active: true, unitId: { not: null }, organisationId: viewer.organisationId },
    });
    expect(people).toMatchObject({ denominator: active });
  });

  it('limits a manager to their own units', async () => {
    const report = await stats.loadStatsReport(manager, {});
    const labels = report.tables.find((t) => t.key === 'forvaltning')!.rows.map((r) => r.label);
    expect(labels).toEqual(['Utbildningsförvaltningen']);
    expect(report.units.map((u) => u.name).sort()).toEqual(['Förskola', 'Förskolan Solrosen']);
  });

  it('filters by audience and period', async () => {
    // Employees alone would differ from everyone by a few managers and strategists: an audience
    // filter shows only what is made of whole protection blocks (issue 15, the subtraction found).
    const employees = await stats.loadStatsReport(viewer, { kurs: 'konsstereotyper', malgrupp: 'medarbetare' });
    const all = await stats.loadStatsReport(viewer, { kurs: 'konsstereotyper' });
    expect(all.tables[0]!.average.cells.KVINNA).toMatchObject({ hidden: false });
    expect(employees.tables[0]!.average.cells.KVINNA).toEqual({ hidden: true, reason: 'protects' });
    const managers = await stats.loadStatsReport(viewer, { kurs: 'konsstereotyper', malgrupp: 'chef' });
    expect(managers.tables[0]!.average.total).toMatchObject({ hidden: true });
    const past = await stats.loadStatsReport(viewer, {
      kurs: 'konsstereotyper',
      fran: '2020-01-01',
      till: '2020-12-31',
    });
    expect(past.tables[0]!.average.total).toMatchObject({ numerator: 0 });
  });

  // The answers are remembered for a minute; a write through the data layer must show at once.
  it('shows a change made through the portal at once, though the answer is remembered', async () => {
    const before = (await stats.loadStatsReport(viewer, { kurs: 'konsstereotyper' })).tables[0]!.average.total;
    const again = await stats.loadStatsReport(viewer, { kurs: 'konsstereotyper' });
    expect(again.tables[0]!.average.total).toEqual(before);
    const leaving = await db.user.findFirstOrThrow({
      where: { unit: { name: 'Förskolan Solrosen' }, active: true, role: 'EMPLOYEE' },
      select: { id: true },
    });
    const { setPersonActive } = await import('@/lib/data/admin-people-write');
    const admin = await db.user.findFirstOrThrow({
      where: { organisationId: viewer.organisationId, role: 'ADMIN' },
      select: { id: true },
    });
    await setPersonActive({ ...viewer, id: admin.id, role: 'ADMIN' }, leaving.id, false);
    const after = (await stats.loadStatsReport(viewer, { kurs: 'konsstereotyper' })).tables[0]!.average.total;
    expect(before).toMatchObject({ hidden: false });
    expect(after).toMatchObject({
      hidden: false,
      numerator: (before as { numerator: number }).numerator - 1,
      denominator: (before as { denominator: number }).denominator - 1,
    });
  });
});
