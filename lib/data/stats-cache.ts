import 'server-only';
import { LRUCache } from 'lru-cache';
import { MAX_PROGRESS_UNITS } from '@/lib/cluster/messages';
import { announce } from '@/lib/data/cluster-changes';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import type { BaseRow } from '@/lib/stats/rollup';

// The statistics read the kept totals (lib/data/stats-tally.ts, kept by the database's
// triggers): a few rows per group, whatever the size of the organisation; a view limited to a
// period still reads every completion in scope. The server keeps recent answers for a minute. A
// write to people or units starts the organisation afresh (its generation moves on). A learner's
// progress or an assignment changes only the units of a few people, so such a write refreshes
// the remembered answers instead: those units' rows are read again and replace the old ones.
// With several app instances (PostgreSQL), a write also tells the others (lib/cluster), which
// forget the organisation's answers or refresh the same units in theirs.

export const STATS_TTL_MS = env.STATS_CACHE_SECONDS * 1000;
// Beyond this many people (a large assignment) one fresh reading is cheaper than refreshing; their
// units, at most as many, fit in one announcement.
const REFRESH_MAX_PEOPLE = MAX_PROGRESS_UNITS;
const REFRESH_MAX_ANSWERS = 40;
const FOLLOWERS_PRUNE_AT = 200;

export type StatsResult<T extends object = BaseRow> = { rows: T[]; computedAt: Date };
type Stored = StatsResult<object>;
type Compute = () => Promise<object[]>;

/** How a remembered answer follows a write of progress (completions, assignments). */
export type Follow<T extends object = BaseRow> =
  // Rows grouped by unit (and more): the rows of some units, read again, replace their old ones.
  | { kind: 'refresh'; forUnits: (unitIds: readonly string[]) => Promise<T[]> }
  // Depends on people and units only (the protection blocks): a write of progress keeps it.
  | { kind: 'keep' };

// Kept on globalThis: a production build loads this module once per bundle, and the answers, the
// statistics pages and the route that hears other instances' writes must share one memory.
type State = {
  generations: Map<string, number>;
  followers: Map<string, Map<string, Follow<object> | undefined>>;
  queues: Map<string, Promise<unknown>>;
  /** Moves on when this instance forgets every organisation at once. */
  epoch: number;
  store: ReturnType<typeof createStore>;
};
const globalForStats = globalThis as unknown as { portalStats?: State };
const state: State = (globalForStats.portalStats ??= {
  generations: new Map(),
  followers: new Map(),
  queues: new Map(),
  epoch: 0,
  store: createStore(),
});
// Tests load the module again with another STATS_CACHE_SECONDS.
if (state.store.ttl !== STATS_TTL_MS) state.store = createStore();
const { generations, followers, queues } = state;
const generationOf = (organisationId: string) => generations.get(organisationId) ?? 0;
function createStore(perf?: { now(): number }) {
  return new LRUCache<string, Stored, Compute>({
    ttl: STATS_TTL_MS,
    ttlResolution: 0,
    // Bounded by grouped rows (one per unit × gender × audience), not by entries: some 10 MB.
    maxSize: 100_000,
    sizeCalculation: (result) => Math.max(1, result.rows.length),
    fetchMethod: async (_key, _stale, { context }) => ({ rows: await context(), computedAt: new Date() }),
    // An answer pushed out while it is still being computed (300 organisations compared at once
    // outgrow maxSize) is still given to the requests waiting for it, not turned into an error.
    ignoreFetchAbort: true,
    ...(perf ? { perf } : {}),
  });
}

const fullKey = (organisations: readonly string[], key: string) =>
  `${state.epoch}/${organisations.map((o) => `${o}:${generationOf(o)}`).join(',')}|${key}`;

/**
 * The rows for `key`, computed at most once per minute and write to any of `organisations`:
 * concurrent requests for the same key share one computation. `key` must name everything else
 * the rows depend on. `follow` says how a write of progress updates them (otherwise it forgets them).
 */
export async function rememberStats<T extends object = BaseRow>(
  organisations: readonly string[],
  key: string,
  compute: () => Promise<T[]>,
  follow?: Follow<T>,
): Promise<StatsResult<T>> {
  // STATS_CACHE_SECONDS=0: every view is computed, as after a write to every organisation (bench/).
  if (STATS_TTL_MS === 0) return { rows: await compute(), computedAt: new Date() };
  if (organisations.length === 1) {
    const org = organisations[0]!;
    // A refresh under way: its answers are the ones that include the write.
    const refreshing = queues.get(org);
    if (refreshing) await refreshing.catch(() => undefined);
    const keys = followers.get(org) ?? new Map<string, Follow<object> | undefined>();
    followers.set(org, keys.set(key, follow as Follow<object> | undefined));
    // Every filter combination asked for adds a key: those whose answer has expired are let go.
    if (keys.size > FOLLOWERS_PRUNE_AT)
      for (const k of keys.keys()) if (!state.store.has(fullKey([org], k))) keys.delete(k);
  }
  const result = await state.store.fetch(fullKey(organisations, key), { context: compute });
  // fetch() yields undefined only when the fetch was aborted, which nothing here does.
  return (result ?? { rows: await compute(), computedAt: new Date() }) as StatsResult<T>;
}

/**
 * After a committed write to an organisation's people or units. Earlier answers are left to expire
 * (clearing would abort computations other requests are waiting for); no key of an earlier
 * generation is asked for again.
 */
export function forgetStatistics(organisationId: string) {
  forgetStatisticsHere(organisationId);
  announce({ kind: 'statistics', organisationId });
}

/** Forgets in this instance only: what another instance announced (app/api/intern/andringar). */
export function forgetStatisticsHere(organisationId: string) {
  generations.set(organisationId, generationOf(organisationId) + 1);
  followers.delete(organisationId);
}

