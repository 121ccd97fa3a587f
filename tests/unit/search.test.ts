import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGuides } from '@/lib/content/loader';
import { buildIndex, prepareGuide, search, type SearchableGuide } from '@/lib/search/index';
import { matchWeight, normalise, queryTerms, tokenize } from '@/lib/search/swedish';

// Search over the real corpus with real Swedish queries: what a reader types must find the page.
const guides: SearchableGuide[] = loadGuides(path.resolve(import.meta.dirname, '../../content')).map((g) => ({
  slug: g.slug,
  title: g.data.title,
  summary: g.data.summary,
  body: g.body,
  topics: g.data.topics,
  audiences: g.data.audiences,
  updated: g.data.updated,
}));
const index = buildIndex(guides.map(prepareGuide));
const slugs = (query: string, options: { topic?: string; audience?: string } = {}) =>
  search(index, { query, ...options }).map((r) => r.slug);
const titleHas = (slug: string, stemmed: string) =>
  tokenize(guides.find((g) => g.slug === slug)!.title).some((t) => t.term.includes(stemmed));
const marked = (query: string, slug: string) =>
  search(index, { query })
    .find((r) => r.slug === slug)!
    .snippet!.filter((s) => s.mark)
    .map((s) => s.text);

describe('Swedish normalisation', () => {
  it('lower-cases, keeps å, ä and ö, and keeps positions in the NFC text', () => {
    expect(normalise('ÅSA Ärlig Öhman')).toBe('åsa ärlig öhman');
    const decomposed = 'Fo\u0308rskolan'; // "Förskolan" with a combining diaeresis
    expect(normalise(decomposed)).toBe('förskolan');
    expect(tokenize(decomposed)[0]).toMatchObject({ term: 'förskolan', start: 0, end: 9 });
  });

  it('treats inflected forms as one word', () => {
    const stems = (words: string) => new Set(tokenize(words).map((t) => t.term));
    expect(stems('stereotyp stereotyper stereotypen stereotyperna')).toEqual(new Set(['stereotyp']));
    expect(stems('kommun kommunen kommuner kommunerna')).toEqual(new Set(['kommun']));
  });

  it('drops stop words from queries', () => {
    expect(queryTerms('vad är en stereotyp och varför').map((t) => t.stem)).toEqual(['stereotyp', 'varför']);
  });

  it('matches compounds built on a word, but not words that merely start the same way', () => {
    const q = (word: string) => queryTerms(word)[0]!;
    const words = new Set(['utveckling']);
    expect(matchWeight(q('stereotyper'), 'könsstereotyp')).toBeGreaterThan(0);
    expect(matchWeight(q('kompetens'), 'kompetensutveckling', (w) => words.has(w))).toBeGreaterThan(0);
    expect(matchWeight(q('kommun'), 'kommunikation', (w) => words.has(w))).toBe(0);
  });
});

describe('search over the guidance corpus', () => {
  it('finds the same pages for every form of a word', () => {
    expect(slugs('stereotyper')).toEqual(slugs('stereotyp'));
    expect(slugs('stereotyperna')).toEqual(slugs('stereotyp'));
    expect(slugs('kommuner')).toEqual(slugs('kommunen'));
    expect(slugs('stereotyp').length).toBeGreaterThanOrEqual(3);
  });

  it.each([
    ['könsuppdelad statistik', 'konsuppdelad-statistik'],
    ['jämställdhetsanalys', 'jamstalldhetsanalys'],
    ['vård och omsorg', 'vard-och-omsorg-artikel-14-15'],
    ['CEMR-deklarationen', 'cemr-deklarationen'],
    ['tio steg', 'skr-guiden-tio-steg'],
    ['förtroendevalda', 'for-fortroendevalda'],
  ])('puts the page about it first: %s', (query, slug) => {
    expect(slugs(query)[0]).toBe(slug);
  });

  it.each(['stereotyper', 'statistik', 'kompetens', 'chefer'])(
    'ranks every title hit above every body hit: %s',
    (query) => {
      const found = slugs(query);
      const inTitle = found.map((slug) => titleHas(slug, queryTerms(query)[0]!.stem));
      const firstWithout = inTitle.indexOf(false);
      expect(inTitle.indexOf(true)).toBe(0);
      expect(inTitle.slice(firstWithout)).not.toContain(true);
    },
  );

  it('does not let "kommun" find pages about communication only', () => {
    const results = search(index, { query: 'kommunen' });
    expect(results[0]!.slug).not.toBe('stereotyper-i-kommunikation');
    for (const r of results)
      expect(r.snippet!.filter((s) => s.mark).every((s) => !/kommunikation/i.test(s.text))).toBe(true);
  });

  it('shows the passage around the match with the words marked, keeping å, ä and ö', () => {
    expect(marked('stereotyperna', 'stereotyper-i-verksamheten').map((w) => w.toLowerCase())).toContain('stereotyper');
    expect(marked('förskolan', 'stereotyper-i-verksamheten')[0]).toMatch(/^förskol/i);
    const snippet = search(index, { query: 'Rinkabyholm' })[0]!.snippet!;
    const text = snippet.map((s) => s.text).join('');
    expect(text.length).toBeLessThan(300);
    expect(text).toMatch(/Rinkabyholm/);
  });

  it('filters by topic and audience, with or without a query', () => {
    const all = search(index, {});
    expect(all).toHaveLength(guides.length);
    expect(all.map((r) => r.title)).toEqual([...all.map((r) => r.title)].sort((a, b) => a.localeCompare(b, 'sv')));
    const care = search(index, { topic: 'vard-och-omsorg' });
    expect(care.length).toBeGreaterThan(0);
    expect(care.every((r) => r.topics.includes('vard-och-omsorg'))).toBe(true);
    const forPoliticians = slugs('stereotyper', { audience: 'politiker' });
    expect(forPoliticians.every((slug) => guides.find((g) => g.slug === slug)!.audiences.includes('politiker'))).toBe(
      true,
    );
  });

  it('returns nothing, not everything, for a word the corpus lacks', () => {
    expect(slugs('fotbollsplan')).toEqual([]);
  });
});
