import { normalise, stem, stopWords, wordsOf } from './swedish';

// Swedish writes compounds as one word (köns|stereotyper, jämställdhets|analys). No dictionary
// ships with the portal, so a word is split against the corpus' own vocabulary: it is a compound
// when its end (the head, at least 4 letters) and its start (at least 3), with an optional linking
// "s" between them, are both words of the corpus. "kommunikation" stays whole: "ikation" is no word.

export type Vocabulary = {
  /** Normalised words as written, with how many documents use each (spelling suggestions). */
  words: ReadonlyMap<string, number>;
  stems: ReadonlySet<string>;
  /** Memo of compoundParts: the corpus is split once per index, queries reuse it. */
  parts: Map<string, string[]>;
};

/** The vocabulary of a set of texts, one string per document. */
export function vocabularyOf(documents: readonly string[]): Vocabulary {
  const words = new Map<string, number>();
  for (const text of documents) {
    for (const word of new Set(wordsOf(text).map((w) => w.word))) words.set(word, (words.get(word) ?? 0) + 1);
  }
  const stems = new Set([...words.keys()].map(stem));
  return { words, stems, parts: new Map() };
}

const minModifier = 3;
const minHead = 4;

// Endings that are words of their own but, at the end of a longer word, are a suffix (planer|ing,
// föräldra|skap): never a compound's head.
const suffixWords = new Set('ring ringar ringen skap skapet ande andet ende else tion heten heter samt'.split(' '));

/** A head is inflected like the whole word: "träffar" counts when the corpus has "träff". */
function knownHead(vocabulary: Vocabulary, head: string): boolean {
  if (head.length < minHead || stopWords.has(head) || suffixWords.has(head)) return false;
  if (vocabulary.words.has(head)) return true;
  const stemmed = stem(head);
  return stemmed.length >= minHead && vocabulary.stems.has(stemmed);
}

/**
 * A modifier stands in its compound form: as written (kön|s), without its last vowel
 * (arbet|s from arbete, skol from skola) or with it changed (kvinno from kvinna, löne from lön).
 */
function knownModifier(vocabulary: Vocabulary, modifier: string): boolean {
  if (modifier.length < minModifier || stopWords.has(modifier)) return false;
  const has = (w: string) => vocabulary.words.has(w) && !stopWords.has(w);
  if (has(modifier) || has(`${modifier}a`) || has(`${modifier}e`)) return true;
  const bare = modifier.slice(0, -1);
  return /[aeou]$/.test(modifier) && bare.length >= minModifier && (has(bare) || has(`${bare}a`));
}

/**
 * The stems of a compound's parts, head first, or [] when the word is no compound of corpus
 * words. The longest head wins ("köns|stereotyper" rather than "könsstereo|typer"); a modifier
 * that is itself a compound of corpus words is split too (jämställdhets|integrerings|arbete).
 */
export function compoundParts(word: string, vocabulary: Vocabulary, depth = 0): string[] {
  const memo = depth === 0 ? vocabulary.parts.get(word) : undefined;
  if (memo) return memo;
  let found: string[] = [];
  for (let i = minModifier; i <= word.length - minHead && found.length === 0; i++) {
    const modifier = word.slice(0, i);
    const rest = word.slice(i);
    // With a linking "s" both readings may be words (diskriminerings|lagen, diskriminering|slagen):
    // the head the corpus uses more often wins.
    const heads = rest.startsWith('s') && !modifier.endsWith('s') ? [rest, rest.slice(1)] : [rest];
    const uses = (head: string) => vocabulary.words.get(head) ?? 0;
    for (const head of heads.sort((a, b) => uses(b) - uses(a))) {
      if (!knownHead(vocabulary, head)) continue;
      const whole = knownModifier(vocabulary, modifier);
      const inner = whole || depth > 0 ? [] : compoundParts(modifier, vocabulary, 1);
      if (!whole && inner.length === 0) continue;
      found = [...new Set([stem(head), stem(modifier), ...inner])];
      break;
    }
  }
  if (depth === 0) vocabulary.parts.set(word, found);
  return found;
}

/** The head of a compound (the part that says what it is: a könsstereotyp is a stereotyp). */
export function compoundHead(word: string, vocabulary: Vocabulary): string | null {
  return compoundParts(normalise(word), vocabulary)[0] ?? null;
}

/** A word of a text: its stem, then the stems of its compound parts, and where it stands. */
export type Token = { terms: string[]; start: number; end: number };

export function tokenize(text: string, vocabulary: Vocabulary): Token[] {
  return wordsOf(text).map(({ word, start, end }) => ({
    terms: [...new Set([stem(word), ...compoundParts(word, vocabulary)])],
    start,
    end,
  }));
}
