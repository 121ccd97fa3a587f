// A guidance page's English version (issue 21, item 4), on a real database of the engine under
// test: saved with the Swedish in the same revision and version check, shown to English readers
// only while it was written from the Swedish page as it is; a change to the Swedish without the
// editor saying the English still matches puts English readers back on the Swedish page; a restore
// brings back the English of the version restored; a half-written English version is refused.
import { describe, expect, it } from 'vitest';
import { restoreRevision } from '@/lib/data/guide-history';
import { createGuide, saveGuide } from '@/lib/data/guide-store';
import { localizeGuide } from '@/lib/guides/translations';
import { parseGuideForm } from '@/lib/validation/guide';
import { codeOf, content, setUpGuideStoreDb } from '../support/guide-store-db';
import { engine } from '../support/test-db';

const store = setUpGuideStoreDb();
const { base } = store;

const english = (body: string, upToDate = true) => ({
  title: 'Test page',
  summary: 'A page for tests.',
  body,
  upToDate,
});

async function latestInEnglish(pageId: string) {
  const latest = await store.db.guideRevision.findFirstOrThrow({ where: { pageId }, orderBy: { number: 'desc' } });
  return { revision: latest, shown: localizeGuide(latest, 'en') };
}

describe(`a guidance page's English version (${engine})`, () => {
  it('is saved with the Swedish and shown to English readers while it matches it', async () => {
    const created = await createGuide({
      ...base(),
      slug: 'engelsk-sida',
      content: content('Svensk text.'),
      english: english('English text.'),
    });
    const first = await latestInEnglish(created.pageId);
    expect(first.shown).toMatchObject({ title: 'Test page', body: 'English text.', lang: 'en' });
    expect(localizeGuide(first.revision, 'sv')).toMatchObject({ title: 'Testsida', lang: 'sv' });

    // The Swedish changes and the editor does not say the English still matches.
    const changed = await saveGuide({
      ...base(),
      pageId: created.pageId,
      baseVersion: created.version,
      slug: 'engelsk-sida',
      content: content('Ny svensk text.'),
      english: english('English text.', false),
    });
    expect(changed.revisionNumber).toBe(2);
    expect((await latestInEnglish(created.pageId)).shown).toMatchObject({ body: 'Ny svensk text.', lang: 'sv' });

    // The editor reads the English against the new Swedish and says it matches.
    const confirmed = await saveGuide({
      ...base(),
      pageId: created.pageId,
      baseVersion: changed.version,
      slug: 'engelsk-sida',
      content: content('Ny svensk text.'),
      english: english('New English text.'),
    });
    expect(confirmed).toMatchObject({ revisionNumber: 3, changed: true });
    expect((await latestInEnglish(created.pageId)).shown).toMatchObject({ body: 'New English text.', lang: 'en' });

    // Restoring version 1 brings back its Swedish and the English written from it.
    await restoreRevision({ ...base(), pageId: created.pageId, baseVersion: confirmed.version, number: 1 });
    expect((await latestInEnglish(created.pageId)).shown).toMatchObject({ body: 'English text.', lang: 'en' });
  });

  it('is kept when a save does not name it, removed when the editor empties it', async () => {
    const created = await createGuide({
      ...base(),
      slug: 'behall-engelska',
      content: content('Text.'),
      english: english('Text in English.'),
    });
    const kept = await saveGuide({
      ...base(),
      pageId: created.pageId,
      baseVersion: created.version,
      slug: 'behall-engelska',
      content: content('Text.', 'Ny titel'),
    });
    expect((await latestInEnglish(created.pageId)).revision.translations).toContain('Text in English.');
    await saveGuide({
      ...base(),
      pageId: created.pageId,
      baseVersion: kept.version,
      slug: 'behall-engelska',
      content: content('Text.', 'Ny titel'),
      english: null,
    });
    const removed = await latestInEnglish(created.pageId);
    expect(removed.revision.translations).toBe('{}');
    expect(removed.shown.lang).toBe('sv');
  });

  it('refuses a stale save with English and writes nothing', async () => {
    const created = await createGuide({ ...base(), slug: 'gammal-engelska', content: content('Start.') });
    await saveGuide({
      ...base(),
      pageId: created.pageId,
      baseVersion: created.version,
      slug: 'gammal-engelska',
      content: content('Annas text.'),
    });
    const stale = saveGuide({
      ...base(),
      pageId: created.pageId,
      baseVersion: created.version,
      slug: 'gammal-engelska',
      content: content('Annas text.'),
      english: english('Bertil’s English.'),
    });
    expect(await codeOf(stale)).toBe('STALE_VERSION');
    expect((await latestInEnglish(created.pageId)).revision.translations).toBe('{}');
  });

  it('refuses an English version without its title or summary, naming each field', () => {
    const result = parseGuideForm({
      slug: 'sida',
      title: 'Titel',
      summary: 'Sammanfattning.',
      body: 'Text.',
      topics: ['grunder'],
      audiences: ['chef'],
      skrStep: '',
      skrEdition: '',
      related: [],
      sources: [{ title: 'Källa', publisher: 'SKR', url: '', date: '' }],
      note: '',
      enTitle: '',
      enSummary: ' ',
      enBody: 'Only the text.',
      enUpToDate: 'on',
    });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['enTitle', 'Skriv en titel.'],
      ['enSummary', 'Skriv en sammanfattning.'],
    ]);
  });
});
