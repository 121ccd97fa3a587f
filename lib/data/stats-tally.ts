import { db } from '@/lib/db';
import { databaseEngine, type DatabaseEngine } from '@/lib/env';
import { compactionSql, dueBucket, OVERDUE_MERGED } from '@/lib/stats/tally-sql';
import type { Tx } from './tx';

export { dueBucket, OVERDUE_MERGED };

// The kept totals of the statistics ("StatsTally", kept by the triggers of the migration
// stats_tallies): what each group of active staff (organisation × unit × gender × audience) adds
// up to per course. This module computes the same totals afresh from the people, assignments and
// completions, to rebuild them (`npm run stats:rebuild`) and to check that the kept ones are right.

export type TallyRow = {
  organisationId: string;
  kind: string;
  courseId: string;
  unitId: string;
  gender: string;
  audience: string;
  bucket: string;
  n: number;
};

/** The same expressions as the triggers: the Swedish quarter of a time, and a due time as sortable text. */
function expressions(engine: DatabaseEngine) {
  if (engine === 'postgresql')
    return {
      quarter: (t: string) => `stats_quarter(${t})`,
      due: (t: string) => `stats_due(${t})`,
      text: (c: string) => `${c}::text`,
      yes: 'true',
    };
  const shift = (t: string) => `CASE WHEN strftime('%m', ${t}) IN ('03','06','09') THEN '+2 hours' ELSE '+1 hours' END`;
  return {
    quarter: (t: string) =>
      `(strftime('%Y', datetime(${t}, ${shift(t)})) || '-K' || ((CAST(strftime('%m', datetime(${t}, ${shift(t)})) AS INTEGER) + 2) / 3))`,
    due: (t: string) => `strftime('%Y-%m-%dT%H:%M:%f', ${t})`,
    text: (c: string) => c,
    yes: '1',
  };
}

/**
 * One grouped query over every active person with a unit (of one organisation, or of all): the
 * totals the triggers keep, computed from scratch. `$1` is the organisation when `scoped`.
 */
export function recomputeSql(engine: DatabaseEngine, scoped: boolean): string {
  const courses = recomputeCourses(engine, scoped);
  // Each course's rows, and the same summed over the courses under courseId '*' (what a view of
  // all courses reads: one row per group instead of one per group and course). The per-course
  // rows are computed once (MATERIALIZED) and read twice.
  return `
    WITH c AS MATERIALIZED (${courses})
    SELECT * FROM c
    UNION ALL
    SELECT "organisationId", "unitId", gender, audience, kind, '*', bucket, SUM(n)
      FROM c WHERE "courseId" <> ''
      GROUP BY "organisationId", "unitId", gender, audience, kind, bucket`;
}

function recomputeCourses(engine: DatabaseEngine, scoped: boolean): string {
  const { quarter, due, text, yes } = expressions(engine);
  const org = scoped ? (engine === 'postgresql' ? `AND u."organisationId" = $1` : `AND u."organisationId" = ?`) : '';
  const person = `u."active" = ${yes} AND u."unitId" IS NOT NULL ${org}`;
  const group = `u."organisationId", u."unitId", COALESCE(${text('u."gender"')}, ''), ${text('u."audience"')}`;
  const named = `u."organisationId" AS "organisationId", u."unitId" AS "unitId", COALESCE(${text('u."gender"')}, '') AS gender, ${text('u."audience"')} AS audience`;
  return `
    SELECT ${named}, 'people' AS kind, '' AS "courseId", '' AS bucket, COUNT(*) AS n
      FROM "User" u WHERE ${person} GROUP BY u."organisationId", u."unitId", u."gender", u."audience"
    UNION ALL
    SELECT ${group}, 'assigned', a."courseId", '', COUNT(*)
      FROM "Assignment" a JOIN "User" u ON u."id" = a."userId"
      WHERE ${person} AND a."withdrawnAt" IS NULL
      GROUP BY u."organisationId", u."unitId", u."gender", u."audience", a."courseId"
    UNION ALL
    SELECT ${group}, CASE WHEN c."id" IS NULL THEN 'pending' ELSE 'done' END, a."courseId",
        CASE WHEN c."id" IS NULL THEN ${due('a."dueAt"')} ELSE '' END, COUNT(*)
      FROM "Assignment" a JOIN "User" u ON u."id" = a."userId"
      LEFT JOIN "CourseCompletion" c ON c."userId" = a."userId" AND c."courseId" = a."courseId"
      WHERE ${person} AND a."withdrawnAt" IS NULL AND (c."id" IS NOT NULL OR a."dueAt" IS NOT NULL)
      GROUP BY u."organisationId", u."unitId", u."gender", u."audience", a."courseId",
        CASE WHEN c."id" IS NULL THEN 'pending' ELSE 'done' END, CASE WHEN c."id" IS NULL THEN ${due('a."dueAt"')} ELSE '' END
    UNION ALL
    SELECT ${group}, 'completion', c."courseId", ${quarter('c."completedAt"')}, COUNT(*)
      FROM "CourseCompletion" c JOIN "User" u ON u."id" = c."userId"
      WHERE ${person}
      GROUP BY u."organisationId", u."unitId", u."gender", u."audience", c."courseId", ${quarter('c."completedAt"')}
    UNION ALL
    SELECT ${group}, 'first', '', ${quarter('f.t')}, COUNT(*)
      FROM (SELECT c."userId", MIN(c."completedAt") AS t FROM "CourseCompletion" c GROUP BY c."userId") f
      JOIN "User" u ON u."id" = f."userId"
      WHERE ${person}
      GROUP BY u."organisationId", u."unitId", u."gender", u."audience", ${quarter('f.t')}`;
}

