// The production build the bench serves. `next build` takes minutes on a busy 2-core machine, so
// a build made by an earlier bench run is reused while the app's source is unchanged: the bench
// writes a fingerprint of the source (see sourceFingerprint) next to the build, and builds again
// when it differs, when there is no build, or with --build.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const MARKER = path.join(ROOT, '.next/bench-build.json');

function git(args: string[]): string | null {
  const out = spawnSync('git', args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return out.status === 0 ? out.stdout : null;
}

/**
 * A hash of the app's source as it is now (the index's blobs, unstaged changes and untracked
 * files, outside bench/, tests/ and the docs), or null outside a git checkout (then always build).
 * It names content, not the commit, so committing bench results does not force a new build.
 */
export function sourceFingerprint(): string | null {
  const paths = ['.', ':(exclude)bench', ':(exclude)tests', ':(exclude)README.md', ':(exclude)CONTRIBUTING.md'];
  const indexed = git(['ls-files', '--stage', '--', ...paths]);
  const diff = git(['diff', '--', ...paths]);
  const untracked = git(['ls-files', '--others', '--exclude-standard', '--', ...paths]);
  if (indexed === null || diff === null || untracked === null) return null;
  const hash = createHash('sha256').update(indexed).update(diff);
  for (const file of untracked.split('\n').filter(Boolean).sort())
    hash.update(file).update(readFileSync(path.join(ROOT, file)));
  return hash.digest('hex');
}

export function buildIsCurrent(fingerprint: string | null): boolean {
  if (!fingerprint || !existsSync(path.join(ROOT, '.next/BUILD_ID')) || !existsSync(MARKER)) return false;
  return (JSON.parse(readFileSync(MARKER, 'utf8')) as { fingerprint?: string }).fingerprint === fingerprint;
}

/**
 * `next build` against the bench database (guidance pages are prerendered from it). Returns the
 * seconds it took, or null when the existing build was reused.
 */
export function ensureBuild(options: {
  env: NodeJS.ProcessEnv;
  force: boolean;
  log: (line: string) => void;
}): number | null {
  const fingerprint = sourceFingerprint();
  if (!options.force && buildIsCurrent(fingerprint)) return null;
  options.log('Bygger produktionsversionen (next build) …');
  const started = performance.now();
  const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/next/dist/bin/next'), 'build'], {
    cwd: ROOT,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    throw new Error(
      `next build misslyckades:\n${(result.stdout ?? '').slice(-4000)}\n${(result.stderr ?? '').slice(-4000)}`,
    );
  }
  writeFileSync(MARKER, JSON.stringify({ fingerprint, builtAt: new Date().toISOString() }, null, 2));
  return (performance.now() - started) / 1000;
}
