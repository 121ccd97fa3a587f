import { beforeAll, describe, expect, it } from 'vitest';
import { compoundParts, vocabularyOf } from '@/lib/search/compounds';
import { search, type SearchIndex } from '@/lib/search/index';
import { normalise, stem, wordsOf } from '@/lib/search/swedish';
import { parseSearchQuery } from '@/lib/validation/search';
import { contentIndex } from '../support/search-corpus';

// Search over the real corpus (guidance, courses, lessons) with real Swedish queries: what a
// reader types must find the page, and what cannot be searched gets a message, not an error.
let index: SearchIndex;
beforeAll(async () => {
  index = await contentIndex();
});

const run = (query: string, options: { topic?: string; audience?: string } = {}) =>
  search(index, { query, ...options });
const ids = async (query: string, options: { topic?: string; audience?: string } = {}) =>
  (await run(query, options)).hits.map((h) => h.id);
const marked = async (query: string, id: string) =>
  (await run(query)).hits
    .find((h) => h.id === id)!
    .snippet!.filter((s) => s.mark)
    .map((s) => s.text);

describe('Swedish words', () => {
  it('lower-cases, keeps å, ä and ö, and keeps positions in the NFC text', () => {
    expect(normalise('ÅSA Ärlig Öhman')).toBe('åsa ärlig öhman');
    const decomposed = 'Fo\u0308rskolan'; // "Förskolan" with a combining diaeresis
    expect(wordsOf(decomposed)[0]).toMatchObject({ word: 'förskolan', start: 0, end: 9 });
  });

  it('gives every form of a word the same stem', () => {
    const same = (words: string) => new Set(words.split(' ').map(stem));
    expect(same('stereotyp stereotyper stereotypen stereotyperna').size).toBe(1);
    expect(same('analys analysen analyser analyserna').size).toBe(1);
    expect(same('kompetens kompetensen').size).toBe(1);
    expect(same('förskola förskolan').size).toBe(1);
    expect(same('kommun kommunen kommuner kommunerna').size).toBe(1);
  });

  it('leaves stop words out', () => {
    expect(wordsOf('vad är en stereotyp och varför i kommunen').map((w) => w.word)).toEqual(['stereotyp', 'kommunen']);
  });

  it('splits compounds into words of the corpus, and nothing else', () => {
    const vocabulary = vocabularyOf(['kön stereotyper lagen diskriminering kommun verksam arbete träffar plats']);
    expect(compoundParts('könsstereotyper', vocabulary)).toEqual([stem('stereotyper'), 'kön']);
    expect(compoundParts('diskrimineringslagen', vocabulary)[0]).toBe(stem('lagen'));
    expect(compoundParts('arbetsplatsträff', vocabulary)).toContain(stem('träffar'));
    expect(compoundParts('kommunikation', vocabulary)).toEqual([]);
    expect(compoundParts('verksamheten', vocabulary)).toEqual([]);
  });
});

