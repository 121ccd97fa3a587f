import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient as SqliteClient } from './generated/sqlite/client';
import { PrismaClient as PostgresClient } from './generated/postgresql/client';
import { databaseEngine, env } from './env';
import { sqliteFile } from './db-url';

// Both generated clients come from the same schema and share one API; the SQLite type stands
// for both in the code.
export type Db = SqliteClient;

export function createDb(url: string = env.DATABASE_URL): Db {
  if (databaseEngine(url) === 'postgresql') {
    const adapter = new PrismaPg({ connectionString: url });
    return new PostgresClient({ adapter }) as unknown as Db;
  }
  const adapter = new PrismaBetterSqlite3({ url: sqliteFile(url) });
  return new SqliteClient({ adapter });
}

const globalForDb = globalThis as unknown as { portalDb?: Db };

export const db: Db = globalForDb.portalDb ?? createDb();
if (env.NODE_ENV !== 'production') globalForDb.portalDb = db;
