import { sqliteFile } from '../../../lib/db-url';
import { postgresDriver, sqliteDriver } from '../../../lib/migrate/drivers';
import type { MigrationDriver } from '../../../lib/migrate/migrator';

// Tests read and prepare the end-to-end database (the one playwright.config.ts gives the server)
// through the plain drivers: Playwright loads specs as CommonJS, which Prisma's generated ESM
// client is not.
const url = process.env.TEST_DATABASE_URL || 'file:./data/e2e.db';
export const isPostgres = /^postgres/.test(url);

export async function withDb<T>(fn: (db: MigrationDriver) => Promise<T>): Promise<T> {
  const db = isPostgres ? await postgresDriver(url) : sqliteDriver(sqliteFile(url));
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

const param = (n: number) => (isPostgres ? `$${n}` : '?');

export async function userId(email: string): Promise<string> {
  const rows = await withDb((db) => db.query<{ id: string }>(`SELECT id FROM "User" WHERE email = ${param(1)}`, [email]));
  if (!rows[0]) throw new Error(`No user ${email} in the e2e database`);
  return rows[0].id;
}

export async function count(sql: string, params: unknown[]): Promise<number> {
  const rows = await withDb((db) => db.query<{ n: number | string }>(sql.replace(/\?/g, (() => { let i = 0; return () => param(++i); })()), params));
  return Number(rows[0]?.n ?? 0);
}
