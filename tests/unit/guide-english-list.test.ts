// The guidance list in the reader's language (issue 21): on a
// seeded database of the engine under test, an English reader's list names the pages that have an
// English version (content/guidance/en) in English, marked so, and the rest in Swedish; a Swedish
// reader's list is untouched; a page whose English no longer matches its Swedish is listed in Swedish.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engine } from '../support/test-db';
import { seededDb, type Seeded } from '../support/seeded-db';

let s: Seeded;
let guides: typeof import('@/lib/data/guides');
let search: typeof import('@/lib/data/site-search');

beforeAll(async () => {
  s = await seededDb();
  const { getHostOrganisationId } = await import('@/lib/data/host');
  const { seedGuides } = await import('@/prisma/seed/guides');
  await seedGuides(s.db, (await getHostOrganisationId())!);
  guides = await import('@/lib/data/guides');
  search = await import('@/lib/data/site-search');
});

afterAll(() => s?.close());

const everyPage = async () => (await search.searchSite({ kinds: ['guide'] })).hits;

describe(`the guidance list in the reader's language (${engine})`, () => {
  it('names the pages with an English version in English, the others in Swedish, by the title shown', async () => {
    const hits = await everyPage();
    const shown = await guides.guideHitsIn(hits, 'en');
    expect(shown).toHaveLength(hits.length);
    const bySlug = new Map(shown.map((hit) => [hit.href.split('/').pop(), hit]));
    expect(bySlug.get('jamstalldhetsintegrering')).toMatchObject({
      title: expect.stringMatching(/^Gender mainstreaming/),
      lang: 'en',
    });
    expect(bySlug.get('jamstalldhetsintegrering')!.summary).toMatch(/gender equality/i);
    expect(bySlug.get('ordlista')).toMatchObject({ lang: 'sv' });
    expect(bySlug.get('ordlista')!.title).toBe(hits.find((h) => h.href === '/vagledning/ordlista')!.title);
    const titles = shown.map((hit) => hit.title);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('leaves the Swedish list as the index has it', async () => {
    const hits = await everyPage();
    const shown = await guides.guideHitsIn(hits, 'sv');
    expect(shown.map(({ lang, ...hit }) => [lang, hit])).toEqual(hits.map((hit) => ['sv', hit]));
  });

  it('lists a page in Swedish once its Swedish text has changed since the English was written', async () => {
    const page = await s.db.guidePage.findFirstOrThrow({
      where: { slug: 'for-chefer' },
      select: { publishedRevisionId: true },
    });
    await s.db.guideRevision.update({
      where: { id: page.publishedRevisionId! },
      data: { summary: 'En ny svensk sammanfattning.' },
    });
    const shown = await guides.guideHitsIn(await everyPage(), 'en');
    expect(shown.find((hit) => hit.href === '/vagledning/for-chefer')).toMatchObject({ lang: 'sv' });
  });
});
