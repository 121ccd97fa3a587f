import { create, type Tokenizer } from '@orama/orama';
import { tokenize, type Token, type Vocabulary } from './compounds';

// How the portal's documents are laid out in Orama, and the Swedish tokenizer Orama is given.

// Each text field twice: its words as written (stemmed), and the parts of its compounds. A word
// found as a part ("ledning" in "vägledning") counts for less than the word itself. Orama counts
// a word once per field, however often it is used; the words a page uses again and again say what
// it is about, so they also go into a field of their own (bodyRepeated).
const schema = {
  title: 'string',
  titleParts: 'string',
  headings: 'string',
  headingsParts: 'string',
  summary: 'string',
  summaryParts: 'string',
  body: 'string',
  bodyParts: 'string',
  bodyRepeated: 'string',
  topics: 'enum[]',
  audiences: 'enum[]',
} as const;

// A title hit weighs most, then a heading, then the summary; the tiers in `search` then make sure
// that every title hit comes before every other hit.
export const boost = {
  title: 8,
  titleParts: 4,
  headings: 3,
  headingsParts: 1.5,
  summary: 2,
  summaryParts: 1,
  body: 1,
  bodyParts: 0.5,
  bodyRepeated: 1,
};

// Every indexed term ends in this mark, so Orama's search (which finds words by prefix) finds
// whole words only: "kommun" does not find "kommunikation".
const END = '$';

export function swedishTokenizer(vocabulary: Vocabulary, terms: Set<string>): Tokenizer {
  return {
    language: 'swedish',
    normalizationCache: new Map(),
    // Orama names the field when it indexes and none when it searches. A query arrives analysed
    // already (analyseQuery): the stems that may answer one query word, separated by spaces.
    tokenize(raw: string, _language?: string, prop?: string) {
      if (prop === undefined)
        return raw
          .split(' ')
          .filter(Boolean)
          .map((t) => t + END);
      const tokens = tokenize(raw, vocabulary);
      const found = new Set(
        prop.endsWith('Parts')
          ? tokens.flatMap((t) => t.terms.slice(1))
          : prop === 'bodyRepeated'
            ? repeated(tokens)
            : tokens.map((t) => t.terms[0]!),
      );
      for (const term of found) terms.add(term);
      return [...found].map((t) => t + END);
    },
  };
}

/** Terms a text uses at least three times, as a word or as part of one. */
function repeated(tokens: Token[]): string[] {
  const counts = new Map<string, number>();
  for (const term of tokens.flatMap((t) => t.terms)) counts.set(term, (counts.get(term) ?? 0) + 1);
  return [...counts].filter(([, n]) => n >= 3).map(([term]) => term);
}

export function createOrama(tokenizer: Tokenizer) {
  return create({ schema, components: { tokenizer }, sort: { enabled: false } });
}
