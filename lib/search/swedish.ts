import { stemmer } from '@orama/stemmers/swedish';

// Swedish text → search terms. Normalisation keeps å, ä and ö as letters of their own (they are
// not a, a and o in Swedish); the Snowball stemmer folds inflections (stereotyper, stereotypen,
// stereotyperna → stereotyp; kommunen, kommuner → kommun).

export type Token = { term: string; start: number; end: number };

// Words so common that they say nothing about what a page is about.
const stopWords = new Set(
  (
    'och i att det som en på är av för med till den har de inte om ett var jag men ska så kan ' +
    'eller vi du man från när vad hur vid även sin sina sitt där här detta dessa denna alla ' +
    'mer än under efter också bara hos mot'
  ).split(' '),
);

/**
 * Lower-case NFC text with the same length as the NFC input, so that positions found in it point
 * into the text shown to the reader. Other accents fold (idé → ide); å, ä and ö stay.
 */
export function normalise(text: string): string {
  const nfc = text.normalize('NFC');
  let lower = nfc.toLowerCase();
  // A few characters outside Swedish change length when lower-cased: keep those as they are.
  if (lower.length !== nfc.length)
    lower = Array.from(nfc, (c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join('');
  return lower.replace(/[éèêëáàâü]/g, (c) => accents[c] ?? c);
}

const accents: Record<string, string> = { é: 'e', è: 'e', ê: 'e', ë: 'e', á: 'a', à: 'a', â: 'a', ü: 'u' };

export function stem(word: string): string {
  return word.length <= 3 ? word : stemmer(word);
}

const wordPattern = /[\p{L}\p{N}]+/gu;

/** The words of a text with their positions in its NFC form, stemmed, without stop words. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of normalise(text).matchAll(wordPattern)) {
    const word = match[0];
    if (stopWords.has(word)) continue;
    tokens.push({ term: stem(word), start: match.index, end: match.index + word.length });
  }
  return tokens;
}

/** A word of the query: its stem, and the word itself (compounds are built on the word). */
export type QueryTerm = { stem: string; word: string };

export function queryTerms(query: string): QueryTerm[] {
  const seen = new Map<string, QueryTerm>();
  const normalised = normalise(query);
  for (const token of tokenize(query)) {
    if (!seen.has(token.term))
      seen.set(token.term, { stem: token.term, word: normalised.slice(token.start, token.end) });
  }
  return [...seen.values()];
}

/**
 * How well an indexed term answers a query word (0 = not at all). Snowball is not perfectly
 * consistent ("analys" → analy, "analysen" → analys; "kompetens" → kompet), so stems a few letters
 * apart count. Swedish builds compounds, so a term that starts with the query word followed by
 * another word of the corpus (kompetens|utveckling) or ends with it (köns|stereotyp) counts, for
 * less. "kommun" does not find "kommunikation": "ikation" is no word of the corpus.
 */
export function matchWeight(query: QueryTerm, term: string, isWord: (word: string) => boolean = () => false): number {
  const q = query.stem;
  if (term === q) return 1;
  const [shorter, longer] = term.length < q.length ? [term, q] : [q, term];
  if (shorter.length >= 4 && longer.startsWith(shorter) && longer.length - shorter.length <= 3) return 0.8;
  for (const head of new Set([query.word, q])) {
    if (head.length < 4 || !term.startsWith(head)) continue;
    const rest = term.slice(head.length).replace(/^s(?=[^aeiouyåäö])/, '');
    if (rest.length >= 3 && (isWord(rest) || isWord(stem(rest)))) return 0.5;
  }
  if (q.length >= 5 && term.length - q.length >= 2 && term.endsWith(q)) return 0.5;
  return 0;
}
