// The statistics page remembers its answers for a minute: it must never serve one key's rows for
// another, must compute once for requests that arrive together, and must start afresh after a
// write or when the minute is over.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  changingProgress,
  changingStatistics,
  followedKeys,
  forgetStatistics,
  refreshUnitsHere,
  rememberStats,
  STATS_TTL_MS,
  useStatsClock,
} from '@/lib/data/stats-cache';
import type { BaseRow } from '@/lib/stats/rollup';

const row = (unitId: string, people: number): BaseRow => ({
  unitId,
  gender: 'KVINNA',
  audience: 'EMPLOYEE',
  people,
  assigned: 0,
  assignedDone: 0,
  overdue: 0,
  completers: 0,
  completions: 0,
});

let clock = 0;
let computed: string[] = [];
const compute =
  (key: string, people = 5) =>
  async () => {
    computed.push(key);
    await new Promise((resolve) => setTimeout(resolve, 5));
    return [row(key, people)];
  };

beforeEach(() => {
  clock = 1_000;
  computed = [];
  useStatsClock({ now: () => clock });
});

describe('remembered statistics', () => {
  it('computes once for requests that arrive together, and keeps keys apart', async () => {
    const [a1, a2, b] = await Promise.all([
      rememberStats(['org-1'], 'a', compute('a')),
      rememberStats(['org-1'], 'a', compute('a')),
      rememberStats(['org-1'], 'b', compute('b')),
    ]);
    expect(computed).toEqual(['a', 'b']);
    expect(a1.rows).toEqual([row('a', 5)]);
    expect(a2).toBe(a1);
    expect(b.rows).toEqual([row('b', 5)]);
    expect((await rememberStats(['org-1'], 'a', compute('a', 9))).rows[0]!.people).toBe(5);
    expect(computed).toEqual(['a', 'b']);
  });

  it('computes again when the minute is over', async () => {
    await rememberStats(['org-1'], 'a', compute('a', 1));
    clock += STATS_TTL_MS - 1;
    expect((await rememberStats(['org-1'], 'a', compute('a', 2))).rows[0]!.people).toBe(1);
    clock += 2;
    expect((await rememberStats(['org-1'], 'a', compute('a', 3))).rows[0]!.people).toBe(3);
  });

  it('lets go of the keys of expired answers, so one filter combination after another does not grow memory', async () => {
    for (let i = 0; i < 150; i++) await rememberStats(['org-k'], `old-${i}`, async () => [row('u', 1)]);
    clock += STATS_TTL_MS + 1;
    for (let i = 0; i < 60; i++) await rememberStats(['org-k'], `new-${i}`, async () => [row('u', 1)]);
    expect(followedKeys('org-k')).toBeLessThanOrEqual(60);
  });

  it("forgets the organisation's answers after a write, also one that failed", async () => {
    await rememberStats(['org-1'], 'a', compute('a', 1));
    forgetStatistics('org-1');
    expect((await rememberStats(['org-1'], 'a', compute('a', 2))).rows[0]!.people).toBe(2);
    await expect(changingStatistics('org-1', Promise.reject(new Error('nej')))).rejects.toThrow('nej');
    expect((await rememberStats(['org-1'], 'a', compute('a', 3))).rows[0]!.people).toBe(3);
    expect(await changingStatistics('org-1', Promise.resolve('klart'))).toBe('klart');
    expect((await rememberStats(['org-1'], 'a', compute('a', 4))).rows[0]!.people).toBe(4);
  });

  it("keeps other organisations' answers, and forgets an answer about several when one of them changes", async () => {
    await rememberStats(['org-1'], 'a', compute('a', 1));
    await rememberStats(['org-2'], 'b', compute('b', 1));
    await rememberStats(['org-1', 'org-2'], 'both', compute('both', 1));
    forgetStatistics('org-2');
    expect((await rememberStats(['org-1'], 'a', compute('a', 2))).rows[0]!.people).toBe(1);
    expect((await rememberStats(['org-2'], 'b', compute('b', 2))).rows[0]!.people).toBe(2);
    expect((await rememberStats(['org-1', 'org-2'], 'both', compute('both', 2))).rows[0]!.people).toBe(2);
  });

  it('does not keep a failed computation', async () => {
    await expect(
      rememberStats(['org-1'], 'a', () => Promise.reject(new Error('databasen svarar inte'))),
    ).rejects.toThrow('databasen svarar inte');
    expect((await rememberStats(['org-1'], 'a', compute('a', 7))).rows[0]!.people).toBe(7);
  });
});

