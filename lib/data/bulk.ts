import 'server-only';
import { databaseEngine } from '@/lib/env';
import type { Tx } from './tx';

// Writes of many rows with one statement per table, however many rows: the rows travel as one
// JSON parameter and the database unpacks them (json_each on SQLite; jsonb_populate_recordset on
// PostgreSQL, which also gives every value its column's type). Through Prisma's createMany and a
// statement per person, a 20,000-person import spent most of its time building and sending
// statements (README, "Importing staff").

export type BulkValue = string | number | boolean | Date | null;
export type BulkRow = Record<string, BulkValue>;

/** Tables and columns are names from the schema, never input; checked anyway, as they are spliced into SQL. */
function name(identifier: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(identifier)) throw new Error(`Ogiltigt namn i SQL: ${identifier}`);
  return `"${identifier}"`;
}

/** SQLite keeps Prisma's DateTimes as ISO text with "+00:00"; PostgreSQL's timestamp(3) takes ISO text (UTC). */
function json(rows: readonly BulkRow[], sqlite: boolean): string {
  if (!sqlite) return JSON.stringify(rows);
  // Only the columns that hold dates are copied (a replacer function made this several times slower).
  const dated = Object.keys(rows[0]!).filter((c) => rows.some((r) => r[c] instanceof Date));
  if (dated.length === 0) return JSON.stringify(rows);
  return JSON.stringify(
    rows.map((row) => {
      const copy: Record<string, unknown> = { ...row };
      for (const c of dated) {
        const v = row[c];
        if (v instanceof Date) copy[c] = v.toISOString().replace('Z', '+00:00');
      }
      return copy;
    }),
  );
}

function columnsOf(rows: readonly BulkRow[]): string[] {
  const columns = Object.keys(rows[0]!);
  const key = columns.join(',');
  if (rows.some((r) => Object.keys(r).join(',') !== key)) throw new Error('Alla rader måste ha samma kolumner.');
  return columns;
}

/** Inserts `rows` (all with the same columns) into `table` with one statement. */
export async function insertRows(tx: Tx, table: string, rows: readonly BulkRow[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = columnsOf(rows);
  const list = columns.map(name).join(', ');
  if (databaseEngine() === 'postgresql') {
    await tx.$executeRawUnsafe(
      `INSERT INTO ${name(table)} (${list}) SELECT ${list} FROM jsonb_populate_recordset(NULL::${name(table)}, $1::jsonb)`,
      json(rows, false),
    );
    return;
  }
  const values = columns.map((c) => `value ->> '${c}'`).join(', ');
  await tx.$executeRawUnsafe(
    `INSERT INTO ${name(table)} (${list}) SELECT ${values} FROM json_each(?)`,
    json(rows, true),
  );
}

/**
 * Sets each row's other columns on the record with its `id`, in one statement, and only where
 * `organisationId` matches. Every row names the same columns.
 */
export async function updateRows(
  tx: Tx,
  {
    table,
    organisationId,
    rows,
  }: { table: string; organisationId: string; rows: readonly (BulkRow & { id: string })[] },
): Promise<void> {
  if (rows.length === 0) return;
  const columns = columnsOf(rows).filter((c) => c !== 'id');
  const set = columns.map((c) => `${name(c)} = j.${name(c)}`).join(', ');
  if (databaseEngine() === 'postgresql') {
    await tx.$executeRawUnsafe(
      `UPDATE ${name(table)} AS t SET ${set} FROM jsonb_populate_recordset(NULL::${name(table)}, $1::jsonb) AS j
       WHERE t."id" = j."id" AND t."organisationId" = $2`,
      json(rows, false),
      organisationId,
    );
    return;
  }
  // The unary + keeps SQLite from reading every person of the organisation by its index and
  // scanning the JSON for each (seconds per batch); it then looks each row up by id instead.
  const picked = ['id', ...columns].map((c) => `value ->> '${c}' AS ${name(c)}`).join(', ');
  await tx.$executeRawUnsafe(
    `UPDATE ${name(table)} SET ${set} FROM (SELECT ${picked} FROM json_each(?)) AS j
     WHERE ${name(table)}."id" = j."id" AND +${name(table)}."organisationId" = ?`,
    json(rows, true),
    organisationId,
  );
}

/** Which of `values` rows of `table` outside `organisationId` hold in `column`: one statement, however many values. */
export async function heldElsewhere(
  tx: Tx,
  {
    table,
    column,
    values,
    organisationId,
  }: { table: string; column: string; values: readonly string[]; organisationId: string },
): Promise<Set<string>> {
  if (values.length === 0) return new Set();
  const rows =
    databaseEngine() === 'postgresql'
      ? await tx.$queryRawUnsafe<{ value: string }[]>(
          `SELECT ${name(column)} AS "value" FROM ${name(table)} WHERE ${name(column)} = ANY($1::text[]) AND "organisationId" <> $2`,
          [...values],
          organisationId,
        )
      : await tx.$queryRawUnsafe<{ value: string }[]>(
          `SELECT ${name(column)} AS "value" FROM ${name(table)} WHERE ${name(column)} IN (SELECT value FROM json_each(?)) AND "organisationId" <> ?`,
          JSON.stringify(values),
          organisationId,
        );
  return new Set(rows.map((r) => r.value));
}
