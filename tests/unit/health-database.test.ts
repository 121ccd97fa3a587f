// The readiness check (/api/halsa/databas) once answered "ok" for a read-only database and for a
// missing SQLite file (which the driver then created empty), while every page failed. It must
// refuse, in Swedish, whatever would make the pages fail: no file, no tables, an old schema, no
// writes. And the app must not create a missing SQLite file.
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createDb, type Db } from '@/lib/db-factory';
import { sqliteFile } from '@/lib/db-url';
import { PrismaClient as SqliteClient } from '@/lib/generated/sqlite/client';
import { postgresDriver, sqliteDriver } from '@/lib/migrate/drivers';
import { migrate, readMigrations } from '@/lib/migrate/migrator';
import { runMigrations } from '../../scripts/migrate';
import { createTempDb, engine, type TempDb } from '../support/test-db';

type Health = typeof import('@/lib/data/health');
let health: Health;
const temps: TempDb[] = [];
const clients: Db[] = [];

async function database(migrated: 'all' | 'all but the last' | 'none') {
  const temp = await createTempDb();
  temps.push(temp);
  if (migrated === 'all') await runMigrations({ url: temp.url });
  if (migrated === 'all but the last') {
    const driver = engine === 'postgresql' ? await postgresDriver(temp.url) : sqliteDriver(sqliteFile(temp.url));
    await migrate(driver, readMigrations(path.join(process.cwd(), 'prisma', 'migrations', engine)).slice(0, -1));
    await driver.close();
  }
  // An empty SQLite file is an empty database: there, but without the portal's tables.
  if (migrated === 'none' && engine === 'sqlite') writeFileSync(sqliteFile(temp.url), '');
  return temp.url;
}

const client = (db: Db) => (clients.push(db), db);
const check = (url: string, db: Db = client(createDb(url))) => health.checkDatabase({ db, url });

beforeAll(async () => {
  const url = await database('all');
  vi.resetModules();
  vi.stubEnv('DATABASE_URL', url);
  health = await import('@/lib/data/health');
});

afterAll(async () => {
  for (const db of clients) await db.$disconnect().catch(() => undefined);
  for (const temp of temps) await temp.drop();
  vi.unstubAllEnvs();
});

describe(`the readiness check (${engine})`, () => {
  it('is ok for a migrated database that takes writes, and leaves it as it was', async () => {
    const url = await database('all');
    const db = client(createDb(url));
    const before = await db.$queryRaw`SELECT "migration_name", "checksum" FROM "_prisma_migrations" ORDER BY 1`;
    expect(await check(url, db)).toEqual({ ok: true });
    expect(await db.$queryRaw`SELECT "migration_name", "checksum" FROM "_prisma_migrations" ORDER BY 1`).toEqual(
      before,
    );
    expect(await health.databaseHealth()).toEqual({ ok: true });
  });

  it('refuses a database without the portal’s tables', async () => {
    expect(await check(await database('none'))).toEqual({ ok: false, reason: health.HEALTH_REASONS.noTables });
  });

  it('refuses a database that lacks the latest migration', async () => {
    expect(await check(await database('all but the last'))).toEqual({
      ok: false,
      reason: health.HEALTH_REASONS.behind,
    });
  });

  it('refuses a database that only reads', async () => {
    const url = await database('all');
    const db = client(createDb(url));
    if (engine === 'postgresql') {
      // New connections of this database start read-only (as on a standby or a full disk's safeguard).
      await db.$executeRawUnsafe(
        `ALTER DATABASE "${new URL(url).pathname.slice(1)}" SET default_transaction_read_only = on`,
      );
      await db.$disconnect();
    } else {
      // Tests may run as root, where chmod 0444 does not stop writes: query_only does.
      await db.$executeRawUnsafe('PRAGMA query_only = 1');
    }
    const readOnly = { ok: false, reason: health.HEALTH_REASONS.readOnly };
    expect(await check(url, engine === 'postgresql' ? client(createDb(url)) : db)).toEqual(readOnly);
    if (engine === 'sqlite') {
      const opened = client(
        new SqliteClient({ adapter: new PrismaBetterSqlite3({ url: sqliteFile(url), readonly: true }) }),
      );
      expect(await check(url, opened)).toEqual(readOnly);
    }
  });

  it('refuses a missing database, and the app does not create it', async () => {
    const temp = await createTempDb();
    temps.push(temp);
    if (engine === 'sqlite') {
      const url = `file:${path.join(path.dirname(sqliteFile(temp.url)), 'missing.db')}`;
      const db = client(createDb(url));
      expect(await check(url, db)).toEqual({ ok: false, reason: health.HEALTH_REASONS.noFile });
      await expect(db.$queryRaw`SELECT 1`).rejects.toThrow();
      expect(existsSync(sqliteFile(url))).toBe(false);
    } else {
      const url = new URL(temp.url);
      url.pathname = '/portal_unit_missing_database';
      expect(await check(url.toString())).toEqual({ ok: false, reason: health.HEALTH_REASONS.noAnswer });
    }
  });
});
