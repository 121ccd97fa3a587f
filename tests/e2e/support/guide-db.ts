import { sqliteFile } from '../../../lib/db-url';
import { postgresDriver, sqliteDriver } from '../../../lib/migrate/drivers';

// Guidance rows in the end-to-end database, read with the plain drivers (see support/db.ts).
const url = process.env.TEST_DATABASE_URL || 'file:./data/e2e.db';
const isPg = /^postgres/.test(url);

async function query<T>(sql: string, params: unknown[]): Promise<T[]> {
  const db = isPg ? await postgresDriver(url) : sqliteDriver(sqliteFile(url));
  try {
    // The drivers take $1-style parameters on PostgreSQL and ? on SQLite.
    return await db.query<T>(isPg ? sql : sql.replace(/\$\d+/g, '?'), params);
  } finally {
    await db.close();
  }
}

export async function guidePageId(slug: string): Promise<string> {
  const rows = await query<{ id: string }>('SELECT id FROM "GuidePage" WHERE slug = $1', [slug]);
  if (!rows[0]) throw new Error(`No guidance page ${slug} in the e2e database`);
  return rows[0].id;
}

export async function revisionBodies(slug: string): Promise<string[]> {
  const rows = await query<{ body: string }>(
    'SELECT r.body FROM "GuideRevision" r JOIN "GuidePage" p ON p.id = r."pageId" WHERE p.slug = $1 ORDER BY r.number',
    [slug],
  );
  return rows.map((r) => r.body);
}

export async function auditActions(slug: string): Promise<string[]> {
  const rows = await query<{ action: string }>(
    `SELECT a.action FROM "AuditEvent" a WHERE a."entityType" = 'GuidePage' AND (a.after LIKE $1 OR a.before LIKE $2) ORDER BY a."createdAt"`,
    [`%"slug":"${slug}"%`, `%"slug":"${slug}"%`],
  );
  return rows.map((r) => r.action);
}
