// The cluster of the cluster test: PostgreSQL, two `next start` instances (A and B) and nginx in
// front, with deploy/nginx/portal.conf as an operator would run it. CLUSTER_PORT moves every port.
import { spawn, type ChildProcess } from 'node:child_process';
import { openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const base = Number(process.env.CLUSTER_PORT ?? 3500);
export const ports = { nginx: base, a: base + 1, b: base + 2, smtp: base + 3, mailHttp: base + 4 };
export const urls = {
  nginx: `http://127.0.0.1:${ports.nginx}`,
  a: `http://127.0.0.1:${ports.a}`,
  b: `http://127.0.0.1:${ports.b}`,
  mail: `http://127.0.0.1:${ports.mailHttp}`,
};

// npm run test:cluster runs from the repository's root.
export const root = process.cwd();
// Outside the repository, so that linters and type checks never walk the instances' folders.
export const runDir = path.join(tmpdir(), `portal-cluster-${base}`);
const adminUrl = process.env.CLUSTER_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
export const databaseUrl = adminUrl.replace(/\/[^/]*$/, '/portal_cluster');
export { adminUrl };

/** What every instance and script of the cluster runs with. */
export const appEnv: Record<string, string> = {
  DATABASE_URL: databaseUrl,
  NEXTAUTH_URL: urls.nginx,
  NEXTAUTH_SECRET: 'cluster-secret-not-for-production-0123456789',
  SMTP_URL: `smtp://127.0.0.1:${ports.smtp}`,
  NEXT_TELEMETRY_DISABLED: '1',
  // The default: without the instances telling each other, B would show its remembered figures.
  STATS_CACHE_SECONDS: '60',
  // Uploaded files live on storage every instance reaches (README, several instances).
  UPLOAD_DIR: path.join(tmpdir(), `portal-cluster-${base}`, 'uploads'),
};

/** Starts a long-running process in its own process group (so it and its children can be killed). */
export function start(
  command: string,
  args: string[],
  { env = {}, cwd = root, log }: { env?: Record<string, string>; cwd?: string; log: string },
): ChildProcess {
  // Each process's output in runDir/<log>.log, for reading after a failure.
  const out = openSync(path.join(runDir, `${log}.log`), 'w');
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...appEnv, ...env },
    detached: true,
    stdio: ['ignore', out, out],
  });
  child.unref();
  return child;
}

export function stop(pid: number | undefined, signal: NodeJS.Signals = 'SIGTERM'): void {
  if (!pid) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

/** Waits until `url` answers 200 (a process that has just started needs a moment). */
export async function waitFor(url: string, timeoutMs = 120_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > until) throw new Error(`${url} svarade inte inom ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