describe('search over guidance, courses and lessons', () => {
  it('finds the same for every form of a word', async () => {
    expect(await ids('stereotyper')).toEqual(await ids('stereotyp'));
    expect(await ids('stereotyperna')).toEqual(await ids('stereotyp'));
    expect(await ids('kommuner')).toEqual(await ids('kommunen'));
  });

  it('finds compounds from their parts and the reverse', async () => {
    const stereotypes = await ids('stereotyper');
    expect(stereotypes).toContain('course:konsstereotyper');
    expect(stereotypes).toContain('lesson:konsstereotyper/vad-ar-konsstereotyper');
    const compound = (await ids('könsstereotyper')).slice(0, 5);
    expect(compound.filter((id) => id.startsWith('guide:') && id.includes('stereotyper'))).not.toEqual([]);
    expect(await ids('lönekartläggning')).toContain(
      'guide:diskrimineringslagen-aktiva-atgarder-och-sexuella-trakasserier',
    );
  });

  it.each([
    ['könsuppdelad statistik', 'guide:konsuppdelad-statistik'],
    ['jämställdhetsanalys', 'guide:jamstalldhetsanalys'],
    ['CEMR-deklarationen', 'guide:cemr-deklarationen'],
    ['förtroendevalda', 'course:politikerns-roll'],
    ['intersektionalitet', 'guide:flerfaldig-diskriminering-och-intersektionalitet'],
  ])('puts the item about it in the first three: %s', async (query, id) => {
    expect((await ids(query)).slice(0, 3)).toContain(id);
  });

  it.each(['stereotyper', 'statistik', 'kompetens', 'ledning'])('ranks every title hit first: %s', async (query) => {
    const [word] = wordsOf(query);
    const inTitle = (await run(query)).hits.map((h) => wordsOf(h.title).some((w) => stem(w.word) === stem(word!.word)));
    expect(inTitle[0]).toBe(true);
    expect(inTitle.slice(inTitle.indexOf(false))).not.toContain(true);
  });

  it('does not let "kommun" find pages about communication only', async () => {
    for (const hit of (await run('kommunen')).hits)
      expect(hit.snippet!.filter((s) => s.mark).every((s) => !/kommunikation/i.test(s.text))).toBe(true);
  });

  it('marks the matching words, compounds included, keeping å, ä and ö', async () => {
    expect((await marked('stereotyperna', 'guide:stereotyper-i-verksamheten')).map((w) => w.toLowerCase())).toContain(
      'stereotyper',
    );
    expect(await marked('stereotyper', 'lesson:konsstereotyper/vad-ar-konsstereotyper')).toContain('könsstereotyp');
    expect((await marked('förskolan', 'guide:stereotyper-i-verksamheten'))[0]).toMatch(/^förskol/i);
  });

  it('links a lesson to its lesson page, under its course', async () => {
    const hit = (await run('könsstereotyper')).hits.find(
      (h) => h.id === 'lesson:konsstereotyper/vad-ar-konsstereotyper',
    )!;
    expect(hit).toMatchObject({ kind: 'lesson', href: '/kurser/konsstereotyper/vad-ar-konsstereotyper' });
    expect(hit.course?.title).toBe('Känn igen och motverka könsstereotyper');
  });

  it('never finds the questions of a knowledge check, and finds a reflection question', async () => {
    expect(await ids('rekryteringskampanj')).not.toContain('lesson:konsstereotyper/kunskapskontroll');
    expect(await ids('städhjälp')).not.toContain('lesson:konsstereotyper/kunskapskontroll');
    expect(await ids('informationsblad')).toEqual(['lesson:konsstereotyper/reflektion-stereotyper']);
  });

  it('reads a word one letter off as the corpus word, and says so', async () => {
    const outcome = await run('jämstäldhetsanalys');
    expect(outcome.suggestion).toBe('jämställdhetsanalys');
    expect(outcome.hits[0]!.id).toBe('guide:jamstalldhetsanalys');
    expect((await run('Stereotyer på jobbet')).suggestion).toBe('Stereotyper på jobbet');
    expect((await run('stereotyper')).suggestion).toBeNull();
    // Four letters is too short to guess: "vålf" could be many words.
    expect(await run('vålf')).toMatchObject({ suggestion: null, hits: [] });
  });

  it('ignores stop words, and says so when there is nothing else', async () => {
    expect(await run('och')).toMatchObject({ onlyStopWords: true, hits: [] });
    expect(await run('att i och')).toMatchObject({ onlyStopWords: true, hits: [] });
    expect(await ids('vård och omsorg')).toEqual(await ids('vård omsorg'));
  });

  it('filters by topic and audience; without a query it lists by title', async () => {
    const all = (await search(index, { kinds: ['guide'] })).hits;
    expect(all.length).toBeGreaterThan(20);
    expect(all.map((r) => r.title)).toEqual([...all.map((r) => r.title)].sort((a, b) => a.localeCompare(b, 'sv')));
    const care = (await run('kön', { topic: 'vard-och-omsorg' })).hits;
    expect(care.length).toBeGreaterThan(0);
    expect(care.every((r) => r.topics.includes('vard-och-omsorg'))).toBe(true);
    const forPoliticians = (await run('stereotyper', { audience: 'politiker' })).hits;
    expect(forPoliticians.every((r) => r.audiences.includes('politiker'))).toBe(true);
  });

  it('returns nothing, not everything, for a word the corpus lacks', async () => {
    expect(await run('fotbollsplan')).toMatchObject({ hits: [], suggestion: null, onlyStopWords: false });
  });

  it('answers a long query of many words quickly', async () => {
    const query = 'jämställdhet statistik kompetens stereotyper '.repeat(5).slice(0, 200);
    const started = performance.now();
    await run(query);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('what cannot be searched', () => {
  it('refuses 10,000 characters with a message and keeps the start of the text', () => {
    const parsed = parseSearchQuery('stereotyper '.repeat(1000));
    expect(parsed.ok).toBe(false);
    expect(parsed.query.length).toBeLessThanOrEqual(200);
    expect(!parsed.ok && parsed.error).toMatch(/för lång.*högst 200 tecken/);
  });

  it('refuses a query of only symbols with a message', () => {
    const parsed = parseSearchQuery('%%% #!? ***');
    expect(!parsed.ok && parsed.error).toMatch(/minst en bokstav eller siffra/);
  });

  it('takes the first value, strips control characters and accepts an empty query', () => {
    expect(parseSearchQuery(['  könsstereotyper\u0000 ', 'annat'])).toEqual({ ok: true, query: 'könsstereotyper' });
    expect(parseSearchQuery(undefined)).toEqual({ ok: true, query: '' });
    expect(parseSearchQuery('x'.repeat(200)).ok).toBe(true);
  });
});
