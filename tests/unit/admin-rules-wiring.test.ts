// Regression guard: assignment rules follow people through the admin pages, not only the people
// present when a rule is made. Creating, moving, changing audience and reactivating someone
// through lib/data/admin-people-write applies the rules in the same transaction.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engine } from '../support/test-db';
import { seededDb, type Seeded } from '../support/seeded-db';

let s: Seeded;
let admin: Awaited<ReturnType<Seeded['viewer']>>;
let write: typeof import('@/lib/data/admin-people-write');
let organisationId: string;
let courseId: string;
let hemtjanst: string;

beforeAll(async () => {
  s = await seededDb();
  write = await import('@/lib/data/admin-people-write');
  const rules = await import('@/lib/data/rule-edits');
  organisationId = (await s.db.organisation.findUniqueOrThrow({ where: { slug: 'sjostad' } })).id;
  courseId = (await s.db.course.findFirstOrThrow({ where: { slug: 'jamstalld-vard-och-omsorg' } })).id;
  hemtjanst = (await s.db.orgUnit.findFirstOrThrow({ where: { name: 'Hemtjänst', organisationId } })).id;
  admin = await s.viewer('admin@sjostad.se');
  await rules.createRule(admin, {
    item: { kind: 'course', id: courseId },
    unitId: hemtjanst,
    includeSubunits: true,
    dueDays: 30,
  });
});
afterAll(() => s.close());

const assigned = async (userId: string) => (await s.db.assignment.count({ where: { userId, courseId } })) === 1;
const input = (email: string, unitId: string | null) => ({
  name: 'Regel Test',
  email,
  employeeNumber: null,
  role: 'EMPLOYEE' as const,
  audience: 'EMPLOYEE' as const,
  unitId,
  gender: null,
});

describe(`rules follow people changed by an administrator (${engine})`, () => {
  it('a person created in the unit gets the course', async () => {
    const id = await write.createPerson(admin, input('regel.ny@sjostad.se', hemtjanst));
    expect(await assigned(id)).toBe(true);
  });

  it('a person moved into the unit gets the course; one created elsewhere does not', async () => {
    const solrosen = (await s.db.orgUnit.findFirstOrThrow({ where: { name: 'Förskolan Solrosen', organisationId } }))
      .id;
    const id = await write.createPerson(admin, input('regel.flytt@sjostad.se', solrosen));
    expect(await assigned(id)).toBe(false);
    await write.updatePerson(admin, id, input('regel.flytt@sjostad.se', hemtjanst));
    expect(await assigned(id)).toBe(true);
  });
});
