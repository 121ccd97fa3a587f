// Runs `next start` on 127.0.0.1 against the bench database and samples the memory of its whole
// process tree from /proc while the load runs.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');

/** What every bench server runs with: production, the bench database, a secret of the run's own, no mail. */
export function benchEnv(o: {
  databaseUrl: string;
  secret: string;
  origin: string;
  hostSlug: string;
}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: o.databaseUrl,
    NEXTAUTH_SECRET: o.secret,
    NEXTAUTH_URL: o.origin,
    PORTAL_HOST_ORG: o.hostSlug,
    NEXT_TELEMETRY_DISABLED: '1',
  };
  delete env.SMTP_URL;
  return env;
}

export type Server = { origin: string; child: ChildProcess; stop: () => Promise<void> };

/** The V8 heap budget of the production server, from package.json (config.heap_mib). */
export function heapMiB(): number {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { config?: { heap_mib?: string } };
  const mib = Number(pkg.config?.heap_mib);
  if (!Number.isInteger(mib) || mib < 128)
    throw new Error('package.json saknar config.heap_mib (serverns heap i MiB).');
  return mib;
}

export async function startServer(options: {
  port: number;
  env: NodeJS.ProcessEnv;
  logFile: string;
  /** The instance's folder (scripts/local-cluster.ts), by default the repository. */
  cwd?: string;
}): Promise<Server> {
  const origin = `http://127.0.0.1:${options.port}`;
  // A server left over from an interrupted run would answer instead, with another secret.
  const busy = await fetch(`${origin}/api/halsa`).then(
    () => true,
    () => false,
  );
  if (busy) throw new Error(`Port ${options.port} används redan: stoppa den servern eller välj BENCH_PORT.`);
  const log = createWriteStream(options.logFile);
  // Its own process group, so stopping it also stops any worker it started. The heap budget is
  // the one `npm start` gives the server (package.json, config.heap_mib).
  const child = spawn(
    process.execPath,
    [
      `--max-old-space-size=${heapMiB()}`,
      path.join(ROOT, 'node_modules/next/dist/bin/next'),
      'start',
      '-H',
      '127.0.0.1',
      '-p',
      String(options.port),
    ],
    {
      cwd: options.cwd ?? ROOT,
      env: options.env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.pid) {
      process.kill(-child.pid, 'SIGTERM');
      const timer = setTimeout(() => child.pid && child.exitCode === null && process.kill(-child.pid, 'SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    log.end();
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`Servern avslutades direkt (kod ${child.exitCode}); se ${options.logFile}.`);
    try {
      // Readiness: the instance is up and reaches the bench database.
      const res = await fetch(`${origin}/api/halsa/databas`);
      if (res.ok) return { origin, child, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(
    `Servern svarade inte på ${origin} inom en minut; se ${options.logFile}. Är porten upptagen? Välj en annan med BENCH_PORT.`,
  );
}

/** The pid and every descendant of it, from /proc/<pid>/task/<tid>/children. */
export function processTree(pid: number): number[] {
  const out = [pid];
  for (let i = 0; i < out.length; i += 1) {
    const taskDir = `/proc/${out[i]}/task`;
    if (!existsSync(taskDir)) continue;
    for (const tid of safeList(taskDir)) {
      const text = safeRead(`${taskDir}/${tid}/children`);
      for (const child of text.split(/\s+/).filter(Boolean)) out.push(Number(child));
    }
  }
  return out;
}

const safeList = (dir: string) => {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
};
const safeRead = (file: string) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
};

/** VmRSS and VmHWM of a process in bytes (0 when it has gone). */
export function memoryOf(pid: number, status = safeRead(`/proc/${pid}/status`)): { rss: number; hwm: number } {
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
  return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
}

export type MemoryPeak = { peakTreeRss: number; sumOfPeaks: number; processes: number };

/**
 * Samples the tree every 200 ms. `peakTreeRss` is the largest sum of resident memory seen at one
 * moment; `sumOfPeaks` adds each process's own high-water mark (VmHWM), an upper bound that
 * also covers peaks between samples.
 */
export function sampleMemory(pid: number, everyMs = 200) {
  const hwm = new Map<number, number>();
  let peakTreeRss = 0;
  const sample = () => {
    let total = 0;
    for (const p of processTree(pid)) {
      const m = memoryOf(p);
      total += m.rss;
      if (m.hwm > (hwm.get(p) ?? 0)) hwm.set(p, m.hwm);
    }
    peakTreeRss = Math.max(peakTreeRss, total);
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop(): MemoryPeak {
      clearInterval(timer);
      sample();
      return { peakTreeRss, sumOfPeaks: [...hwm.values()].reduce((a, b) => a + b, 0), processes: hwm.size };
    },
  };
}
