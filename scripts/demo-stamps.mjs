// What `npm run demo` compares to skip work that is already done: the install depends on the
// lock files, the build on the sources. Plain Node (no packages), because it runs before the
// install. Each is a sha256 over file names and contents, so a checkout that only touches file
// times changes nothing, and any real change (or a file added or removed) does.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Files and folders the production build reads; tests, benchmarks and tools are not among them. */
export const BUILD_INPUTS = [
  'app',
  'components',
  'content',
  'lib',
  'prisma',
  'public',
  'types',
  '.env.local',
  'instrumentation.ts',
  'next.config.js',
  'package-lock.json',
  'postcss.config.mjs',
  'prisma.config.ts',
  'proxy.ts',
  'tsconfig.json',
];

// Generated from prisma/schema.prisma (already an input); rebuilt on every install.
const SKIPPED = new Set(['lib/generated', 'prisma/generated']);

function hashTree(root, entries) {
  const hash = createHash('sha256');
  const add = (rel) => {
    if (SKIPPED.has(rel)) return;
    const full = path.join(root, rel);
    if (!existsSync(full)) return;
    if (statSync(full).isDirectory()) {
      for (const name of readdirSync(full).sort()) add(path.posix.join(rel, name));
      return;
    }
    hash.update(`${rel}\0`).update(readFileSync(full)).update('\0');
  };
  for (const entry of entries) add(entry);
  return hash.digest('hex');
}

export const installStamp = (root) => hashTree(root, ['package-lock.json', 'tools/migration-author/package-lock.json']);

export const buildStamp = (root) => hashTree(root, BUILD_INPUTS);
