// deploy/nginx/portal.conf run by an unprivileged nginx in a folder of its own, with chosen ports:
// the cluster test (tests/cluster) and the national benchmark (bench/national.ts) both run the
// repository's own configuration this way, as an operator would include it, in front of instances
// that each have a folder of their own. `root` is the repository (the callers know it: Playwright
// loads this file as CommonJS, tsx as an ES module).
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A folder of its own for an instance, as on a machine of its own: the repository linked in, and
 * its own copy of the build, whose page cache (.next/server) Next rewrites when a page is
 * revalidated. Sharing one .next would let one instance read pages another wrote and hide a
 * missing notice between them.
 */
export function instanceDir(root: string, runDir: string, name: string): string {
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

/** Writes runDir/nginx.conf: the site file with `listen` and the upstream's two servers replaced. */
export function writeNginxConfig(o: {
  root: string;
  runDir: string;
  listen: number;
  instances: readonly [number, number];
}): string {
  const { runDir } = o;
  const site = readFileSync(path.join(o.root, 'deploy/nginx/portal.conf'), 'utf8')
    .replace(/server 127\.0\.0\.1:3001/, `server 127.0.0.1:${o.instances[0]}`)
    .replace(/server 127\.0\.0\.1:3002/, `server 127.0.0.1:${o.instances[1]}`)
    .replace(/listen 8080;/, `listen 127.0.0.1:${o.listen};`)
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

/** Starts nginx in the foreground of its own process group, logging to runDir/nginx.log (NGINX_PATH, else Debian's). */
export function startNginx(runDir: string, conf: string): ChildProcess {
  const out = openSync(path.join(runDir, 'nginx.log'), 'a');
  const child = spawn(process.env.NGINX_PATH ?? '/usr/sbin/nginx', ['-p', runDir, '-c', conf, '-g', 'daemon off;'], {
    detached: true,
    stdio: ['ignore', out, out],
  });
  // Stopped by its caller (the process group): it does not keep the caller's process alive.
  child.unref();
  return child;
}
