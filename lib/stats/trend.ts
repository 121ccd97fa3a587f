import { createTranslator } from 'use-intl/core';
import { startOfStockholmDay, stockholmDay } from '@/lib/dates';
import { messages } from '@/lib/i18n';
import { defaultLocale, type Locale } from '@/lib/i18n/config';
import { atomKey, type Protection } from './protection';
import { cellOf, groupsOf, keyOf, type BaseRow, type DisplayRow, type Group } from './rollup';

// The completion share per quarter: of the people counted today, the share who had completed (the
// chosen course, or at least one) by the end of each of the last eight quarters. The people are
// the same in every quarter, so each point goes through the same protection as the tables: a
// group that may be shown is shown in every quarter, a hidden one in none.

export type Quarter = { key: string; label: string; start: Date; end: Date };

/** The last `count` quarters in Swedish time, oldest first, the current one last, named in `locale`. */
export function lastQuarters(now: Date, count = 8, locale: Locale = defaultLocale): Quarter[] {
  const t = createTranslator({ locale, messages: messages(locale), namespace: 'stats' });
  const [year, month] = stockholmDay(now).split('-').map(Number) as [number, number];
  const current = year * 4 + Math.floor((month - 1) / 3);
  const startOf = (q: number) =>
    startOfStockholmDay(`${Math.floor(q / 4)}-${String((q % 4) * 3 + 1).padStart(2, '0')}-01`);
  return Array.from({ length: count }, (_, i) => {
    const q = current - count + 1 + i;
    return {
      key: `${Math.floor(q / 4)}-K${(q % 4) + 1}`,
      label: t('quarter', { year: String(Math.floor(q / 4)), quarter: (q % 4) + 1 }),
      start: startOf(q),
      end: startOf(q + 1),
    };
  });
}

/** People by group and the quarter (index into the quarters; -1 before them) of their first completion. */
export type FirstCompletion = {
  unitId: string;
  gender: string | null;
  audience: string;
  quarter: number;
  people: number;
};

export function buildTrend(input: {
  rows: readonly BaseRow[];
  firsts: readonly FirstCompletion[];
  quarters: readonly Quarter[];
  protection: Protection;
}): DisplayRow[] {
  const { rows, firsts, quarters, protection } = input;
  // Completers by the end of each quarter, per group: a running sum over the quarters.
  const done = new Map<string, number[]>();
  for (const f of firsts) {
    const key = atomKey(f);
    const counts = done.get(key) ?? done.set(key, new Array<number>(quarters.length).fill(0)).get(key)!;
    for (let k = Math.max(f.quarter, 0); k < quarters.length; k++) counts[k]! += f.people;
  }
  // The same people in every quarter: one verdict per group serves all eight, and each group's
  // people and completers per quarter are summed in one pass over its rows.
  const groups = groupsOf({ key: 'trend', label: '', rows: [...rows] }, protection);
  const summed = ({ rows: members, verdict }: Group) => {
    let people = 0;
    const completers = new Array<number>(quarters.length).fill(0);
    for (const r of members) {
      people += r.people;
      const counts = done.get(keyOf(r));
      if (counts) for (let k = 0; k < counts.length; k++) completers[k]! += counts[k]!;
    }
    return (k: number) => cellOf(verdict, completers[k]!, people);
  };
  const women = summed(groups.KVINNA);
  const men = summed(groups.MAN);
  const everyone = summed(groups.total);
  return quarters.map((quarter, k) => ({
    key: quarter.key,
    label: quarter.label,
    cells: { KVINNA: women(k), MAN: men(k) },
    total: everyone(k),
  }));
}
