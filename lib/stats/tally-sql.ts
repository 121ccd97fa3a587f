import type { DatabaseEngine } from '@/lib/env';

// The SQL of the kept statistics totals that needs no database connection of the app's own
// (lib/data/stats-tally.ts runs it through Prisma; the bench's bulk load through its driver).

/** A due time as the triggers write it into a pending bucket ("2026-12-04T10:00:00.000"). */
export const dueBucket = (d: Date) => d.toISOString().slice(0, 23);

/** The bucket that overdue pending assignments are merged into: it sorts before every due time. */
export const OVERDUE_MERGED = '0';

/** The statements of compactTallies (the first one's count is the rows merged), also for the bench's bulk load. */
export function compactionSql(engine: DatabaseEngine, now: Date): { sql: string; params: string[] }[] {
  const before = dueBucket(now);
  const cols = '"organisationId", "kind", "courseId", "unitId", "gender", "audience"';
  const upsert = `ON CONFLICT ("organisationId", "kind", "courseId", "unitId", "gender", "audience", "bucket")
    DO UPDATE SET "n" = "StatsTally"."n" + excluded."n"`;
  const due = (p: string) => `"kind" = 'pending' AND "bucket" < ${p} AND "bucket" <> '${OVERDUE_MERGED}'`;
  const zeros = { sql: `DELETE FROM "StatsTally" WHERE "n" = 0`, params: [] };
  if (engine === 'postgresql')
    return [
      {
        // One statement: the rows deleted are exactly the rows summed, even with writes under way.
        sql: `WITH gone AS (DELETE FROM "StatsTally" WHERE ${due('$1')} RETURNING *)
          INSERT INTO "StatsTally" (${cols}, "bucket", "n")
          SELECT ${cols}, '${OVERDUE_MERGED}', SUM("n") FROM gone GROUP BY ${cols} ${upsert}`,
        params: [before],
      },
      zeros,
    ];
  return [
    {
      sql: `INSERT INTO "StatsTally" (${cols}, "bucket", "n")
        SELECT ${cols}, '${OVERDUE_MERGED}', SUM("n") FROM "StatsTally" WHERE ${due('?')} GROUP BY ${cols} ${upsert}`,
      params: [before],
    },
    { sql: `DELETE FROM "StatsTally" WHERE ${due('?')}`, params: [before] },
    zeros,
  ];
}
