// Incremental maintenance of grouped counts: when a write changes what a few people contribute to
// a grouped answer, the answer is patched by subtracting their rows from before the write and
// adding their rows from after it, instead of reading the whole organisation again. Groups are
// identified by the `groupBy` fields; every other field is a count. A group left with no people
// disappears, as it would from a fresh grouped query.

type Row = Record<string, unknown>;

const groupKey = (row: Row, groupBy: readonly string[]) => JSON.stringify(groupBy.map((f) => row[f] ?? null));

/** `rows` − `before` + `after`, grouped by `groupBy`; a new array, `rows` is left as it was. */
export function applyDelta<T extends object>(o: {
  rows: readonly T[];
  before: readonly T[];
  after: readonly T[];
  groupBy: readonly (keyof T & string)[];
}): T[] {
  const groups = new Map<string, Row>();
  for (const row of o.rows) groups.set(groupKey(row as Row, o.groupBy), row as Row);
  const add = (row: Row, sign: 1 | -1) => {
    const key = groupKey(row, o.groupBy);
    const next: Row = { ...(groups.get(key) ?? row) };
    const fresh = !groups.has(key);
    for (const [field, value] of Object.entries(row)) {
      if (o.groupBy.includes(field as keyof T & string) || typeof value !== 'number') continue;
      next[field] = (fresh ? 0 : (next[field] as number)) + sign * value;
    }
    groups.set(key, next);
  };
  for (const row of o.before) add(row as Row, -1);
  for (const row of o.after) add(row as Row, 1);
  return [...groups.values()].filter((row) => row.people !== 0) as T[];
}
