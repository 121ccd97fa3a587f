// Runs Prisma 6.19's `migrate diff` (tools/migration-author) to get the SQL that turns one
// datamodel into another, for either engine. Used to author migrations and by the drift test.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { toPostgresSchema } from './prisma-generate';

export type Engine = 'sqlite' | 'postgresql';

const root = path.resolve(import.meta.dirname, '..');
const toolDir = path.join(root, 'tools/migration-author');

/** The datamodel as Prisma 6 wants it: the engine's provider and a (never used) url. */
export function schemaForEngine(schema: string, engine: Engine): string {
  const forEngine = engine === 'postgresql' ? toPostgresSchema(schema) : schema;
  const url = engine === 'postgresql' ? 'postgresql://unused' : 'file:./unused.db';
  return forEngine.replace(/(datasource db \{\s*provider\s*=\s*"\w+")/, `$1\n  url      = "${url}"`);
}

export function migrationDiff({ engine, from, to }: { engine: Engine; from: string | null; to: string }): string {
  const bin = path.join(toolDir, 'node_modules/.bin/prisma');
  if (!existsSync(bin)) {
    throw new Error('tools/migration-author is not installed: run `npm ci --prefix tools/migration-author`.');
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'migration-diff-'));
  try {
    const toFile = path.join(dir, 'to.prisma');
    writeFileSync(toFile, schemaForEngine(to, engine));
    const fromArgs = ['--from-empty'];
    if (from !== null) {
      const fromFile = path.join(dir, 'from.prisma');
      writeFileSync(fromFile, schemaForEngine(from, engine));
      fromArgs.splice(0, 1, '--from-schema-datamodel', fromFile);
    }
    return execFileSync(bin, ['migrate', 'diff', ...fromArgs, '--to-schema-datamodel', toFile, '--script'], {
      cwd: toolDir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? '/bin/true',
        PRISMA_QUERY_ENGINE_LIBRARY: process.env.PRISMA_QUERY_ENGINE_LIBRARY ?? '/bin/true',
        PRISMA_HIDE_UPDATE_MESSAGE: '1',
      },
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
