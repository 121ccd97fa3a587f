import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { postgresDriver, sqliteDriver } from '@/lib/migrate/drivers';
import { checksum, migrate, readMigrations, type MigrationDriver } from '@/lib/migrate/migrator';
import { sqliteFile } from '@/lib/db-url';
import { createTempDb, engine, type TempDb } from '../support/test-db';

function migrationsDir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'migrations-'));
  for (const [name, sql] of Object.entries(files)) {
    mkdirSync(path.join(dir, name));
    writeFileSync(path.join(dir, name, 'migration.sql'), sql);
  }
  return dir;
}

const open = (url: string): Promise<MigrationDriver> =>
  engine === 'postgresql' ? postgresDriver(url) : Promise.resolve(sqliteDriver(sqliteFile(url)));

async function tables(driver: MigrationDriver): Promise<string[]> {
  const sql =
    engine === 'postgresql'
      ? "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1"
      : "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY 1";
  return (await driver.query<{ name: string }>(sql)).map((r) => r.name);
}

describe(`migrator (${engine})`, () => {
  let temp: TempDb;
  let driver: MigrationDriver;

  beforeEach(async () => {
    temp = await createTempDb();
    driver = await open(temp.url);
  });
  afterEach(async () => {
    await driver.close();
    await temp.drop();
  });

  it('applies migrations in name order and records them like Prisma does', async () => {
    const dir = migrationsDir({
      '20240102000000_second': 'ALTER TABLE "A" ADD COLUMN "b" TEXT;',
      '20240101000000_first': 'CREATE TABLE "A" ("id" INTEGER PRIMARY KEY);',
    });
    const result = await migrate(driver, readMigrations(dir));
    expect(result.applied).toEqual(['20240101000000_first', '20240102000000_second']);
    const rows = await driver.query<{ migration_name: string; checksum: string; applied_steps_count: number }>(
      'SELECT migration_name, checksum, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name',
    );
    expect(rows.map((r) => r.migration_name)).toEqual(result.applied);
    expect(rows[0]!.checksum).toBe(checksum('CREATE TABLE "A" ("id" INTEGER PRIMARY KEY);'));
    expect(Number(rows[0]!.applied_steps_count)).toBe(1);
  });

  it('skips migrations that are already applied', async () => {
    const dir = migrationsDir({ '20240101000000_first': 'CREATE TABLE "A" ("id" INTEGER PRIMARY KEY);' });
    await migrate(driver, readMigrations(dir));
    const again = await migrate(driver, readMigrations(dir));
    expect(again).toEqual({ applied: [], skipped: ['20240101000000_first'] });
  });

  it('stops on a bad migration without applying any part of it, and keeps earlier ones', async () => {
    const dir = migrationsDir({
      '20240101000000_good': 'CREATE TABLE "A" ("id" INTEGER PRIMARY KEY);',
      '20240102000000_bad': 'CREATE TABLE "B" ("id" INTEGER PRIMARY KEY);\nTHIS IS NOT SQL;',
      '20240103000000_later': 'CREATE TABLE "C" ("id" INTEGER PRIMARY KEY);',
    });
    await expect(migrate(driver, readMigrations(dir))).rejects.toThrow(/20240102000000_bad kunde inte köras/);
    const names = await tables(driver);
    expect(names).toContain('A');
    expect(names).not.toContain('B');
    expect(names).not.toContain('C');
    const recorded = await driver.query<{ migration_name: string }>('SELECT migration_name FROM "_prisma_migrations"');
    expect(recorded.map((r) => r.migration_name)).toEqual(['20240101000000_good']);
  });

  it('refuses a migration that was changed after it was applied', async () => {
    const dir = migrationsDir({ '20240101000000_first': 'CREATE TABLE "A" ("id" INTEGER PRIMARY KEY);' });
    await migrate(driver, readMigrations(dir));
    writeFileSync(
      path.join(dir, '20240101000000_first', 'migration.sql'),
      'CREATE TABLE "A2" ("id" INTEGER PRIMARY KEY);',
    );
    await expect(migrate(driver, readMigrations(dir))).rejects.toThrow(/har ändrats efter att den kördes/);
  });
  it('rebuilds a table (as Prisma does to change a column on SQLite) without losing the rows that refer to it', async () => {
    const dir = migrationsDir({
      '20240101000000_first': `CREATE TABLE "P" ("id" TEXT PRIMARY KEY, "email" TEXT NOT NULL);
        CREATE TABLE "C" ("id" TEXT PRIMARY KEY, "pId" TEXT NOT NULL REFERENCES "P"("id") ON DELETE CASCADE);
        INSERT INTO "P" VALUES ('p1', 'a@b.se'); INSERT INTO "C" VALUES ('c1', 'p1');`,
      '20240102000000_rebuild':
        engine === 'sqlite'
          ? `PRAGMA defer_foreign_keys=ON; PRAGMA foreign_keys=OFF;
             CREATE TABLE "new_P" ("id" TEXT PRIMARY KEY, "email" TEXT);
             INSERT INTO "new_P" SELECT "id", "email" FROM "P"; DROP TABLE "P";
             ALTER TABLE "new_P" RENAME TO "P"; PRAGMA foreign_keys=ON; PRAGMA defer_foreign_keys=OFF;`
          : 'ALTER TABLE "P" ALTER COLUMN "email" DROP NOT NULL;',
    });
    await migrate(driver, readMigrations(dir));
    expect(await driver.query('SELECT "id", "pId" FROM "C"')).toEqual([{ id: 'c1', pId: 'p1' }]);
    await driver.exec(`INSERT INTO "P" VALUES ('p2', NULL)`);
    // Foreign keys are on again afterwards: a row pointing nowhere is refused.
    await expect(driver.exec(`INSERT INTO "C" VALUES ('c2', 'nobody')`)).rejects.toThrow();
  });
});
