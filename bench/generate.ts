// Builds the bench database from nothing: the project's own migrations (lib/migrate), then two
// synthetic municipalities of the same shape (20,000 and 2,000 people), 49 more of 2,000 that
// share their figures with the small one (the comparison between organisations), and the published
// guidance from content/. Takes seconds, so every run starts from the same data.
import { loadCourses } from '../lib/content/loader';
import { createDb } from '../lib/db-factory';
import { compactionSql } from '../lib/stats/tally-sql';
import { openDriver, runMigrations } from '../scripts/migrate';
import { seedGuides } from '../prisma/seed/guides';
import { ensurePostgresDatabase, type BenchDatabase } from './database';
import { buildCatalogue } from './org/learning';
import { LARGE, PEERS, peer, SMALL } from './org/sizes';
import { BulkWriter, writeCatalogue, writeOrganisation, type WrittenOrg } from './org/write';

export type Generated = { large: WrittenOrg; small: WrittenOrg; peers: number; rows: number; seconds: number };

function lessonBodies(): string[] {
  return loadCourses().flatMap((c) => c.lessons.filter((l) => l.data.kind === 'reading').map((l) => l.body));
}

export async function generate(database: BenchDatabase): Promise<Generated> {
  const started = performance.now();
  if (database.engine === 'postgresql') await ensurePostgresDatabase(database.url);
  await runMigrations({ url: database.url, reset: true });
  const driver = await openDriver(database.url);
  const now = new Date();
  const year = 365 * 24 * 60 * 60 * 1000;
  let large: WrittenOrg | undefined;
  let small: WrittenOrg | undefined;
  const writer = new BulkWriter(driver);
  try {
    // A bulk load into a throw-away database: a larger page cache, and no waiting for the disk.
    if (database.engine === 'sqlite') await driver.exec('PRAGMA synchronous = OFF; PRAGMA cache_size = -262144;');
    // The large municipality is created first, so it is the host that owns the shared content.
    const catalogue = buildCatalogue(LARGE.key, lessonBodies());
    await driver.transaction(async () => {
      await writeCatalogue(writer, `${LARGE.key}-org`, catalogue, now);
      large = await writeOrganisation({
        writer,
        spec: LARGE,
        catalogue,
        now,
        createdAt: new Date(now.getTime() - 2 * year),
      });
    });
    await driver.transaction(async () => {
      small = await writeOrganisation({
        writer,
        spec: SMALL,
        catalogue,
        now,
        createdAt: new Date(now.getTime() - year),
        sharing: 'named',
      });
    });
    // The installation of the comparison: the small municipality and 49 more of its size share
    // their figures (every other one by name).
    for (let i = 1; i <= PEERS; i++) {
      await driver.transaction(async () => {
        await writeOrganisation({
          writer,
          spec: peer(i),
          catalogue,
          now,
          createdAt: new Date(now.getTime() - year),
          sharing: i % 2 === 0 ? 'named' : 'anonymous',
          progress: false,
        });
      });
    }
    // The statistics' kept totals as the daily job leaves them (npm run reminders merges what has
    // fallen due and drops rows that came to zero): an installation runs it every morning.
    await driver.transaction(async () => {
      for (const { sql, params } of compactionSql(database.engine, now)) await driver.query(sql, params);
    });
    // PostgreSQL's autovacuum would analyse the new tables within a minute; do it now so the first
    // measurements do not run on an empty planner statistics.
    if (database.engine === 'postgresql') await driver.exec('ANALYZE');
  } finally {
    await driver.close();
  }
  const db = createDb(database.url);
  try {
    await seedGuides(db, large!.organisationId);
  } finally {
    await db.$disconnect();
  }
  return {
    large: large!,
    small: small!,
    peers: PEERS,
    rows: writer.rows,
    seconds: (performance.now() - started) / 1000,
  };
}
