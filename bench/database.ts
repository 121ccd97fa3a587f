// The bench database: never the demo or test one. SQLite at bench/data/bench.db by default;
// PostgreSQL when BENCH_DATABASE_URL, or DATABASE_URL, is a postgresql:// URL: then a database of
// its own (portal_bench on the same server), created here and emptied on every run.
import path from 'node:path';
import pg from 'pg';

export type BenchDatabase = { url: string; engine: 'sqlite' | 'postgresql'; label: string };

const isPostgres = (url: string) => /^postgres(ql)?:\/\//.test(url);
export const SQLITE_FILE = path.resolve(import.meta.dirname, 'data/bench.db');
const PG_NAME = 'portal_bench';

/** Which database the bench uses, from the environment (pure, so it is tested). */
export function chooseDatabase(env: Record<string, string | undefined>): BenchDatabase {
  const explicit = env.BENCH_DATABASE_URL?.trim();
  if (explicit) {
    if (!isPostgres(explicit)) return { url: explicit, engine: 'sqlite', label: explicit };
    const name = new URL(explicit).pathname.slice(1);
    // The bench empties its database: refuse any name that does not say it is a bench database.
    if (!/bench/i.test(name))
      throw new Error(
        `BENCH_DATABASE_URL pekar på databasen "${name}". Benchmarken tömmer sin databas, så namnet måste innehålla "bench".`,
      );
    return { url: explicit, engine: 'postgresql', label: redact(explicit) };
  }
  const app = env.DATABASE_URL?.trim();
  if (app && isPostgres(app)) {
    const url = new URL(app);
    url.pathname = `/${PG_NAME}`;
    return { url: url.toString(), engine: 'postgresql', label: redact(url.toString()) };
  }
  return { url: `file:${SQLITE_FILE}`, engine: 'sqlite', label: path.relative(process.cwd(), SQLITE_FILE) };
}

function redact(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
}

/** Creates the PostgreSQL database if it does not exist (connecting to the server's postgres database). */
export async function ensurePostgresDatabase(url: string) {
  const target = new URL(url);
  const name = target.pathname.slice(1);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}
