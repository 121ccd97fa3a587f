import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient as SqliteClient } from './generated/sqlite/client';
import { PrismaClient as PostgresClient } from './generated/postgresql/client';
import { sqliteFile } from './db-url';

// Both generated clients come from the same schema and share one API; the SQLite type stands
// for both in the code.
export type Db = SqliteClient;

/** SQLite page cache per connection (64 MiB; pages are only taken when read). */
export const SQLITE_CACHE_KIB = 65_536;

const SQLITE_OPTIMIZE_EVERY_MS = 6 * 60 * 60 * 1000;

/** A Prisma client for the engine the URL names: postgresql:// → PostgreSQL, otherwise SQLite. */
export function createDb(url: string): Db {
  if (/^postgres(ql)?:\/\//.test(url)) {
    return new PostgresClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as Db;
  }
  // A missing file is an error, not a new empty database that every page then fails on: only the
  // migrator (npm run setup, db:migrate) creates it.
  const adapter = new PrismaBetterSqlite3({ url: sqliteFile(url), fileMustExist: true });
  const client = new SqliteClient({ adapter });
  // SQLite's default page cache is 2 MB. The statistics of a 20,000-person organisation read far
  // more, and fetching the pages again from the OS made that query several times slower (see
  // the README's Benchmark section). The adapter keeps one connection, so this covers every query.
  void client.$executeRawUnsafe(`PRAGMA cache_size = -${SQLITE_CACHE_KIB}`).catch(() => undefined);
  // The database is in WAL mode (lib/migrate); there SQLite's own advice is synchronous=NORMAL:
  // no corruption on a crash, and a commit waits for no disk flush (a power cut may lose the
  // last commits before a checkpoint, not the database).
  void client.$executeRawUnsafe('PRAGMA synchronous = NORMAL').catch(() => undefined);
  // Without table statistics SQLite guessed that "organisation and active" narrows people better
  // than "organisation and unit", and read all 20,000 people for a team of 500. SQLite's advice for
  // long-lived connections: optimize when opening (it analyses what needs it), then now and then.
  const optimize = () =>
    client
      .$queryRawUnsafe('PRAGMA analysis_limit = 1000')
      .then(() => client.$executeRawUnsafe('PRAGMA optimize = 0x10002'));
  void optimize().catch(() => undefined);
  setInterval(() => void optimize().catch(() => undefined), SQLITE_OPTIMIZE_EVERY_MS).unref();
  return client;
}
