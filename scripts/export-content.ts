// `npm run content:export [-- --out <dir>]`: writes the host organisation's published guidance
// pages back to content/guidance/<slug>.md, so edits made in the browser can be reviewed and
// committed. Files of pages that are no longer published are removed (git keeps them).
import path from 'node:path';
import { exportGuides } from '../lib/content/export';
import { createDb } from '../lib/db-factory';
import { env } from '../lib/env';
import { fail, say } from './cli';

const outFlag = process.argv.indexOf('--out');
const dir =
  outFlag > -1 && process.argv[outFlag + 1]
    ? path.resolve(process.argv[outFlag + 1]!)
    : path.resolve(import.meta.dirname, '../content/guidance');

async function main() {
  const db = createDb(env.DATABASE_URL);
  try {
    // The same rule as lib/data/host.ts, which only server code may import.
    const host = await db.organisation.findFirst({
      where: env.PORTAL_HOST_ORG ? { slug: env.PORTAL_HOST_ORG } : {},
      orderBy: { createdAt: 'asc' },
      select: { id: true, name: true },
    });
    if (!host) throw new Error('Databasen har ingen organisation. Kör `npm run setup` först.');
    const { written, removed } = await exportGuides({ db, organisationId: host.id, dir });
    say(`${host.name}: ${written.length} publicerade sidor skrivna till ${path.relative(process.cwd(), dir) || '.'}.`);
    for (const slug of removed) say(`  - ${slug}.md togs bort (sidan är inte publicerad)`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => fail(error));
