// The team view stays fast for a manager with 500 people below them: the number of database
// queries does not grow with the team, reflections are never read for it, and a page read
// the quick way (only the page's people) is the page read the whole way.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { engine } from '../support/test-db';
import { seededDb, type Seeded } from '../support/seeded-db';

let s: Seeded;
let team: typeof import('@/lib/data/team');
const queries: string[] = [];

beforeAll(async () => {
  s = await seededDb();
  const { createDb } = await import('@/lib/db-factory');
  const counted = createDb(s.temp.url).$extends({
    query: {
      async $allOperations({ model, operation, args, query }) {
        queries.push(`${model ?? 'raw'}.${operation}`);
        return query(args);
      },
    },
  });
  vi.doMock('@/lib/db', () => ({ db: counted }));
  team = await import('@/lib/data/team');
});
afterAll(() => s.close());

async function addPeople(n: number) {
  const org = await s.db.organisation.findUniqueOrThrow({ where: { slug: 'sjostad' } });
  const unit = await s.db.orgUnit.findFirstOrThrow({ where: { name: 'Förskolan Solrosen' } });
  const courses = await s.db.course.findMany({
    take: 3,
    select: { id: true, lessons: { select: { id: true }, take: 2 } },
  });
  const people = Array.from({ length: n }, (_, i) => ({
    id: `bulk-${i}`,
    organisationId: org.id,
    unitId: unit.id,
    name: `Person ${String(i).padStart(3, '0')}`,
    email: `bulk-${i}@sjostad.se`,
  }));
  await s.db.user.createMany({ data: people });
  await s.db.assignment.createMany({
    data: people.flatMap((p, i) =>
      courses.map((c, j) => ({
        organisationId: org.id,
        userId: p.id,
        courseId: c.id,
        source: 'MANAGER' as const,
        dueAt: new Date(Date.now() + (i % 3 === 0 ? -1 : 1) * (j + 1) * 86_400_000),
      })),
    ),
  });
  await s.db.lessonProgress.createMany({
    data: people.flatMap((p) =>
      courses[0]!.lessons.map((l) => ({ organisationId: org.id, userId: p.id, lessonId: l.id })),
    ),
  });
  await s.db.reflection.createMany({
    data: people
      .slice(0, 10)
      .map((p) => ({ userId: p.id, lessonId: courses[0]!.lessons[0]!.id, text: 'Hemligt svar' })),
  });
}

describe(`the team view's queries (${engine})`, () => {
  it('reads a team of 500 in as many queries as a team of 10, and never reads reflections', async () => {
    const chef = await s.viewer('chef@sjostad.se');
    queries.length = 0;
    const small = await team.getTeam(chef);
    const smallQueries = [...queries];
    await addPeople(500);
    queries.length = 0;
    const big = await team.getTeam(chef);
    expect(big.length).toBe(small.length + 500);
    // The same queries, kind for kind, as for the small team; in which order they run is the code's own business.
    expect([...queries].sort()).toEqual([...smallQueries].sort());
    expect(queries.some((q) => q.startsWith('Reflection'))).toBe(false);
    const bulk = big.filter((r) => r.name.startsWith('Person '));
    expect(bulk).toHaveLength(500);
    for (const r of bulk) expect(r.items).toHaveLength(3);
    // Every third person (0, 3, … 498) has passed due dates.
    expect(bulk.filter((r) => r.status === 'overdue')).toHaveLength(167);
    const row = big.find((r) => r.name === 'Person 000')!;
    expect(row.status).toBe('overdue');
    expect(row.items.some((i) => i.done === 2)).toBe(true);
  });

  it('gives every page, filter and sort order the same rows and counts as reading the whole team', async () => {
    const chef = await s.viewer('chef@sjostad.se');
    const { filterAndSort, pageOf } = await import('@/lib/assignments/status');
    const whole = await team.getTeam(chef);
    const overdue = whole.filter((r) => r.status === 'overdue').length;
    expect(overdue).toBeGreaterThan(100);
    const unit = whole.find((r) => r.unitId)!.unitId!;
    const queriesToTry: import('@/lib/assignments/status').TeamQuery[] = [
      { sort: 'name', page: 1 },
      { sort: 'name', page: 4 },
      { sort: 'unit', page: 2 },
      { sort: 'name', page: 1, audience: 'MANAGER' },
      { sort: 'name', page: 1, unitId: unit },
      { sort: 'due', page: 3 },
      { sort: 'status', page: 1 },
      { sort: 'name', page: 2, status: 'overdue' },
      { sort: 'name', page: 1, status: 'none' },
    ];
    for (const query of queriesToTry) {
      queries.length = 0;
      const view = await team.getTeamView(chef, query);
      expect({ size: view.size, overdue: view.overdue, page: view.page }, JSON.stringify(query)).toEqual({
        size: whole.length,
        overdue,
        page: pageOf(filterAndSort(whole, query), query.page),
      });
      // The summary per course covers the whole team whatever the page shows.
      expect(view.courses.reduce((n, c) => n + c.assigned, 0)).toBe(whole.reduce((n, r) => n + r.items.length, 0));
      expect(queries.some((q) => q.startsWith('Reflection'))).toBe(false);
    }
  });
});
