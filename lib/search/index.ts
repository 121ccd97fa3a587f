import { insert, search as oramaSearch } from '@orama/orama';
import { tokenize, vocabularyOf, type Token, type Vocabulary } from './compounds';
import type { DocKind, PreparedDoc } from './documents';
import { analyseQuery, type QueryWord } from './query';
import { snippetFor, type Segment } from './snippet';
import { boost, createOrama, swedishTokenizer } from './orama';

// Full-text search over guidance, courses and lessons with Orama (BM25, field boosts, filters).
// Orama is given a Swedish tokenizer: Snowball stems, stop words, and compound parts split
// against the corpus' vocabulary (lib/search/compounds.ts). The index is built once per published
// change (lib/data/site-search.ts) and searched in memory.

type Entry = {
  doc: PreparedDoc;
  textTokens: Token[];
  summaryTokens: Token[];
  title: Set<string>;
  headings: Set<string>;
};

export type SearchIndex = {
  orama: ReturnType<typeof createOrama>;
  entries: Map<string, Entry>;
  vocabulary: Vocabulary;
  /** Every term in the index (without the end mark): what a query word can find. */
  terms: Set<string>;
};

// The title and heading tiers count whole words only: "Stereotyper i …" is a title hit for
// "stereotyper", "SKR:s vägledning …" is none for "ledning".
const wholeWords = (tokens: Token[]) => new Set(tokens.map((t) => t.terms[0]!));

export async function buildIndex(docs: readonly PreparedDoc[]): Promise<SearchIndex> {
  const vocabulary = vocabularyOf(docs.map((d) => [d.title, d.summary, d.text].join('\n')));
  const terms = new Set<string>();
  const orama = createOrama(swedishTokenizer(vocabulary, terms));
  const entries = new Map<string, Entry>();
  for (const doc of docs) {
    const textTokens = tokenize(doc.text, vocabulary);
    const summaryTokens = tokenize(doc.summary, vocabulary);
    const headings = doc.headings.join('\n');
    entries.set(doc.id, {
      doc,
      textTokens,
      summaryTokens,
      title: wholeWords(tokenize(doc.title, vocabulary)),
      headings: wholeWords(tokenize(headings, vocabulary)),
    });
    const { id, title, summary, text, topics, audiences } = doc;
    await insert(orama, {
      id,
      ...{ title, titleParts: title, headings, headingsParts: headings },
      ...{ summary, summaryParts: summary, body: text, bodyParts: text, bodyRepeated: text },
      topics,
      audiences,
    });
  }
  return { orama, entries, vocabulary, terms };
}

export type SearchOptions = { query?: string; topic?: string; audience?: string; kinds?: readonly DocKind[] };

export type SearchHit = Omit<PreparedDoc, 'text' | 'headings'> & { score: number; snippet: Segment[] | null };

export type SearchOutcome = {
  hits: SearchHit[];
  /** The query with misspelt words replaced by the corpus word one letter away, or null. */
  suggestion: string | null;
  /** True when the query had words, but only words too common to search on ("och", "att"). */
  onlyStopWords: boolean;
};

type Ranked = { id: string; matched: number; inTitle: number; inHeadings: number; score: number };

const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title, 'sv');

/**
 * Hits that answer every word come first, then those that answer some. Among them, hits with the
 * words in the title, then in a heading, then by Orama's score. Without a query: all, by title.
 */
export async function search(index: SearchIndex, options: SearchOptions): Promise<SearchOutcome> {
  const kinds = new Set(options.kinds ?? ['guide', 'course', 'lesson']);
  const where = {
    ...(options.topic ? { topics: { containsAll: [options.topic] } } : {}),
    ...(options.audience ? { audiences: { containsAll: [options.audience] } } : {}),
  };
  const { words, suggestion, onlyStopWords } = analyseQuery(options.query ?? '', index);
  const eligible = (id: string) => kinds.has(index.entries.get(id)!.doc.kind);

  if (words.length === 0) {
    const found = await oramaSearch(index.orama, { where, limit: index.entries.size });
    const hits = onlyStopWords
      ? []
      : found.hits.filter((h) => eligible(h.id)).map((h) => toHit(index.entries.get(h.id)!, 0, null));
    return { hits: hits.sort(byTitle), suggestion, onlyStopWords };
  }

  const ranked = new Map<string, Ranked>();
  for (const word of words) {
    const found = await oramaSearch(index.orama, {
      term: word.alternatives.join(' '),
      where,
      boost,
      threshold: 1,
      limit: index.entries.size,
    });
    for (const { id, score } of found.hits) {
      if (!eligible(id)) continue;
      const entry = index.entries.get(id)!;
      const r = ranked.get(id) ?? { id, matched: 0, inTitle: 0, inHeadings: 0, score: 0 };
      r.matched += 1;
      r.score += score;
      if (answers(word, entry.title)) r.inTitle += 1;
      else if (answers(word, entry.headings)) r.inHeadings += 1;
      ranked.set(id, r);
    }
  }
  const answering = new Set(words.flatMap((w) => w.alternatives));
  const hits = [...ranked.values()]
    .sort(
      (a, b) =>
        b.matched - a.matched ||
        b.inTitle - a.inTitle ||
        b.inHeadings - a.inHeadings ||
        b.score - a.score ||
        a.id.localeCompare(b.id),
    )
    .map(({ id, score }) => {
      const entry = index.entries.get(id)!;
      const snippet =
        snippetFor(entry.doc.text, entry.textTokens, answering) ??
        snippetFor(entry.doc.summary, entry.summaryTokens, answering);
      return toHit(entry, score, snippet);
    });
  return { hits, suggestion, onlyStopWords };
}

const answers = (word: QueryWord, terms: Set<string>) => word.alternatives.some((t) => terms.has(t));

function toHit({ doc }: Entry, score: number, snippet: Segment[] | null): SearchHit {
  const { id, kind, href, title, summary, topics, audiences, updated, course } = doc;
  return { id, kind, href, title, summary, topics, audiences, updated, course, score, snippet };
}
