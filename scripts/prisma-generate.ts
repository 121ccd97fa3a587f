// Generates the Prisma client for both engines from the one schema (prisma/schema.prisma).
// Prisma 7's client is compiled for one provider, so PostgreSQL gets a derived schema with the
// provider and output swapped. The CLI never runs the schema engine for `generate`, but it tries
// to download it first; pointing PRISMA_SCHEMA_ENGINE_BINARY at any executable avoids that
// offline, and an online machine may set the variable to a real engine instead.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const source = readFileSync(path.join(root, 'prisma/schema.prisma'), 'utf8');

export function toPostgresSchema(schema: string): string {
  const swapped = schema
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
    .replace('output       = "../lib/generated/sqlite"', 'output       = "../../lib/generated/postgresql"');
  if (swapped === schema || !swapped.includes('generated/postgresql')) {
    throw new Error('prisma/schema.prisma: could not derive the PostgreSQL schema (provider or output line changed?)');
  }
  return `// GENERATED from prisma/schema.prisma by scripts/prisma-generate.ts: do not edit.\n${swapped}`;
}

function generate(schemaPath: string) {
  execFileSync('npx', ['prisma', 'generate', '--schema', schemaPath], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? '/bin/true',
      PRISMA_HIDE_UPDATE_MESSAGE: '1',
    },
  });
}

if (process.argv[1] === import.meta.filename) {
  const pgDir = path.join(root, 'prisma/generated');
  mkdirSync(pgDir, { recursive: true });
  const pgSchema = path.join(pgDir, 'schema.postgresql.prisma');
  writeFileSync(pgSchema, toPostgresSchema(source));
  generate('prisma/schema.prisma');
  generate(path.relative(root, pgSchema));
}
