// Applies Prisma-layout migrations (prisma/migrations/<engine>/<timestamp>_<name>/migration.sql)
// through the app's own driver, and records each one in Prisma's `_prisma_migrations` table with
// the same columns and a sha256 checksum, so `prisma migrate deploy/status` can take over on a
// machine where Prisma's schema engine is available. Each migration runs in one transaction:
// a failing one leaves nothing half-applied and stops the run.
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export type Migration = { name: string; sql: string; checksum: string };

export type MigrationDriver = {
  engine: 'sqlite' | 'postgresql';
  /** Runs statements that return nothing (several allowed). */
  exec(sql: string): Promise<void>;
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
  /**
   * Runs fn inside BEGIN/COMMIT, rolling back if it throws. `rebuildsTables`: SQLite's foreign
   * keys are off during it (and checked before the commit), as a table rebuild needs.
   */
  transaction(fn: () => Promise<void>, options?: { rebuildsTables?: boolean }): Promise<void>;
  close(): Promise<void>;
};

export type MigrateResult = { applied: string[]; skipped: string[] };

const TABLE_DDL = {
  sqlite: `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id" TEXT PRIMARY KEY NOT NULL, "checksum" TEXT NOT NULL, "finished_at" DATETIME,
    "migration_name" TEXT NOT NULL, "logs" TEXT, "rolled_back_at" DATETIME,
    "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0)`,
  postgresql: `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ,
    "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ,
    "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`,
} as const;

export function checksum(sql: string): string {
  return createHash('sha256').update(sql).digest('hex');
}

export function readMigrations(dir: string): Migration[] {
  if (!existsSync(dir)) throw new Error(`Migrationsmappen finns inte: ${dir}`);
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: checksum(sql) };
    });
}

type Row = { migration_name: string; checksum: string; finished_at: unknown; rolled_back_at: unknown };

export async function migrate(driver: MigrationDriver, migrations: Migration[]): Promise<MigrateResult> {
  await driver.exec(TABLE_DDL[driver.engine]);
  const rows = await driver.query<Row>(
    'SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"',
  );
  const done = new Map(rows.filter((r) => r.finished_at && !r.rolled_back_at).map((r) => [r.migration_name, r]));
  const failed = rows.find((r) => !r.finished_at && !r.rolled_back_at);
  if (failed) {
    throw new Error(`Migreringen ${failed.migration_name} misslyckades tidigare och måste åtgärdas för hand.`);
  }
  const result: MigrateResult = { applied: [], skipped: [] };
  for (const migration of migrations) {
    const previous = done.get(migration.name);
    if (previous) {
      if (previous.checksum !== migration.checksum) {
        throw new Error(
          `Migreringen ${migration.name} har ändrats efter att den kördes. Skapa en ny migrering i stället.`,
        );
      }
      result.skipped.push(migration.name);
      continue;
    }
    await applyOne(driver, migration);
    result.applied.push(migration.name);
  }
  return result;
}

async function applyOne(driver: MigrationDriver, migration: Migration) {
  const placeholders = driver.engine === 'postgresql' ? '$1, $2, $3, $4, $5' : '?, ?, ?, ?, ?';
  const now = new Date().toISOString();
  try {
    await driver.transaction(
      async () => {
        await driver.exec(migration.sql);
        await driver.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
           VALUES (${placeholders}, 1)`,
          [randomUUID(), migration.checksum, migration.name, now, new Date().toISOString()],
        );
      },
      // Prisma rebuilds a SQLite table (to change a column) with foreign keys turned off in the
      // script; inside a transaction that pragma does nothing, and dropping the old table would
      // cascade into every table that refers to it.
      { rebuildsTables: /PRAGMA\s+foreign_keys\s*=\s*OFF/i.test(migration.sql) },
    );
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Migreringen ${migration.name} kunde inte köras och inget av den sparades: ${reason}`);
  }
}
