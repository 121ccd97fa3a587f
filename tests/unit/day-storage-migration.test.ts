import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, daysBetween, endOfStockholmDay } from '@/lib/dates';
import { createDb, type Db } from '@/lib/db-factory';
import { sqliteFile } from '@/lib/db-url';
import { postgresDriver, sqliteDriver } from '@/lib/migrate/drivers';
import { migrate, readMigrations, type MigrationDriver } from '@/lib/migrate/migrator';
import { createTempDb, engine, type TempDb } from '../support/test-db';

// Checklist due days and the Charter signing day used to be stored as 00:00 UTC; the migration
// moves them to the last millisecond of the day in Stockholm. SQLite has no time zone data, so
// its SQL writes out the summer-time rule: two whole years of days check it against Intl.
const MIGRATION = '20261201230000_days_as_end_of_stockholm_day';
const migrations = readMigrations(path.join(process.cwd(), 'prisma', 'migrations', engine));

const days = Array.from({ length: daysBetween('2026-01-01', '2027-12-31') + 1 }, (_, i) => addDays('2026-01-01', i));
const oldWay = (day: string) => new Date(`${day}T00:00:00.000Z`);

const open = (url: string): Promise<MigrationDriver> =>
  engine === 'postgresql' ? postgresDriver(url) : Promise.resolve(sqliteDriver(sqliteFile(url)));

async function migrateUpTo(url: string, last: string) {
  const driver = await open(url);
  try {
    return await migrate(
      driver,
      migrations.filter((m) => m.name <= last),
    );
  } finally {
    await driver.close();
  }
}

describe(`storing days as the end of the Stockholm day: migration (${engine})`, () => {
  let temp: TempDb;
  let db: Db;
  let checklistId: string;
  const alreadyNew = endOfStockholmDay('2026-06-10');

  beforeAll(async () => {
    temp = await createTempDb();
    const before = migrations.filter((m) => m.name < MIGRATION).at(-1)!.name;
    await migrateUpTo(temp.url, before);
    db = createDb(temp.url);
    // Written with SQL: the client knows columns that later migrations add. Times as the client
    // stores them (SQLite: ISO text with "+00:00").
    const time = (d: Date) => (engine === 'sqlite' ? d.toISOString().replace('Z', '+00:00') : d);
    const now = time(new Date());
    const org = { id: 'org-a' };
    await db.$executeRaw`INSERT INTO "Organisation" (id, slug, name, kind, "cemrSignedAt", "createdAt", "updatedAt")
      VALUES (${org.id}, 'a', 'A kommun', 'KOMMUN', ${time(oldWay('2025-03-30'))}, ${now}, ${now})`;
    await db.$executeRaw`INSERT INTO "Organisation" (id, slug, name, kind, "createdAt", "updatedAt")
      VALUES ('org-b', 'b', 'B kommun', 'KOMMUN', ${now}, ${now})`;
    const template = { id: 'template-k' };
    await db.$executeRaw`INSERT INTO "ChecklistTemplate" (id, "organisationId", key, article, title, summary, "createdAt", "updatedAt")
      VALUES (${template.id}, ${org.id}, 'k', 1, 'T', 'S', ${now}, ${now})`;
    ({ id: checklistId } = await db.orgChecklist.create({
      data: { organisationId: org.id, templateId: template.id, title: 'T' },
    }));
    await db.checklistItemStatus.createMany({
      data: [
        ...days.map((day) => ({ checklistId, itemKey: day, dueAt: oldWay(day) })),
        { checklistId, itemKey: 'new', dueAt: alreadyNew },
        { checklistId, itemKey: 'none', dueAt: null },
      ],
    });
    await db.$disconnect();
    expect((await migrateUpTo(temp.url, MIGRATION)).applied).toEqual([MIGRATION]);
    db = createDb(temp.url);
  });

  afterAll(async () => {
    await db.$disconnect();
    await temp.drop();
  });

  it('moves every checklist due day of two years, clock changes included, to the end of that day', async () => {
    const rows = await db.checklistItemStatus.findMany({
      where: { checklistId },
      select: { itemKey: true, dueAt: true },
    });
    const stored = new Map(rows.map((r) => [r.itemKey, r.dueAt?.toISOString() ?? null]));
    const wrong = days.filter((day) => stored.get(day) !== endOfStockholmDay(day).toISOString());
    expect(wrong).toEqual([]);
    expect(stored.get('2026-03-29')).toBe('2026-03-29T21:59:59.999Z');
    expect(stored.get('2026-10-25')).toBe('2026-10-25T22:59:59.999Z');
  });

  it('leaves days already stored the new way, and empty ones, as they were', async () => {
    const rows = await db.checklistItemStatus.findMany({
      where: { checklistId, itemKey: { in: ['new', 'none'] } },
      select: { itemKey: true, dueAt: true },
      orderBy: { itemKey: 'asc' },
    });
    expect(rows).toEqual([
      { itemKey: 'new', dueAt: alreadyNew },
      { itemKey: 'none', dueAt: null },
    ]);
  });

  it("moves the organisation's signing day too", async () => {
    const orgs = await db.organisation.findMany({
      select: { slug: true, cemrSignedAt: true },
      orderBy: { slug: 'asc' },
    });
    expect(orgs).toEqual([
      { slug: 'a', cemrSignedAt: new Date('2025-03-30T21:59:59.999Z') },
      { slug: 'b', cemrSignedAt: null },
    ]);
  });
});
