import { createDb, type Db } from './db-factory';
import { env } from './env';

export type { Db };

// The app's one Prisma client, kept on globalThis so development reloads reuse it.
const globalForDb = globalThis as unknown as { portalDb?: Db };

export const db: Db = globalForDb.portalDb ?? createDb(env.DATABASE_URL);
if (env.NODE_ENV !== 'production') globalForDb.portalDb = db;
