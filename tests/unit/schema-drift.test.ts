// Guards against drift between prisma/schema.prisma and the committed migrations: one database
// is built from the migrations, another from Prisma's own SQL for the schema as it is now
// (`migrate diff --from-empty`), and their tables, columns, indexes and foreign keys must match.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresDriver, sqliteDriver } from '@/lib/migrate/drivers';
import { migrate, readMigrations, type MigrationDriver } from '@/lib/migrate/migrator';
import { sqliteFile } from '@/lib/db-url';
import { migrationDiff } from '@/scripts/migration-diff';
import { createTempDb, engine, type TempDb } from '../support/test-db';

const root = path.resolve(import.meta.dirname, '../..');

const open = (url: string): Promise<MigrationDriver> =>
  engine === 'postgresql' ? postgresDriver(url) : Promise.resolve(sqliteDriver(sqliteFile(url)));

async function describeDb(driver: MigrationDriver): Promise<string[]> {
  if (engine === 'postgresql') {
    const columns = await driver.query<Record<string, string>>(
      `SELECT table_name, column_name, data_type, udt_name, is_nullable, coalesce(column_default, '') AS d
       FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
    );
    const indexes = await driver.query<Record<string, string>>(
      "SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'",
    );
    const fks = await driver.query<Record<string, string>>(
      `SELECT conrelid::regclass::text AS t, pg_get_constraintdef(oid) AS def FROM pg_constraint
       WHERE contype = 'f' AND connamespace = 'public'::regnamespace`,
    );
    return [
      ...columns.map(
        (c) => `col ${c.table_name}.${c.column_name} ${c.data_type}/${c.udt_name} null=${c.is_nullable} default=${c.d}`,
      ),
      ...indexes.map((i) => `idx ${i.indexdef}`),
      ...fks.map((f) => `fk ${f.t} ${f.def}`),
    ].sort();
  }
  const tables = await driver.query<{ name: string }>(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations'",
  );
  const out: string[] = [];
  for (const { name } of tables) {
    for (const c of await driver.query<Record<string, unknown>>(`PRAGMA table_info("${name}")`)) {
      out.push(`col ${name}.${c.name} ${c.type} notnull=${c.notnull} default=${c.dflt_value} pk=${c.pk}`);
    }
    for (const i of await driver.query<Record<string, unknown>>(`PRAGMA index_list("${name}")`)) {
      const cols = (await driver.query<{ name: string }>(`PRAGMA index_info("${i.name}")`)).map((c) => c.name);
      out.push(`idx ${name} ${i.name} unique=${i.unique} (${cols.join(',')})`);
    }
    for (const f of await driver.query<Record<string, unknown>>(`PRAGMA foreign_key_list("${name}")`)) {
      out.push(`fk ${name}.${f.from} -> ${f.table}.${f.to} delete=${f.on_delete} update=${f.on_update}`);
    }
  }
  return out.sort();
}

describe(`schema and migrations agree (${engine})`, () => {
  let fromMigrations: TempDb;
  let fromSchema: TempDb;

  beforeAll(async () => {
    fromMigrations = await createTempDb();
    fromSchema = await createTempDb();
  });
  afterAll(async () => {
    await fromMigrations.drop();
    await fromSchema.drop();
  });

  it('builds the same database from the migrations as from schema.prisma', async () => {
    const a = await open(fromMigrations.url);
    await migrate(a, readMigrations(path.join(root, 'prisma/migrations', engine)));
    const viaMigrations = await describeDb(a);
    await a.close();

    const schema = readFileSync(path.join(root, 'prisma/schema.prisma'), 'utf8');
    const b = await open(fromSchema.url);
    await b.exec(migrationDiff({ engine, from: null, to: schema }));
    const viaSchema = await describeDb(b);
    await b.close();

    expect(viaMigrations.length).toBeGreaterThan(20);
    expect(viaMigrations).toEqual(viaSchema);
  });
});
