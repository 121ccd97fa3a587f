import 'server-only';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { db } from '@/lib/db';
import type { Db } from '@/lib/db-factory';
import { sqliteFile } from '@/lib/db-url';
import { databaseEngine, env } from '@/lib/env';
import { log } from '@/lib/log';
import { readMigrations } from '@/lib/migrate/migrator';

// Readiness means every page can work: the database answers, carries the schema this code expects
// and takes writes. "SELECT 1" alone answered yes for a read-only file and for a missing one that
// the driver had just created empty.

export type DatabaseHealth = { ok: true } | { ok: false; reason: string };

const MIGRATE = 'Kör npm run db:migrate.';
export const HEALTH_REASONS = {
  noFile: `Databasfilen finns inte. ${MIGRATE}`,
  noAnswer: 'Databasen svarar inte.',
  noTables: `Databasen saknar portalens tabeller. ${MIGRATE}`,
  behind: `Databasen är inte uppdaterad till den här versionen av portalen. ${MIGRATE}`,
  readOnly: 'Databasen går bara att läsa, inte att skriva till.',
  busy: 'Databasen är upptagen och tog inte emot en skrivning i tid.',
} as const;

const latest = new Map<string, string>();

/**
 * The newest migration in prisma/migrations/<engine>, as the migrator reads them (the files do not
 * change while running); the empty string when the folder was not deployed, so only the table's
 * presence is checked.
 */
function latestMigration(dir: string): string {
  if (!latest.has(dir)) latest.set(dir, existsSync(dir) ? (readMigrations(dir).at(-1)?.name ?? '') : '');
  return latest.get(dir)!;
}

/** Prisma's codes for a transaction that could not start or finish in time, or lost to another write. */
const BUSY_CODES = new Set(['P1008', 'P2028', 'P2034']);

/** Thrown to end the write probe's transaction: what it wrote is rolled back. */
class Rollback extends Error {}

const failed = (reason: string, err?: unknown): DatabaseHealth => {
  log.error({ err }, `Databasen är inte redo: ${reason}`);
  return { ok: false, reason };
};

export async function checkDatabase(options: { db: Db; url: string }): Promise<DatabaseHealth> {
  const engine = databaseEngine(options.url);
  if (engine === 'sqlite' && !existsSync(sqliteFile(options.url))) return failed(HEALTH_REASONS.noFile);
  const expected = latestMigration(path.join(process.cwd(), 'prisma', 'migrations', engine));
  try {
    await options.db.$queryRaw`SELECT 1`;
  } catch (err) {
    return failed(HEALTH_REASONS.noAnswer, err);
  }
  let applied: unknown[];
  try {
    applied = await options.db.$queryRaw`SELECT 1 FROM "_prisma_migrations"
      WHERE ("migration_name" = ${expected} OR ${expected} = '') AND "finished_at" IS NOT NULL
        AND "rolled_back_at" IS NULL`;
  } catch (err) {
    return failed(HEALTH_REASONS.noTables, err);
  }
  if (applied.length === 0) return failed(HEALTH_REASONS.behind);
  try {
    // A real write (the row set to what it is) in a transaction that is always rolled back.
    await options.db.$transaction(
      async (tx) => {
        await tx.$executeRaw`UPDATE "_prisma_migrations" SET "checksum" = "checksum" WHERE "migration_name" = ${expected}`;
        throw new Rollback();
      },
      { maxWait: 5_000, timeout: 5_000 },
    );
  } catch (err) {
    if (err instanceof Rollback) return { ok: true };
    // Another write held the database for the whole wait (timeout, lock, conflict): busy, not read-only.
    const busy = BUSY_CODES.has(String((err as { code?: unknown }).code));
    return failed(busy ? HEALTH_REASONS.busy : HEALTH_REASONS.readOnly, err);
  }
  return { ok: true };
}

/** The app's own database, as the readiness route checks it. */
export const databaseHealth = () => checkDatabase({ db, url: env.DATABASE_URL });
