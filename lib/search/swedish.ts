import { stemmer } from '@orama/stemmers/swedish';

// Swedish text → search terms. Normalisation keeps å, ä and ö as letters of their own (they are
// not a, a and o in Swedish); the Snowball stemmer folds inflections (stereotyper, stereotypen,
// stereotyperna → stereotyp; kommunen, kommuner → kommun).

// The Snowball stop list for Swedish (snowballstem.org), minus words that carry meaning here:
// "man" stays a stop word (the pronoun "one"), "män" (men) does not.
export const stopWords: ReadonlySet<string> = new Set(
  (
    'och det att i en jag hon som han på den med var sig för så till är men ett om hade de av icke ' +
    'mig du henne då sin nu har inte hans honom skulle hennes där min man ej vid kunde något från ut ' +
    'när efter upp vi dem vara vad över än dig kan sina här ha mot alla under någon eller allt mycket ' +
    'sedan ju denna själv detta åt utan varit hur ingen mitt ni bli blev oss din dessa några deras ' +
    'blir mina samma vilken er sådan vår blivit dess inom mellan sådant varför varje vilka ditt vem ' +
    'vilket sitta sådana vart dina vars vårt våra ert era vilkas även också bara hos ska sitt'
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

/**
 * Snowball, run until nothing changes, plus the definite "-an" it leaves alone. Run once it is not
 * consistent ("analys" → analy but "analysen" → analys; "kompetens" → kompet but "kompetensen" →
 * kompetens), and "förskolan" would not meet "förskola".
 */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  let current = stemmer(word);
  if (current.length >= 5 && current.endsWith('an')) current = current.slice(0, -2);
  for (let round = 0; round < 3 && current.length > 3; round++) {
    const next = stemmer(current);
    if (next === current) break;
    current = next;
  }
  return current;
}

export const wordPattern = /[\p{L}\p{N}]+/gu;

/** The words of a text (normalised) with their positions in its NFC form, stop words left out. */
export function wordsOf(text: string): { word: string; start: number; end: number }[] {
  const words = [];
  for (const match of normalise(text).matchAll(wordPattern)) {
    const word = match[0];
    if (stopWords.has(word)) continue;
    words.push({ word, start: match.index, end: match.index + word.length });
  }
  return words;
}
