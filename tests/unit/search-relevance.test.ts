import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { search, type SearchIndex } from '@/lib/search/index';
import { contentIndex } from '../support/search-corpus';

// The relevance set (search-relevance.json): Swedish queries with the pages, courses and lessons
// that must be in the first five results, decided by reading content/. The index is built from
// the real corpus through the same document builders the portal uses.
//
// recall@5: the share of a query's expected items found in the first five, averaged over queries.
// precision@5: the share of the first five results (or fewer, when fewer are found) that are
// expected or relevant, averaged over queries.
//
// Thresholds: mean recall@5 ≥ 0.9, because a reader who does not see the page in the first five
// results rarely scrolls on, and no query may lose more than half of its expected items. Mean
// precision@5 ≥ 0.7: the corpus has several pages on most topics and a lesson often repeats its
// course, so a sixth-best page among the first five is not a failure, but mostly noise is.
const minRecall = 0.9;
const minQueryRecall = 0.5;
const minPrecision = 0.7;

type Case = { query: string; why: string; expected: string[]; relevant: string[] };
const cases = (
  JSON.parse(readFileSync(path.join(import.meta.dirname, 'search-relevance.json'), 'utf8')) as { queries: Case[] }
).queries;

let index: SearchIndex;
beforeAll(async () => {
  index = await contentIndex();
});

async function measure(c: Case) {
  const top = (await search(index, { query: c.query })).hits.slice(0, 5).map((h) => h.id);
  const relevant = new Set([...c.expected, ...c.relevant]);
  return {
    query: c.query,
    top,
    missing: c.expected.filter((id) => !top.includes(id)),
    recall: c.expected.filter((id) => top.includes(id)).length / c.expected.length,
    precision: top.length === 0 ? 0 : top.filter((id) => relevant.has(id)).length / top.length,
  };
}

describe('search relevance over the content corpus', () => {
  it('has at least 25 queries, and every id in it names a real page, course or lesson', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
    const unknown = cases.flatMap((c) => [...c.expected, ...c.relevant]).filter((id) => !index.entries.has(id));
    expect(unknown).toEqual([]);
  });

  it(`reaches recall@5 ≥ ${minRecall} and precision@5 ≥ ${minPrecision}`, async () => {
    const results = await Promise.all(cases.map(measure));
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
    const recall = mean(results.map((r) => r.recall));
    const precision = mean(results.map((r) => r.precision));
    const rows = results.map(
      (r) =>
        `  ${r.recall.toFixed(2)}  ${r.precision.toFixed(2)}  ${r.query}` +
        (r.missing.length ? `  (saknas: ${r.missing.join(', ')})` : ''),
    );
    // Printed on every run so the figures can be quoted (and compared after a change).
    console.log(
      [
        `Sökrelevans, ${cases.length} frågor: recall@5 ${recall.toFixed(3)}, precision@5 ${precision.toFixed(3)}`,
        '  rec   prec  fråga',
        ...rows,
      ].join('\n'),
    );
    expect(results.filter((r) => r.recall < minQueryRecall).map((r) => r.query)).toEqual([]);
    expect(recall).toBeGreaterThanOrEqual(minRecall);
    expect(precision).toBeGreaterThanOrEqual(minPrecision);
  });
});
