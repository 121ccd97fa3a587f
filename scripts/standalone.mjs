// Makes .next/standalone (Next's self-contained server, `output: 'standalone'`) a folder that runs
// on its own: `node server.js` with PORT, HOSTNAME and the portal's environment. Next copies only
// the server code and the node_modules it traced; the browser's files, the public folder, the
// content the pages read, the migrations the readiness check reads and the PDF fonts are added here. Used by the Dockerfile and by the
// cluster test (tests/cluster), which runs one of its two instances this way.
import { cpSync, existsSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const target = path.resolve(process.argv[2] ?? path.join(root, '.next/standalone'));
const built = path.join(root, '.next/standalone');
if (!existsSync(path.join(built, 'server.js'))) {
  console.error('Ingen fristående server i .next/standalone: kör `npm run build` först.');
  process.exit(1);
}
if (target !== built) cpSync(built, target, { recursive: true });
for (const [from, to] of [
  ['.next/static', '.next/static'],
  ['public', 'public'],
  ['content', 'content'],
  // The readiness check (/api/halsa/databas) compares the database with these.
  ['prisma/migrations', 'prisma/migrations'],
  ['node_modules/dejavu-fonts-ttf/ttf', 'node_modules/dejavu-fonts-ttf/ttf'],
]) {
  cpSync(path.join(root, from), path.join(target, to), { recursive: true });
}
console.log(`Fristående server klar i ${path.relative(root, target) || '.'}: node server.js`);
