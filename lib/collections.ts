// Small helpers for working through large id lists: queries take ids in chunks so an IN list
// never exceeds what SQLite or PostgreSQL accept, whatever the size of the team. Prisma's SQLite
// driver takes at most 999 values per statement, and a query has a few more than its id list.
export const CHUNK = 900;
export function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** Runs a query per chunk of ids, one after another (a transaction has one connection). */
export async function inChunks<T>(ids: readonly string[], query: (ids: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (const batch of chunks(ids)) out.push(...(await query(batch)));
  return out;
}

/** A list of strings stored as JSON text (SQLite has no arrays); anything else reads as empty. */
export function parseList(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}
