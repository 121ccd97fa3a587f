// `npm run setup`: everything a fresh clone needs before the portal starts, safe to run again:
// a generated secret in .env.local (git-ignored), the database migrated and the demo data seeded.
import { randomBytes } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { say } from './cli';

const root = path.resolve(import.meta.dirname, '..');
const envFile = path.join(root, '.env.local');

const existing = existsSync(envFile) ? readFileSync(envFile, 'utf8') : '';
if (!process.env.NEXTAUTH_SECRET && !/^NEXTAUTH_SECRET=/m.test(existing)) {
  appendFileSync(
    envFile,
    `${existing && !existing.endsWith('\n') ? '\n' : ''}NEXTAUTH_SECRET=${randomBytes(32).toString('base64url')}\n`,
  );
  say('Skapade en hemlig nyckel i .env.local.');
}

for (const script of ['scripts/migrate.ts', 'prisma/seed.ts']) {
  execFileSync(process.execPath, ['--import', 'tsx', script], { cwd: root, stdio: 'inherit' });
}
