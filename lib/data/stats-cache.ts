import 'server-only';
import { LRUCache } from 'lru-cache';
import { env } from '@/lib/env';
import type { BaseRow } from '@/lib/stats/rollup';

// The statistics read every active person, assignment and completion in their scope: about
// 150 ms for a 20,000-person municipality on SQLite, whatever the page then shows (bench/). The
// answer changes only when people, units, assignments or completions change, so the server keeps
// recent answers for a minute and starts afresh whenever this process writes any of those (for the
// organisation written to). With
// several app instances (PostgreSQL), another instance's writes show within the minute.

export const STATS_TTL_MS = env.STATS_CACHE_SECONDS * 1000;

export type StatsResult<T extends object = BaseRow> = { rows: T[]; computedAt: Date };
type Compute = () => Promise<object[]>;

// One generation per organisation: a write forgets only its own organisation's answers, so the
// comparison between organisations recomputes one organisation's figures, not all of them.
const generations = new Map<string, number>();
const generationOf = (organisationId: string) => generations.get(organisationId) ?? 0;

function createStore(perf?: { now(): number }) {
  return new LRUCache<string, StatsResult<object>, Compute>({
    ttl: STATS_TTL_MS,
    ttlResolution: 0,
    // Bounded by grouped rows (one per unit × gender × audience), not by entries: some 10 MB.
    maxSize: 100_000,
    sizeCalculation: (result) => Math.max(1, result.rows.length),
    fetchMethod: async (_key, _stale, { context }) => ({ rows: await context(), computedAt: new Date() }),
    ...(perf ? { perf } : {}),
  });
}

let store = createStore();

/**
 * The rows for `key`, computed at most once per minute and write to any of `organisations`:
 * concurrent requests for the same key share one computation. `key` must name everything else
 * the rows depend on.
 */
export async function rememberStats<T extends object = BaseRow>(
  organisations: readonly string[],
  key: string,
  compute: () => Promise<T[]>,
): Promise<StatsResult<T>> {
  // STATS_CACHE_SECONDS=0: every view is computed, as after a write to every organisation (bench/).
  if (STATS_TTL_MS === 0) return { rows: await compute(), computedAt: new Date() };
  const version = organisations.map((o) => `${o}:${generationOf(o)}`).join(',');
  const result = await store.fetch(`${version}|${key}`, { context: compute });
  // fetch() yields undefined only when the fetch was aborted, which nothing here does.
  return (result ?? { rows: await compute(), computedAt: new Date() }) as StatsResult<T>;
}

/**
 * After a committed write to an organisation's people, units, assignments or completions. Earlier
 * answers are left to expire (clearing would abort computations other requests are waiting for);
 * no key of an earlier generation is asked for again.
 */
export function forgetStatistics(organisationId: string) {
  generations.set(organisationId, generationOf(organisationId) + 1);
}

/** For tests: a store on a clock the test moves. */
export function useStatsClock(perf: { now(): number }) {
  store = createStore(perf);
}

/** Runs a write that may change an organisation's statistics, and forgets its remembered answers once it is over. */
export async function changingStatistics<T>(organisationId: string, write: Promise<T>): Promise<T> {
  try {
    return await write;
  } finally {
    forgetStatistics(organisationId);
  }
}
