// `npm run db:new-migration -- <name>`: writes the SQL for the change from the schema of the last
// migration (prisma/migrations/schema.last.prisma) to prisma/schema.prisma, for both engines, in
// Prisma's layout. Review the SQL, then `npm run db:migrate` applies it.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fail, say } from './cli';
import { migrationDiff, type Engine } from './migration-diff';

const root = path.resolve(import.meta.dirname, '..');
const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  fail('Ange ett namn med a–z, 0–9 och _: npm run db:new-migration -- add_courses');
}
const schemaFile = path.join(root, 'prisma/schema.prisma');
const lastFile = path.join(root, 'prisma/migrations/schema.last.prisma');
const current = readFileSync(schemaFile, 'utf8');
const last = existsSync(lastFile) ? readFileSync(lastFile, 'utf8') : null;
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);

let wrote = 0;
for (const engine of ['sqlite', 'postgresql'] as Engine[]) {
  const sql = migrationDiff({ engine, from: last, to: current });
  if (!/^(CREATE|ALTER|DROP|INSERT|PRAGMA)/m.test(sql)) continue;
  const dir = path.join(root, 'prisma/migrations', engine, `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'migration.sql'), sql);
  say(`Skrev ${path.relative(root, dir)}/migration.sql`);
  wrote += 1;
}
if (wrote === 0) {
  say('Schemat är oförändrat sedan senaste migreringen: inget att skriva.');
} else {
  copyFileSync(schemaFile, lastFile);
}