/** The bound values for recomputeSql: the organisation once on PostgreSQL ($1), at every "?" on SQLite. */
function recomputeParams(engine: DatabaseEngine, sql: string, organisationId?: string): string[] {
  if (organisationId === undefined) return [];
  return engine === 'postgresql' ? [organisationId] : Array<string>(sql.split('?').length - 1).fill(organisationId);
}

/** The totals computed afresh, for one organisation or all; zero rows are not returned. */
export async function recomputeTallies(client: Tx = db, organisationId?: string): Promise<TallyRow[]> {
  const engine = databaseEngine();
  const sql = recomputeSql(engine, organisationId !== undefined);
  const raw = await client.$queryRawUnsafe<Record<string, unknown>[]>(
    `SELECT * FROM (${sql}) r`,
    ...recomputeParams(engine, sql, organisationId),
  );
  return raw.map((row) => ({
    organisationId: String(row.organisationId),
    unitId: String(row.unitId),
    gender: String(row.gender),
    audience: String(row.audience),
    kind: String(row.kind),
    courseId: String(row.courseId),
    bucket: String(row.bucket),
    n: Number(row.n),
  }));
}

/** The kept totals as they are, without the rows that have come down to zero. */
export async function keptTallies(client: Tx = db, organisationId?: string): Promise<TallyRow[]> {
  const rows = await client.statsTally.findMany({
    where: { ...(organisationId !== undefined ? { organisationId } : {}), n: { not: 0 } },
  });
  return rows.map((r) => ({ ...r, n: Number(r.n) }));
}

/** The statement that writes the recomputed totals (of one organisation, `$1`, when `scoped`; or all). */
export function rebuildSql(engine: DatabaseEngine, scoped: boolean): string {
  return `INSERT INTO "StatsTally" ("organisationId", "unitId", "gender", "audience", "kind", "courseId", "bucket", "n")
    SELECT * FROM (${recomputeSql(engine, scoped)}) r`;
}

/** Memory for the rebuild's joins and groupings on PostgreSQL (the default 4 MB spills to disk). */
export const REBUILD_WORK_MEM = '256MB';

/**
 * Throws away the kept totals (of one organisation, or all) and writes them afresh, in one
 * transaction. On PostgreSQL it first locks the table against writes, so that no write's trigger
 * can fall between the deletion and the recomputation (writes wait for the rebuild: for the
 * national bench's 1,000,000 people, all at once, about five minutes on 2 cores).
 */
export async function rebuildTallies(organisationId?: string): Promise<{ rows: number }> {
  const engine = databaseEngine();
  return db.$transaction(
    async (tx) => {
      if (engine === 'postgresql') {
        await tx.$executeRawUnsafe('LOCK TABLE "StatsTally" IN EXCLUSIVE MODE');
        // Its joins and groupings in memory, not in temporary files (for this transaction only).
        await tx.$executeRawUnsafe(`SET LOCAL work_mem = '${REBUILD_WORK_MEM}'`);
      }
      await tx.statsTally.deleteMany({ where: organisationId !== undefined ? { organisationId } : {} });
      const sql = rebuildSql(engine, organisationId !== undefined);
      const rows = await tx.$executeRawUnsafe(sql, ...recomputeParams(engine, sql, organisationId));
      return { rows };
    },
    { maxWait: 10_000, timeout: 10 * 60_000 },
  );
}

/**
 * Merges the pending assignments whose due time has passed into one row per group and course
 * (they stay overdue whatever happens next: time only moves on), and drops rows that came to
 * zero, so that reading "overdue" reads a row per group and course however many dates there
 * were. A trigger's later subtraction from a merged-away bucket makes a negative row there, which
 * still sums right and is merged the next time. Run by the daily scheduled job (scripts/reminders.ts).
 */
export async function compactTallies(now: Date): Promise<{ merged: number }> {
  const engine = databaseEngine();
  const statements = compactionSql(engine, now);
  const run = async (client: Tx) => {
    let merged = 0;
    for (const [i, { sql, params }] of statements.entries()) {
      const count = await client.$executeRawUnsafe(sql, ...params);
      if (i === 0) merged = count;
    }
    return { merged };
  };
  // PostgreSQL: its first statement merges and deletes at once; SQLite needs the two together.
  return engine === 'postgresql' ? run(db) : db.$transaction((tx) => run(tx));
}

/**
 * The tallies as a sorted list of "key=n" lines, for comparing two sets: pending assignments due
 * before `mergedBefore` are summed into the merged row, as compaction leaves them, and zeros dropped.
 */
export function tallyLines(rows: readonly TallyRow[], mergedBefore = ''): string[] {
  const sums = new Map<string, number>();
  for (const r of rows) {
    const bucket = r.kind === 'pending' && r.bucket < mergedBefore ? OVERDUE_MERGED : r.bucket;
    const key = `${r.organisationId}|${r.kind}|${r.courseId}|${r.unitId}|${r.gender}|${r.audience}|${bucket}`;
    sums.set(key, (sums.get(key) ?? 0) + r.n);
  }
  return [...sums.entries()]
    .filter(([, n]) => n !== 0)
    .map(([key, n]) => `${key}=${n}`)
    .sort();
}
