// The statistics page remembers its answers for a minute: it must never serve one key's rows for
// another, must compute once for requests that arrive together, and must start afresh after a
// write or when the minute is over.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  changingStatistics,
  forgetStatistics,
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
