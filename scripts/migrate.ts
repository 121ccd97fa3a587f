// `npm run db:migrate` applies pending migrations for the engine DATABASE_URL points to;
// `--reset` empties the database first (development and tests only).
import { rmSync } from 'node:fs';
import path from 'node:path';
import { databaseEngine, env } from '../lib/env';
import { sqliteFile } from '../lib/db-url';
import { postgresDriver, sqliteDriver } from '../lib/migrate/drivers';
import { migrate, readMigrations, type MigrationDriver } from '../lib/migrate/migrator';
import { fail, say } from './cli';

export async function openDriver(url: string): Promise<MigrationDriver> {
  return databaseEngine(url) === 'postgresql' ? postgresDriver(url) : sqliteDriver(sqliteFile(url));
}

export async function runMigrations({ url = env.DATABASE_URL, reset = false }: { url?: string; reset?: boolean } = {}) {
  const engine = databaseEngine(url);
  if (reset && engine === 'sqlite') {
    const file = sqliteFile(url);
    for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  }
  const driver = await openDriver(url);
  try {
    if (reset && engine === 'postgresql')
      await driver.exec('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;');
    const dir = path.resolve(import.meta.dirname, '../prisma/migrations', engine);
    return await migrate(driver, readMigrations(dir));
  } finally {
    await driver.close();
  }
}

if (process.argv[1] === import.meta.filename) {
  runMigrations({ reset: process.argv.includes('--reset') })
    .then(({ applied, skipped }) => {
      say(`Migreringar: ${applied.length} körda, ${skipped.length} redan körda.`);
      for (const name of applied) say(`  + ${name}`);
    })
    .catch((error: unknown) => fail(error));
}
