import { z } from 'zod';
import { audienceKey } from '@/lib/validation/content';
import { keyToAudience } from '@/lib/audiences';

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
  const from = q.fran ? new Date(`${q.fran}T00:00:00+01:00`) : undefined;
  const to = q.till ? new Date(new Date(`${q.till}T00:00:00+01:00`).getTime() + 86_400_000) : undefined;
  return { from, to };
}