// A small stand-in for the database: each person's unit and completions, and the answer grouped
// by unit over all of them or over some units.
function people() {
  const state = new Map<string, BaseRow>([
    ['p1', { ...row('u1', 1), completions: 0 }],
    ['p2', { ...row('u1', 1), completions: 1 }],
    ['p3', { ...row('u2', 1), completions: 0 }],
  ]);
  const grouped = (units?: readonly string[]) => {
    const groups = new Map<string, BaseRow>();
    for (const r of state.values()) {
      if (units && !units.includes(r.unitId)) continue;
      const g = groups.get(r.unitId);
      groups.set(r.unitId, g ? { ...g, people: g.people + 1, completions: g.completions + r.completions } : { ...r });
    }
    return [...groups.values()];
  };
  let reads = 0;
  const unitReads: string[][] = [];
  const compute = async () => {
    reads++;
    return grouped();
  };
  const follow = {
    kind: 'refresh' as const,
    forUnits: async (units: readonly string[]) => {
      unitReads.push([...units]);
      await new Promise((resolve) => setTimeout(resolve, 2));
      return grouped(units);
    },
  };
  const set = (id: string) => state.set(id, { ...state.get(id)!, completions: state.get(id)!.completions + 1 });
  const complete = (id: string) => async () => {
    await new Promise((resolve) => setTimeout(resolve, 2));
    set(id);
    return id;
  };
  const unitsOf = async (ids: readonly string[]) => ids.map((id) => state.get(id)?.unitId ?? null);
  const progress = (id: string, write = complete(id)) =>
    changingProgress({ organisationId: 'org-1', userIds: [id], write, unitsOf });
  return { grouped, compute, follow, set, complete, progress, reads: () => reads, unitReads: () => unitReads };
}
const byUnit = (rows: BaseRow[]) => Object.fromEntries(rows.map((r) => [r.unitId, r.completions]));
const sortedRows = (rows: BaseRow[]) => [...rows].sort((a, b) => a.unitId.localeCompare(b.unitId));

