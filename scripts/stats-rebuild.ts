// `npm run stats:rebuild`: computes the kept statistics totals ("StatsTally") afresh from the
// people, assignments and completions. The database keeps them by itself (triggers); this is for
// after restoring a backup made without them, or to be sure. `-- --check` only compares and exits
// with status 1 if they differ; `-- --organisation <slug>` limits either to one organisation.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadEnvConfig } from '@next/env';
import { fail, say } from './cli';

async function main() {
  loadEnvConfig(path.resolve(import.meta.dirname, '..'));
  const { values } = parseArgs({ options: { check: { type: 'boolean' }, organisation: { type: 'string' } } });
  const { db } = await import('../lib/db');
  const tally = await import('../lib/data/stats-tally');
  let organisationId: string | undefined;
  if (values.organisation) {
    const org = await db.organisation.findUnique({ where: { slug: values.organisation }, select: { id: true } });
    if (!org) fail(`Det finns ingen organisation med kortnamnet ${values.organisation}.`);
    organisationId = org.id;
  }
  const started = performance.now();
  if (values.check) {
    // What the daily job has merged (overdue assignments) is compared as merged on both sides.
    const merged = tally.dueBucket(new Date());
    const kept = new Set(tally.tallyLines(await tally.keptTallies(db, organisationId), merged));
    const fresh = new Set(tally.tallyLines(await tally.recomputeTallies(db, organisationId), merged));
    const differing = [...kept].filter((l) => !fresh.has(l)).length + [...fresh].filter((l) => !kept.has(l)).length;
    say(`Jämförde ${fresh.size} summor på ${Math.round(performance.now() - started)} ms: ${differing} skiljer sig.`);
    if (differing > 0) {
      say('Kör npm run stats:rebuild för att räkna om dem.');
      process.exitCode = 1;
    }
  } else {
    const { rows } = await tally.rebuildTallies(organisationId);
    say(`Räknade om statistikens summor: ${rows} rader på ${Math.round(performance.now() - started)} ms.`);
  }
  await db.$disconnect();
}

main().catch((error: unknown) => fail(error, { stack: true }));
