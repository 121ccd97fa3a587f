import { MAX_QUERY } from '@/lib/search/limits';
import { z } from './zod';
import { formatCount } from '@/lib/numbers';

// The search query of /vagledning?q=…: read from the address, so it is whatever anyone typed or
// pasted there. A query that cannot be searched gets a message, never a 500 and never a guess.

const CONTROL = /[\p{Cc}\u2028\u2029]/gu;

export const searchQuerySchema = z
  .string()
  .transform((q) => q.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim())
  .pipe(
    z
      .string()
      .max(MAX_QUERY, {
        error: (issue) =>
          `Sökningen är för lång (${formatCount((issue.input as string).length)} tecken). ` +
          `Skriv högst ${MAX_QUERY} tecken, till exempel ett eller några ord.`,
      })
      .refine((q) => q === '' || /[\p{L}\p{N}]/u.test(q), {
        error: 'Skriv minst en bokstav eller siffra. Det går inte att söka på bara tecken som # eller %.',
      }),
  );

export type SearchQuery =
  | { ok: true; query: string }
  | {
      ok: false;
      /** What to show in the search field again: the start of what was typed. */
      query: string;
      error: string;
    };

/** The first q parameter, checked. An empty query is fine: it lists every page. */
export function parseSearchQuery(value: string | string[] | undefined): SearchQuery {
  const raw = (Array.isArray(value) ? value[0] : value) ?? '';
  const parsed = searchQuerySchema.safeParse(raw);
  if (parsed.success) return { ok: true, query: parsed.data };
  const shown = raw.replace(CONTROL, ' ').trim().slice(0, MAX_QUERY);
  return { ok: false, query: shown, error: parsed.error.issues[0]?.message ?? 'Sökningen gick inte att läsa.' };
}
