import { z } from 'zod';
import { audienceKey } from '@/lib/validation/content';
import { keyToAudience } from '@/lib/audiences';
import { addDays, startOfStockholmDay } from '@/lib/dates';

// The statistics filters from the URL. Bad values are ignored rather than failing the page.
const date = z.iso.date().optional().catch(undefined);
export const statsQuerySchema = z.object({
  kurs: z.string().max(80).optional().catch(undefined),
  enhet: z.string().max(64).optional().catch(undefined),
  malgrupp: audienceKey.optional().catch(undefined),
  fran: date,
  till: date,
});
export type StatsQuery = z.infer<typeof statsQuerySchema>;

export function parseStatsQuery(params: Record<string, string | string[] | undefined>): StatsQuery {
  const flat = Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v || undefined]),
  );
  return statsQuerySchema.parse(flat);
}

export function audienceFilter(q: StatsQuery) {
  return q.malgrupp ? keyToAudience[q.malgrupp] : undefined;
}

/** The period [from, to) in Swedish time: "till" includes its whole day. */
export function periodFilter(q: StatsQuery) {
  const from = q.fran ? startOfStockholmDay(q.fran) : undefined;
  const to = q.till ? startOfStockholmDay(addDays(q.till, 1)) : undefined;
  return { from, to };
}
