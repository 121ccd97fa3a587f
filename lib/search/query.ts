import { boundedLevenshtein } from '@orama/orama/internals';
import { compoundParts, type Vocabulary } from './compounds';
import { stem, wordsOf } from './swedish';

// A query → the words to look for. Each word is answered by its stem or, for a compound, by its
// head ("könsstereotyper" also finds pages about "stereotyper"). A word of 5 letters or more that
// the index lacks is read as the corpus word one edit away, and the reader is told ("Menade du").

export type QueryWord = { word: string; alternatives: string[] };

export type AnalysedQuery = {
  words: QueryWord[];
  suggestion: string | null;
  onlyStopWords: boolean;
};

type Corpus = { vocabulary: Vocabulary; terms: ReadonlySet<string> };

const typoMinLength = 5;

// A compound the corpus lacks is looked for by its head only when the head says enough on its own:
// "lönestatistik" finds pages about statistik, "fotbollsplan" does not find every plan.
const minLoneHead = 5;

function alternativesOf(word: string, corpus: Corpus): string[] {
  const whole = stem(word);
  const head = compoundParts(word, corpus.vocabulary)[0];
  if (!head || (!corpus.terms.has(whole) && head.length < minLoneHead)) return [whole];
  return [...new Set([whole, head])];
}

/** The corpus word one edit away, the one most documents use (then the first alphabetically). */
export function nearestWord(word: string, vocabulary: Vocabulary): string | null {
  let best: { word: string; count: number } | null = null;
  for (const [candidate, count] of vocabulary.words) {
    if (Math.abs(candidate.length - word.length) > 1 || candidate.length < typoMinLength) continue;
    if (!boundedLevenshtein(word, candidate, 1).isBounded) continue;
    if (!best || count > best.count || (count === best.count && candidate.localeCompare(best.word, 'sv') < 0))
      best = { word: candidate, count };
  }
  return best?.word ?? null;
}

export function analyseQuery(query: string, corpus: Corpus): AnalysedQuery {
  const found = wordsOf(query);
  const onlyStopWords = found.length === 0 && /[\p{L}\p{N}]/u.test(query);
  const words = new Map<string, QueryWord>();
  const replacements: { start: number; end: number; word: string }[] = [];
  for (const { word, start, end } of found) {
    let alternatives = alternativesOf(word, corpus);
    let used = word;
    if (!alternatives.some((t) => corpus.terms.has(t)) && word.length >= typoMinLength) {
      const nearest = nearestWord(word, corpus.vocabulary);
      if (nearest) {
        used = nearest;
        alternatives = alternativesOf(nearest, corpus);
        replacements.push({ start, end, word: nearest });
      }
    }
    if (!words.has(used)) words.set(used, { word: used, alternatives });
  }
  return { words: [...words.values()], suggestion: suggest(query, replacements), onlyStopWords };
}

/** The query as typed, with the misspelt words replaced (positions are in its NFC form). */
function suggest(query: string, replacements: { start: number; end: number; word: string }[]): string | null {
  if (replacements.length === 0) return null;
  let text = query.normalize('NFC');
  for (const r of [...replacements].reverse()) {
    // Keep a capital the reader typed ("Stereotyer" → "Stereotyper").
    const typed = text.slice(r.start, r.end);
    const word = typed[0] !== typed[0]!.toLowerCase() ? r.word[0]!.toUpperCase() + r.word.slice(1) : r.word;
    text = text.slice(0, r.start) + word + text.slice(r.end);
  }
  return text.trim();
}
