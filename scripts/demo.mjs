// `npm run demo`: install, set up, build and serve the portal. A step whose inputs have not
// changed since it last succeeded is skipped, so starting the demo again answers within seconds
// (the database set-up, which is idempotent, always runs). The stamps live inside node_modules
// and .next, so deleting either starts that step afresh.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildStamp, installStamp } from './demo-stamps.mjs';

const root = path.resolve(import.meta.dirname, '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (args) => execFileSync(npm, args, { cwd: root, stdio: 'inherit' });
const read = (file) => (existsSync(file) ? readFileSync(file, 'utf8').trim() : '');

const installFile = path.join(root, 'node_modules', '.demo-install-stamp');
const install = installStamp(root);
if (read(installFile) === install) console.log('Paketen är redan installerade.');
else {
  run(['ci', '--no-audit', '--no-fund']);
  writeFileSync(installFile, install);
}

run(['run', 'setup']);

const buildFile = path.join(root, '.next', 'demo-build-stamp');
const build = buildStamp(root);
if (existsSync(path.join(root, '.next', 'BUILD_ID')) && read(buildFile) === build)
  console.log('Portalen är redan byggd från de här källorna.');
else {
  run(['run', 'build']);
  writeFileSync(buildFile, build);
}

run(['run', 'start']);