/** After this instance may have missed announcements: every organisation starts afresh. */
export function forgetAllStatisticsHere() {
  state.epoch += 1;
  followers.clear();
}

/** For tests: how many answers of the organisation a write of progress would look at. */
export const followedKeys = (organisationId: string) => followers.get(organisationId)?.size ?? 0;

/** For tests: a store on a clock the test moves. */
export function useStatsClock(perf: { now(): number }) {
  state.store = createStore(perf);
  followers.clear();
}

/** Runs a write that may change an organisation's statistics, and forgets its remembered answers once it is over. */
export async function changingStatistics<T>(organisationId: string, write: Promise<T>): Promise<T> {
  try {
    return await write;
  } finally {
    forgetStatistics(organisationId);
  }
}

// Writes of progress refresh the remembered answers of their organisation one at a time
// (state.queues): each refresh starts from what the one before it left.

/**
 * Runs a write of progress (completions, assignments) about `userIds` and refreshes the
 * remembered answers to include it: the rows of the units these people belong to are read again
 * and put in place of the old ones (a few rows per unit, whatever the size of the organisation),
 * on this instance and, through the announcement, on every other. Whatever cannot be refreshed is
 * forgotten: answers that do not say how to follow, a generation that moved on meanwhile.
 */
export async function changingProgress<T>(o: {
  organisationId: string;
  userIds: readonly string[];
  write: () => Promise<T>;
  /** The units of `userIds`; read from the people when not given. */
  unitsOf?: (userIds: readonly string[]) => Promise<readonly (string | null)[]>;
}): Promise<T> {
  if (STATS_TTL_MS === 0 || o.userIds.length > REFRESH_MAX_PEOPLE)
    return changingStatistics(o.organisationId, o.write());
  let result: T;
  try {
    result = await o.write();
  } catch (error) {
    forgetStatistics(o.organisationId);
    throw error;
  }
  let unitIds: string[];
  try {
    unitIds = [...new Set((await (o.unitsOf ?? unitsOfPeople)(o.userIds)).filter((u): u is string => !!u))];
  } catch {
    forgetStatistics(o.organisationId);
    return result;
  }
  announce({ kind: 'progress', organisationId: o.organisationId, unitIds });
  await refreshUnitsHere(o.organisationId, unitIds);
  return result;
}

async function unitsOfPeople(userIds: readonly string[]): Promise<(string | null)[]> {
  const people = await db.user.findMany({ where: { id: { in: [...userIds] } }, select: { unitId: true } });
  return people.map((p) => p.unitId);
}

/**
 * After a write of progress in these units, here or announced by another instance: the
 * organisation's remembered answers are read again for these units and carried into a new
 * generation. Requests for the organisation wait for it (rememberStats), so none is answered
 * from before the write once the refresh has begun.
 */
export function refreshUnitsHere(organisationId: string, unitIds: readonly string[]): Promise<void> {
  const previous = queues.get(organisationId) ?? Promise.resolve();
  const run = previous.catch(() => undefined).then(() => refreshAround(organisationId, unitIds));
  queues.set(organisationId, run);
  void run.finally(() => queues.get(organisationId) === run && queues.delete(organisationId)).catch(() => undefined);
  return run;
}

async function refreshAround(org: string, unitIds: readonly string[]): Promise<void> {
  const generation = generationOf(org);
  const epoch = state.epoch;
  const oldKey = (key: string) => `${epoch}/${org}:${generation}|${key}`;
  const all = [...(followers.get(org) ?? new Map<string, Follow<object> | undefined>()).entries()];
  const refreshes = all.flatMap(([key, follow]) => {
    const stored = state.store.peek(oldKey(key));
    return stored && follow?.kind === 'refresh' ? [{ key, follow, stored }] : [];
  });
  if (refreshes.length > REFRESH_MAX_ANSWERS) return forgetStatisticsHere(org);
  let fresh: object[][];
  try {
    // No unit (an elected politician without one): no grouped row changes, the rest is forgotten.
    fresh = await Promise.all(refreshes.map((r) => (unitIds.length ? r.follow.forUnits(unitIds) : [])));
  } catch {
    forgetStatisticsHere(org);
    return;
  }
  // From here on nothing awaits: the new generation is filled in one step.
  const moved = generationOf(org) !== generation || state.epoch !== epoch;
  const kept = all.flatMap(([key, follow]) => {
    const stored = state.store.peek(oldKey(key));
    return follow?.kind === 'keep' && stored ? [{ key, stored }] : [];
  });
  forgetStatisticsHere(org);
  if (moved) return;
  for (const { key, stored } of kept)
    carry(org, key, stored, state.store.getRemainingTTL(oldKey(key)), { kind: 'keep' });
  const changed = new Set(unitIds);
  refreshes.forEach((r, i) => {
    const rows = [
      ...(r.stored.rows as { unitId?: string }[]).filter((row) => !changed.has(row.unitId ?? '')),
      ...fresh[i]!,
    ];
    // As of now: the other units' rows are as fresh (each write since has refreshed its own units,
    // any other write forgot the answer), so the page's "computed at" says now; it still expires
    // when the answer first read would have.
    carry(org, r.key, { rows, computedAt: new Date() }, state.store.getRemainingTTL(oldKey(r.key)), r.follow);
  });
}

function carry(org: string, key: string, stored: Stored, ttl: number, follow: Follow<object>) {
  if (ttl <= 0) return;
  state.store.set(fullKey([org], key), stored, { ttl });
  const keys = followers.get(org) ?? new Map<string, Follow<object> | undefined>();
  followers.set(org, keys.set(key, follow));
}