describe('remembered statistics refreshed after a write of progress', () => {
  it('includes the write by reading only the units of the people it was about', async () => {
    const db = people();
    await rememberStats(['org-1'], 'v', db.compute, db.follow);
    await db.progress('p1');
    const after = await rememberStats(['org-1'], 'v', db.compute, db.follow);
    expect(db.reads()).toBe(1);
    expect(db.unitReads()).toEqual([['u1']]);
    expect(byUnit(after.rows)).toEqual({ u1: 2, u2: 0 });
    expect(sortedRows(after.rows)).toEqual(db.grouped());
  });

  it('counts writes about the same person sent together once each', async () => {
    const db = people();
    await rememberStats(['org-1'], 'v', db.compute, db.follow);
    await Promise.all([db.progress('p3'), db.progress('p3'), db.progress('p1')]);
    const after = await rememberStats(['org-1'], 'v', db.compute, db.follow);
    expect(db.reads()).toBe(1);
    expect(byUnit(after.rows)).toEqual({ u1: 2, u2: 2 });
  });

  it('keeps answers about people alone and forgets answers that cannot be refreshed', async () => {
    const db = people();
    await rememberStats(['org-1'], 'blocks', compute('blocks', 5), { kind: 'keep' });
    await rememberStats(['org-1'], 'derived', compute('derived', 5));
    await db.progress('p1');
    expect((await rememberStats(['org-1'], 'blocks', compute('blocks', 6), { kind: 'keep' })).rows[0]!.people).toBe(5);
    expect((await rememberStats(['org-1'], 'derived', compute('derived', 6))).rows[0]!.people).toBe(6);
  });

  it('refreshes an answer computed while the write was under way, whether or not it saw the write', async () => {
    const db = people();
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const write = db.progress('p1', async () => {
      await gate;
      return db.complete('p1')();
    });
    // Computed during the write, before it committed: it does not include it.
    await rememberStats(['org-1'], 'v', db.compute, db.follow);
    release();
    await write;
    const after = await rememberStats(['org-1'], 'v', db.compute, db.follow);
    expect(db.reads()).toBe(1);
    expect(sortedRows(after.rows)).toEqual(db.grouped());
  });

  it('forgets when the write fails, or when people changed meanwhile', async () => {
    const db = people();
    await rememberStats(['org-1'], 'v', db.compute, db.follow);
    await expect(db.progress('p1', () => Promise.reject(new Error('nej')))).rejects.toThrow('nej');
    await rememberStats(['org-1'], 'v', db.compute, db.follow);
    expect(db.reads()).toBe(2);
    await db.progress('p2', async () => {
      forgetStatistics('org-1');
      return db.complete('p2')();
    });
    const after = await rememberStats(['org-1'], 'v', db.compute, db.follow);
    expect(db.reads()).toBe(3);
    expect(sortedRows(after.rows)).toEqual(db.grouped());
  });

  it("follows another instance's write it is told about, and a view asked meanwhile waits for it", async () => {
    const db = people();
    await rememberStats(['org-1'], 'v', db.compute, db.follow);
    // Written by another instance: this one only hears which units changed.
    db.set('p3');
    const refresh = refreshUnitsHere('org-1', ['u2']);
    const view = rememberStats(['org-1'], 'v', db.compute, db.follow);
    await refresh;
    const seen = await view;
    expect(db.reads()).toBe(1);
    expect(byUnit(seen.rows)).toEqual({ u1: 1, u2: 1 });
  });

  it('keeps the grouped rows when the write was about someone without a unit, and forgets the rest', async () => {
    const db = people();
    await rememberStats(['org-1'], 'v', db.compute, db.follow);
    await rememberStats(['org-1'], 'derived', compute('derived', 5));
    await changingProgress({
      organisationId: 'org-1',
      userIds: ['politiker'],
      write: async () => 1,
      unitsOf: async () => [null],
    });
    expect(db.unitReads()).toEqual([]);
    expect((await rememberStats(['org-1'], 'v', db.compute, db.follow)).rows).toEqual(db.grouped());
    expect(db.reads()).toBe(1);
    expect((await rememberStats(['org-1'], 'derived', compute('derived', 6))).rows[0]!.people).toBe(6);
  });
});

describe('with STATS_CACHE_SECONDS=0', () => {
  it('computes every view, as the first view after a write does', async () => {
    vi.resetModules();
    vi.stubEnv('STATS_CACHE_SECONDS', '0');
    try {
      const fresh = await import('@/lib/data/stats-cache');
      let calls = 0;
      const count = async () => [row(`u${++calls}`, calls)];
      await fresh.rememberStats(['org-1'], 'a', count);
      expect((await fresh.rememberStats(['org-1'], 'a', count)).rows[0]!.unitId).toBe('u2');
    } finally {
      vi.unstubAllEnvs();
      vi.resetModules();
    }
  });
});

describe('an installation whose answers outgrow the memory', () => {
  // Found by the national bench (issue 20): the comparison of 300 organisations computed every
  // one's rows at once, more than the memory keeps; an answer pushed out while still being
  // computed made the page fail (HTTP 500) instead of being shown and then forgotten.
  it('answers every request when answers are pushed out while they are computed', async () => {
    const rows = (key: string) => Array.from({ length: 20_000 }, (_, i) => row(`${key}-${i}`, 5));
    const slow = (key: string, ms: number) => async () => {
      await new Promise((resolve) => setTimeout(resolve, ms));
      return rows(key);
    };
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) => rememberStats([`big-${i}`], 'all', slow(`big-${i}`, 40 - 3 * i))),
    );
    answers.forEach((answer, i) => {
      expect(answer.rows).toHaveLength(20_000);
      expect(answer.rows[0]!.unitId).toBe(`big-${i}-0`);
    });
  });
});
