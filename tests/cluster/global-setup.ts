import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
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

/**
 * A folder of its own for an instance, as on a machine of its own: the repository linked in, and
 * its own copy of the build, whose page cache (.next/server) Next rewrites when a page is
 * revalidated. Sharing one .next would let B read pages A wrote and hide a missing notice.
 */
function instanceDir(name: string): string {
  const dir = path.join(runDir, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const entry of readdirSync(root)) {
    if (entry === '.next' || entry === '.git' || entry === 'tests') continue;
    symlinkSync(path.join(root, entry), path.join(dir, entry));
  }
  cpSync(path.join(root, '.next'), path.join(dir, '.next'), {
    recursive: true,
    filter: (source) =>
      !source.startsWith(path.join(root, '.next', 'cache')) &&
      !source.startsWith(path.join(root, '.next', 'standalone')),
  });
  return dir;
}

/** deploy/nginx/portal.conf with the test's ports, inside a main file that keeps nginx in runDir. */
function nginxConfig(): string {
  const site = readFileSync(path.join(root, 'deploy/nginx/portal.conf'), 'utf8')
    .replace(/server 127\.0\.0\.1:3001/, `server 127.0.0.1:${ports.a}`)
    .replace(/server 127\.0\.0\.1:3002/, `server 127.0.0.1:${ports.b}`)
    .replace(/listen 8080;/, `listen 127.0.0.1:${ports.nginx};`)
    .replace('/var/cache/nginx/jamstalldhetsportalen', path.join(runDir, 'cache'));
  writeFileSync(path.join(runDir, 'portal.conf'), site);
  const main = `
pid ${runDir}/nginx.pid;
error_log ${runDir}/nginx-error.log warn;
worker_processes 1;
events { worker_connections 512; }
http {
  access_log off;
  client_body_temp_path ${runDir}/body;
  proxy_temp_path ${runDir}/proxy;
  fastcgi_temp_path ${runDir}/fastcgi;
  uwsgi_temp_path ${runDir}/uwsgi;
  scgi_temp_path ${runDir}/scgi;
  include ${runDir}/portal.conf;
}`;
  const file = path.join(runDir, 'nginx.conf');
  writeFileSync(file, main);
  return file;
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
      cwd: instanceDir(name),
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
  const conf = nginxConfig();
  const nginx = start(process.env.NGINX_PATH ?? '/usr/sbin/nginx', ['-p', runDir, '-c', conf, '-g', 'daemon off;'], {
    log: 'nginx',
  });
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
