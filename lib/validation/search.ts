import { translator } from '@/lib/i18n';
import { defaultLocale, type Locale } from '@/lib/i18n/config';
import { formatCount } from '@/lib/numbers';
import { MAX_QUERY } from '@/lib/search/limits';
import { z } from './zod';

// The search query of /vagledning?q=…: read from the address, so it is whatever anyone typed or
// pasted there. A query that cannot be searched gets a message, never a 500 and never a guess.

const CONTROL = /[\p{Cc}\u2028\u2029]/gu;
const tidy = (q: string) => q.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();

export const searchQuerySchema = z
  .string()
  .transform(tidy)
  .pipe(
    z
      .string()
      // The message names the length typed, in the reader's language: parseSearchQuery writes it.
      .max(MAX_QUERY)
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

/**
 * The first q parameter, checked. An empty query is fine: it lists every page. A query that is too
 * long is refused in the reader's language; the other refusals are fixed Swedish messages, which
 * the page puts in the reader's language (lib/i18n/messages).
 */
export function parseSearchQuery(value: string | string[] | undefined, locale: Locale = defaultLocale): SearchQuery {
  const raw = (Array.isArray(value) ? value[0] : value) ?? '';
  const parsed = searchQuerySchema.safeParse(raw);
  if (parsed.success) return { ok: true, query: parsed.data };
  const shown = raw.replace(CONTROL, ' ').trim().slice(0, MAX_QUERY);
  const issue = parsed.error.issues[0];
  const error =
    issue?.code === 'too_big'
      ? translator(locale)('guideList.tooLong', { length: formatCount(tidy(raw).length, locale), max: MAX_QUERY })
      : (issue?.message ?? 'Sökningen gick inte att läsa.');
  return { ok: false, query: shown, error };
}
