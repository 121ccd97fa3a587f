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
  const rows = await withDb((db) =>
    db.query<{ id: string }>(`SELECT id FROM "User" WHERE email = ${param(1)}`, [email]),
  );
  if (!rows[0]) throw new Error(`No user ${email} in the e2e database`);
  return rows[0].id;
}

export async function count(sql: string, params: unknown[]): Promise<number> {
  const rows = await withDb((db) =>
    db.query<{ n: number | string }>(
      sql.replace(
        /\?/g,
        (() => {
          let i = 0;
          return () => param(++i);
        })(),
      ),
      params,
    ),
  );
  return Number(rows[0]?.n ?? 0);
}

export type UserRow = {
  id: string;
  name: string;
  active: boolean;
  role: string;
  unitName: string | null;
  organisationSlug: string;
};

/** A person as the database has them now (null if there is no such address). */
export async function findUser(email: string): Promise<UserRow | null> {
  const rows = await withDb((db) =>
    db.query<{
      id: string;
      name: string;
      active: boolean | number;
      role: string;
      unitName: string | null;
      organisationSlug: string;
    }>(
      `SELECT u.id, u.name, u.active, u.role, ou.name AS "unitName", o.slug AS "organisationSlug"
       FROM "User" u JOIN "Organisation" o ON o.id = u."organisationId" LEFT JOIN "OrgUnit" ou ON ou.id = u."unitId"
       WHERE u.email = ${param(1)}`,
      [email],
    ),
  );
  const row = rows[0];
  return row ? { ...row, active: Boolean(row.active) } : null;
}

/** The id of a unit by name within an organisation (by slug). */
export async function unitId(name: string, organisationSlug = 'sjostad'): Promise<string> {
  const rows = await withDb((db) =>
    db.query<{ id: string }>(
      `SELECT ou.id FROM "OrgUnit" ou JOIN "Organisation" o ON o.id = ou."organisationId" WHERE ou.name = ${param(1)} AND o.slug = ${param(2)}`,
      [name, organisationSlug],
    ),
  );
  if (!rows[0]) throw new Error(`No unit ${name} in ${organisationSlug}`);
  return rows[0].id;
}

/** How many audit events of an action exist (to see that a refused request recorded nothing). */
export async function countAudit(action: string): Promise<number> {
  const rows = await withDb((db) =>
    db.query<{ n: number | string }>(`SELECT COUNT(*) AS n FROM "AuditEvent" WHERE action = ${param(1)}`, [action]),
  );
  return Number(rows[0]?.n ?? 0);
}

export async function organisationName(slug: string): Promise<string> {
  const rows = await withDb((db) =>
    db.query<{ name: string }>(`SELECT name FROM "Organisation" WHERE slug = ${param(1)}`, [slug]),
  );
  return rows[0]?.name ?? '';
}
