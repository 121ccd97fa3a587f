// Throw-away databases for unit tests, on the engine the suite runs on: SQLite by default,
// PostgreSQL when TEST_DATABASE_URL is a postgresql:// URL (as in the second CI run).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';

export type Engine = 'sqlite' | 'postgresql';

const base = process.env.TEST_DATABASE_URL ?? '';
export const engine: Engine = /^postgres(ql)?:\/\//.test(base) ? 'postgresql' : 'sqlite';

export type TempDb = { url: string; drop: () => Promise<void> };

export async function createTempDb(): Promise<TempDb> {
  if (engine === 'sqlite') {
    const dir = mkdtempSync(path.join(tmpdir(), 'portal-test-'));
    return {
      url: `file:${path.join(dir, 'test.db')}`,
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `portal_unit_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/**
 * A throw-away database with every migration applied. Its URL is put in DATABASE_URL before the
 * migrator (and lib/env with it) is first imported, so the data layer imported afterwards uses it.
 */
export async function createMigratedDb(): Promise<TempDb> {
  const temp = await createTempDb();
  process.env.DATABASE_URL = temp.url;
  const { runMigrations } = await import('@/scripts/migrate');
  await runMigrations({ url: temp.url });
  return temp;
}
