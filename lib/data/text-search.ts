import 'server-only';
import { databaseEngine } from '@/lib/env';

// Case-insensitive "contains" on both engines. PostgreSQL has it built in (mode: 'insensitive');
// SQLite's LIKE ignores case for a–z only, so for names with å, ä and ö we also try the lower-case
// and capitalised forms of the search term ("åsa" finds "Åsa").
export function containsAnyCase(term: string): { contains: string }[] {
  if (databaseEngine() === 'postgresql') return [{ contains: term, mode: 'insensitive' } as { contains: string }];
  const lower = term.toLocaleLowerCase('sv-SE');
  const capitalised = lower.replace(
    /(^|[\s-])(\p{L})/gu,
    (_, sep: string, letter: string) => sep + letter.toLocaleUpperCase('sv-SE'),
  );
  return [...new Set([term, lower, capitalised, term.toLocaleUpperCase('sv-SE')])].map((contains) => ({ contains }));
}
