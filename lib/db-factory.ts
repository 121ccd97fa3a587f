import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient as SqliteClient } from './generated/sqlite/client';
import { PrismaClient as PostgresClient } from './generated/postgresql/client';
import { sqliteFile } from './db-url';

// Both generated clients come from the same schema and share one API; the SQLite type stands
// for both in the code.
export type Db = SqliteClient;

/** A Prisma client for the engine the URL names: postgresql:// → PostgreSQL, otherwise SQLite. */
export function createDb(url: string): Db {
  if (/^postgres(ql)?:\/\//.test(url)) {
    return new PostgresClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as Db;
  }
  return new SqliteClient({ adapter: new PrismaBetterSqlite3({ url: sqliteFile(url) }) });
}
