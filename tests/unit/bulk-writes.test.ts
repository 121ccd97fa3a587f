// The set-based writer (lib/data/bulk.ts) on the engine the suite runs on: what it writes reads
// back through Prisma exactly as Prisma's own writes do (dates, booleans, nulls, enums), an update
// never reaches another organisation's row, and a unique clash fails the whole statement.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isUniqueViolation, uniqueViolationOn } from '@/lib/data/tx';
import { createMigratedDb, engine, type TempDb } from '../support/test-db';

let temp: TempDb;
let db: typeof import('@/lib/db').db;
let bulk: typeof import('@/lib/data/bulk');
const joined = new Date('2026-03-01T07:05:09.123Z');

beforeAll(async () => {
  temp = await createMigratedDb();
  ({ db } = await import('@/lib/db'));
  bulk = await import('@/lib/data/bulk');
  for (const slug of ['ett', 'tva'])
    await db.organisation.create({ data: { id: slug, slug, name: slug, kind: 'KOMMUN' } });
}, 60_000);

afterAll(async () => {
  await db?.$disconnect();
  await temp?.drop();
});

const person = (id: string, organisationId: string, extra: Record<string, string | boolean | Date | null> = {}) => ({
  id,
  organisationId,
  name: `Namn ${id}`,
  email: `${id}@x.se`,
  employeeNumber: null,
  role: 'EMPLOYEE',
  audience: 'MANAGER',
  gender: null,
  active: true,
  joinedAt: joined,
  createdAt: joined,
  updatedAt: joined,
  ...extra,
});

describe(`bulk writes on ${engine}`, () => {
  it('inserts rows that Prisma reads back value for value, and counts and filters them like its own', async () => {
    await bulk.insertRows(db, 'User', [
      person('a1', 'ett', { gender: 'KVINNA', employeeNumber: 'N-1' }),
      person('a2', 'ett', { active: false, name: 'Åsa "Citat" Öberg; DROP TABLE' }),
    ]);
    const [a1, a2] = await db.user.findMany({ where: { organisationId: 'ett' }, orderBy: { id: 'asc' } });
    expect(a1).toMatchObject({ gender: 'KVINNA', employeeNumber: 'N-1', active: true, audience: 'MANAGER' });
    expect(a1!.joinedAt.toISOString()).toBe(joined.toISOString());
    expect(a2).toMatchObject({ active: false, gender: null, name: 'Åsa "Citat" Öberg; DROP TABLE' });
    expect(await db.user.count({ where: { joinedAt: { gte: joined } } })).toBe(2);
    expect(await db.user.count({ where: { joinedAt: { gt: joined } } })).toBe(0);
    expect(await db.user.count({ where: { active: false } })).toBe(1);
  });

  it("updates each row by id within the organisation only, leaving another organisation's row as it was", async () => {
    await bulk.insertRows(db, 'User', [person('b1', 'tva')]);
    const later = new Date('2026-04-02T10:00:00.000Z');
    await bulk.updateRows(db, {
      table: 'User',
      organisationId: 'ett',
      rows: [
        { id: 'a1', name: 'Nytt ett', updatedAt: later },
        { id: 'b1', name: 'Inte här', updatedAt: later },
      ],
    });
    expect(await db.user.findUnique({ where: { id: 'a1' }, select: { name: true, updatedAt: true } })).toEqual({
      name: 'Nytt ett',
      updatedAt: later,
    });
    expect((await db.user.findUnique({ where: { id: 'b1' } }))?.name).toBe('Namn b1');
  });

  it('writes nothing of a statement in which one row breaks a unique rule, and says it was a unique clash', async () => {
    const failed = await bulk
      .insertRows(db, 'User', [person('c1', 'ett'), person('c2', 'ett', { email: 'a1@x.se' })])
      .then(
        () => null,
        (error: unknown) => error,
      );
    // Callers such as the managers' assign retry on exactly this (lib/data/assign.ts).
    expect(isUniqueViolation(failed)).toBe(true);
    expect(isUniqueViolation(new Error('något annat'))).toBe(false);
    // Which column clashed, from the statement's own error and from Prisma's (both engines name it differently).
    expect(uniqueViolationOn(failed, 'email')).toBe(true);
    expect(uniqueViolationOn(failed, 'employeeNumber')).toBe(false);
    const numbered = (id: string) => ({
      id,
      organisationId: 'ett',
      name: id,
      email: `${id}@x.se`,
      employeeNumber: 'H-1',
    });
    await db.user.create({ data: numbered('n1') });
    const again = await db.user.create({ data: numbered('n2') }).catch((error: unknown) => error);
    expect(uniqueViolationOn(again, 'employeeNumber')).toBe(true);
    expect(uniqueViolationOn(again, 'email')).toBe(false);
    expect(await db.user.count({ where: { id: { in: ['c1', 'c2'] } } })).toBe(0);
  });

  it('refuses rows whose columns differ, and names that are not plain identifiers', async () => {
    await expect(
      bulk.insertRows(db, 'User', [person('d1', 'ett'), { ...person('d2', 'ett'), extra: 1 }]),
    ).rejects.toThrow('Alla rader måste ha samma kolumner.');
    await expect(bulk.insertRows(db, 'User"; DROP TABLE "User', [person('d3', 'ett')])).rejects.toThrow(
      'Ogiltigt namn i SQL',
    );
    expect(await db.user.count({ where: { id: { in: ['d1', 'd2', 'd3'] } } })).toBe(0);
  });

  it("finds which addresses other organisations hold, in one statement, and not the organisation's own", async () => {
    const many = Array.from({ length: 3_000 }, (_, i) => `ingen${i}@x.se`);
    const held = await bulk.heldElsewhere(db, {
      table: 'User',
      column: 'email',
      values: [...many, 'a1@x.se', 'b1@x.se'],
      organisationId: 'ett',
    });
    expect([...held]).toEqual(['b1@x.se']);
  });
});
