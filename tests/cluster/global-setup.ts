import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { instanceDir, startNginx, writeNginxConfig } from '../../scripts/local-cluster';
import { adminUrl, appEnv, ports, root, runDir, start, stop, urls, waitFor } from './support/cluster';

// Builds the cluster: a fresh database (migrated and seeded like the demo), the production build
// (reused when CLUSTER_REUSE_BUILD=1 and one exists, as in .ci/run right after the PostgreSQL run),
// the mail catcher, instance A (`next start`, as `npm start`), instance B (the standalone server,
// as in the container image), and nginx with the repository's own configuration.

function run(command: string, args: string[]) {
  execFileSync(command, args, {
    cwd: root,
    env: { ...process.env, ...appEnv },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function freshDatabase() {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS portal_cluster WITH (FORCE)');
  await admin.query('CREATE DATABASE portal_cluster');
  await admin.end();
  run('npx', ['tsx', 'scripts/migrate.ts']);
  run('npx', ['tsx', 'prisma/seed.ts']);
}

export default async function globalSetup() {
  // A fresh run folder: no page nginx kept, no log of an earlier run.
  rmSync(runDir, { recursive: true, force: true });
  mkdirSync(runDir, { recursive: true });
  await freshDatabase();
  const reuse = process.env.CLUSTER_REUSE_BUILD === '1' && existsSync(path.join(root, '.next/BUILD_ID'));
  if (!reuse) run('npx', ['next', 'build']);

  const mail = start('npx', ['tsx', 'tests/e2e/support/mail-catcher.ts'], {
    env: { SMTP_PORT: String(ports.smtp), HTTP_PORT: String(ports.mailHttp) },
    log: 'mail',
  });
  const next = path.join(root, 'node_modules/next/dist/bin/next');
  const instance = (name: string, port: number) =>
    start(process.execPath, [next, 'start', '-H', '127.0.0.1', '-p', String(port)], {
      cwd: instanceDir(root, runDir, name),
      log: name,
    });
  const a = instance('a', ports.a);
  // B runs as the container image does: Next's standalone server (scripts/standalone.mjs).
  const bDir = path.join(runDir, 'b');
  rmSync(bDir, { recursive: true, force: true });
  run(process.execPath, ['scripts/standalone.mjs', bDir]);
  const b = start(process.execPath, ['server.js'], {
    cwd: bDir,
    env: { PORT: String(ports.b), HOSTNAME: '127.0.0.1' },
    log: 'b',
  });
  const conf = writeNginxConfig({ root, runDir, listen: ports.nginx, instances: [ports.a, ports.b] });
  const nginx = startNginx(runDir, conf);
  const pids = { mail: mail.pid!, a: a.pid!, b: b.pid!, nginx: nginx.pid! };
  // The specs stop instance B themselves.
  process.env.CLUSTER_PID_B = String(pids.b);
  await Promise.all([
    waitFor(`${urls.mail}/health`),
    waitFor(`${urls.a}/api/halsa`),
    waitFor(`${urls.b}/api/halsa`),
    waitFor(`${urls.nginx}/api/halsa`),
  ]);
  return () => {
    for (const pid of Object.values(pids)) stop(pid);
  };
}
