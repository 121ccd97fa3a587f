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

/** A Prisma client for the engine the URL names: postgresql:// → PostgreSQL, otherwise SQLite. */
export function createDb(url: string): Db {
  if (/^postgres(ql)?:\/\//.test(url)) {
    return new PostgresClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as Db;
  }
  const client = new SqliteClient({ adapter: new PrismaBetterSqlite3({ url: sqliteFile(url) }) });
  // SQLite's default page cache is 2 MB. The statistics of a 20,000-person organisation read far
  // more, and fetching the pages again from the OS made that query several times slower (see
  // the README's Benchmark section). The adapter keeps one connection, so this covers every query.
  void client.$executeRawUnsafe(`PRAGMA cache_size = -${SQLITE_CACHE_KIB}`).catch(() => undefined);
  return client;
}
