// The migrator's connections: the same drivers the Prisma adapters use (better-sqlite3, pg).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import type { MigrationDriver } from './migrator';

export function sqliteDriver(file: string): MigrationDriver {
  if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const conn = new Database(file);
  conn.pragma('journal_mode = WAL');
  conn.pragma('foreign_keys = ON');
  return {
    engine: 'sqlite',
    exec: async (sql) => void conn.exec(sql),
    query: async <T>(sql: string, params: unknown[] = []) => {
      const stmt = conn.prepare(sql);
      return (stmt.reader ? stmt.all(...params) : (stmt.run(...params), [])) as T[];
    },
    transaction: async (fn, options) => {
      // Only outside a transaction does this pragma take effect.
      if (options?.rebuildsTables) conn.pragma('foreign_keys = OFF');
      conn.exec('BEGIN');
      try {
        await fn();
        const broken = options?.rebuildsTables ? conn.pragma('foreign_key_check') : [];
        if (Array.isArray(broken) && broken.length > 0) {
          throw new Error(`${broken.length} rader pekar på rader som inte finns efter ombyggnaden.`);
        }
        conn.exec('COMMIT');
      } catch (error) {
        conn.exec('ROLLBACK');
        throw error;
      } finally {
        if (options?.rebuildsTables) conn.pragma('foreign_keys = ON');
      }
    },
    close: async () => void conn.close(),
  };
}

export async function postgresDriver(connectionString: string): Promise<MigrationDriver> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  return {
    engine: 'postgresql',
    exec: async (sql) => void (await client.query(sql)),
    query: async <T>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as T[],
    transaction: async (fn) => {
      await client.query('BEGIN');
      try {
        await fn();
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    },
    close: () => client.end(),
  };
}
