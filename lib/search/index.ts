// A small in-process full-text index over the published guidance pages. The corpus is tens of
// pages, so the whole index is rebuilt when a page changes; ranking is tf-idf with field weights
// that put a hit in the title above any number of hits in the body.
import { snippetFor, type Segment } from './snippet';
import { matchWeight, queryTerms, tokenize, type QueryTerm, type Token } from './swedish';
import { plainTextOf } from './text';

export type SearchableGuide = {
  slug: string;
  title: string;
  summary: string;
  body: string;
  topics: string[];
  audiences: string[];
  updated: string;
};

type Field = 'title' | 'summary' | 'headings' | 'body';
const fieldWeights: Record<Field, number> = { title: 20, summary: 4, headings: 3, body: 1 };

type Doc = Omit<SearchableGuide, 'body'> & { text: string; textTokens: Token[]; summaryTokens: Token[] };
type Counts = Partial<Record<Field, number>>;

export type SearchIndex = {
  docs: Doc[];
  /** term → document number → hits per field */
  postings: Map<string, Map<number, Counts>>;
};

export type SearchResult = Omit<Doc, 'text' | 'textTokens' | 'summaryTokens'> & {
  score: number;
  snippet: Segment[] | null;
};
export type SearchOptions = { query?: string; topic?: string; audience?: string };

/** The slow part (Markdown parsing, stemming), done once per revision: callers may keep it. */
export type PreparedGuide = { doc: Doc; fields: Record<Field, Token[]> };

export function prepareGuide(guide: SearchableGuide): PreparedGuide {
  const { body, ...rest } = guide;
  const { text, headings } = plainTextOf(body);
  const fields: Record<Field, Token[]> = {
    title: tokenize(guide.title),
    summary: tokenize(guide.summary),
    headings: tokenize(headings.join('\n')),
    body: tokenize(text),
  };
  return { doc: { ...rest, text, textTokens: fields.body, summaryTokens: fields.summary }, fields };
}

export function buildIndex(prepared: PreparedGuide[]): SearchIndex {
  const postings = new Map<string, Map<number, Counts>>();
  prepared.forEach(({ fields }, n) => {
    for (const field of Object.keys(fields) as Field[]) {
      for (const { term } of fields[field]) {
        const byDoc = postings.get(term) ?? new Map<number, Counts>();
        const counts = byDoc.get(n) ?? {};
        counts[field] = (counts[field] ?? 0) + 1;
        byDoc.set(n, counts);
        postings.set(term, byDoc);
      }
    }
  });
  return { docs: prepared.map((p) => p.doc), postings };
}

function fieldScore(counts: Counts): number {
  let score = 0;
  for (const field of Object.keys(counts) as Field[]) score += fieldWeights[field] * Math.log1p(counts[field] ?? 0);
  return score;
}

/** Score per document for one query word (the best of the index terms that answer it). */
function scoresFor(index: SearchIndex, query: QueryTerm, answering: Set<string>): Map<number, number> {
  const scores = new Map<number, number>();
  const total = index.docs.length;
  const isWord = (word: string) => index.postings.has(word);
  for (const [term, byDoc] of index.postings) {
    const weight = matchWeight(query, term, isWord);
    if (weight === 0) continue;
    answering.add(term);
    const idf = Math.log(1 + total / byDoc.size);
    for (const [doc, counts] of byDoc) {
      const score = weight * idf * fieldScore(counts);
      if (score > (scores.get(doc) ?? 0)) scores.set(doc, score);
    }
  }
  return scores;
}

const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title, 'sv');

/**
 * Pages matching the filters and the query. Pages that answer every word come first, then pages
 * that answer some; within each group the higher score wins. Without a query: all, by title.
 */
export function search(index: SearchIndex, options: SearchOptions): SearchResult[] {
  const eligible = index.docs
    .map((doc, n) => ({ doc, n }))
    .filter(
      ({ doc }) =>
        (!options.topic || doc.topics.includes(options.topic)) &&
        (!options.audience || doc.audiences.includes(options.audience)),
    );
  const terms = queryTerms(options.query ?? '');
  if (terms.length === 0) {
    return eligible.map(({ doc }) => toResult(doc, 0, null)).sort(byTitle);
  }
  const answering = new Set<string>();
  const perTerm = terms.map((term) => scoresFor(index, term, answering));
  return eligible
    .map(({ doc, n }) => {
      const scores = perTerm.map((s) => s.get(n) ?? 0);
      return { doc, matched: scores.filter((s) => s > 0).length, score: scores.reduce((a, b) => a + b, 0) };
    })
    .filter((r) => r.matched > 0)
    .sort((a, b) => b.matched - a.matched || b.score - a.score || byTitle(a.doc, b.doc))
    .map(({ doc, score }) =>
      toResult(
        doc,
        score,
        snippetFor(doc.text, doc.textTokens, answering) ?? snippetFor(doc.summary, doc.summaryTokens, answering),
      ),
    );
}

function toResult(doc: Doc, score: number, snippet: Segment[] | null): SearchResult {
  const { slug, title, summary, topics, audiences, updated } = doc;
  return { slug, title, summary, topics, audiences, updated, score, snippet };
}
