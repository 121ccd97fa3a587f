// The name search of the assign list (/chef/tilldela?sok=...): read from the address, so it is
// whatever anyone typed there. Pure, shared by the page and its tests.

const MAX_SEARCH = 100;
const CONTROL = /[\p{Cc}\u2028\u2029]/gu;

/** One search parameter as text: the first value, without control characters, trimmed, at most 100 characters. */
export function searchParam(value: string | string[] | undefined): string {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first !== 'string') return '';
  return first.replace(CONTROL, ' ').trim().slice(0, MAX_SEARCH);
}

const fold = (text: string) => text.toLocaleLowerCase('sv').normalize('NFC');

/** Every word of the search appears in the name ("moa med" finds "Moa Medarbetare"); an empty search matches all. */
export function matchesName(name: string, search: string): boolean {
  const words = fold(search).split(/\s+/).filter(Boolean);
  const haystack = fold(name);
  return words.every((w) => haystack.includes(w));
}
