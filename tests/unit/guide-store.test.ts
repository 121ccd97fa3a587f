import { describe, expect, it } from 'vitest';
import { publishLatest } from '@/lib/data/guide-publish';
import { createGuide, saveGuide } from '@/lib/data/guide-store';
import { codeOf, content, setUpGuideStoreDb } from '../support/guide-store-db';
import { engine } from '../support/test-db';

// Revisions and concurrent edits on a real database of the engine under test: a stale save is
// refused and writes nothing, two simultaneous saves never both win. Restoring, renaming and
// deleting: guide-store-history.test.ts.
const store = setUpGuideStoreDb();
const { base, page, revisions, audits } = store;

describe(`guidance revisions (${engine})`, () => {
  it('keeps a saved draft from readers until it is published', async () => {
    const created = await createGuide({
      ...base(),
      slug: 'utkast-sida',
      content: content('Första texten.'),
      publish: true,
    });
    const published = (await page(created.pageId)).publishedRevisionId;
    const saved = await saveGuide({
      ...base(),
      pageId: created.pageId,
      baseVersion: created.version,
      slug: 'utkast-sida',
      content: content('Andra texten.'),
      note: 'Nytt stycke',
    });
    expect(saved).toMatchObject({ version: created.version + 1, revisionNumber: 2, changed: true });
    expect(await page(created.pageId)).toMatchObject({ status: 'PUBLISHED', publishedRevisionId: published });
    expect((await revisions(created.pageId)).map((r) => [r.number, r.body, r.note])).toEqual([
      [1, 'Första texten.', null],
      [2, 'Andra texten.', 'Nytt stycke'],
    ]);
    await saveGuide({
      ...base(),
      pageId: created.pageId,
      baseVersion: saved.version,
      slug: 'utkast-sida',
      content: content('Andra texten.'),
      publish: true,
    });
    const latest = (await revisions(created.pageId)).at(-1)!;
    expect(latest.number).toBe(2);
    expect((await page(created.pageId)).publishedRevisionId).toBe(latest.id);
    expect(await audits(created.pageId)).toEqual(['guide.publish', 'guide.publish']);
  });

  it('refuses a save that started from an old version and writes nothing', async () => {
    const created = await createGuide({ ...base(), slug: 'gammal-version', content: content('Start.') });
    await saveGuide({
      ...base(),
      pageId: created.pageId,
      baseVersion: created.version,
      slug: 'gammal-version',
      content: content('Annas text.'),
    });
    const stale = saveGuide({
      ...base(),
      pageId: created.pageId,
      baseVersion: created.version,
      slug: 'gammal-version',
      content: content('Bertils text.'),
    });
    await expect(stale).rejects.toMatchObject({
      code: 'STALE_VERSION',
      message: expect.stringMatching(/Någon annan har sparat sidan/),
    });
    expect((await revisions(created.pageId)).map((r) => r.body)).toEqual(['Start.', 'Annas text.']);
  });

  it('lets exactly one of two simultaneous saves win', async () => {
    const created = await createGuide({ ...base(), slug: 'samtidigt', content: content('Start.') });
    const save = (body: string) =>
      saveGuide({
        ...base(),
        pageId: created.pageId,
        baseVersion: created.version,
        slug: 'samtidigt',
        content: content(body),
      });
    const outcomes = await Promise.all([codeOf(save('Från A.')), codeOf(save('Från B.')), codeOf(save('Från C.'))]);
    expect(outcomes.filter((o) => o === 'ok')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'STALE_VERSION')).toHaveLength(2);
    expect(await revisions(created.pageId)).toHaveLength(2);
    expect((await page(created.pageId)).version).toBe(created.version + 1);
  });

  it('publishes the latest revision only if nobody saved since the editor looked', async () => {
    const created = await createGuide({ ...base(), slug: 'publicera-senaste', content: content('Ett.') });
    const second = await saveGuide({
      ...base(),
      pageId: created.pageId,
      baseVersion: created.version,
      slug: 'publicera-senaste',
      content: content('Två.'),
    });
    expect(await codeOf(publishLatest({ ...base(), pageId: created.pageId, baseVersion: created.version }))).toBe(
      'STALE_VERSION',
    );
    expect((await page(created.pageId)).status).toBe('DRAFT');
    expect(await publishLatest({ ...base(), pageId: created.pageId, baseVersion: second.version })).toMatchObject({
      revisionNumber: 2,
    });
    const latest = (await revisions(created.pageId)).at(-1)!;
    expect(await page(created.pageId)).toMatchObject({
      status: 'PUBLISHED',
      publishedRevisionId: latest.id,
      version: second.version,
    });
  });

  it('makes no revision when nothing changed', async () => {
    const created = await createGuide({ ...base(), slug: 'oforandrad', content: content('Samma.') });
    const again = await saveGuide({
      ...base(),
      pageId: created.pageId,
      baseVersion: created.version,
      slug: 'oforandrad',
      content: { ...content('Samma.'), meta: { ...content('').meta, updated: '2027-01-01' } },
    });
    expect(again).toMatchObject({ changed: false, version: created.version, revisionNumber: 1 });
  });

  it('keeps the stored order of topics, audiences and related pages, so an untouched save changes nothing', async () => {
    const meta = {
      ...content('').meta,
      topics: ['roller', 'kompetens'] as const,
      related: ['for-chefer', 'cemr-deklarationen'],
    };
    const created = await createGuide({
      ...base(),
      slug: 'ordning',
      content: { ...content('Text.'), meta: { ...meta, topics: [...meta.topics] } },
    });
    const formOrder = {
      ...content('Text.'),
      meta: {
        ...meta,
        topics: ['kompetens', 'roller'] as ('kompetens' | 'roller')[],
        related: ['cemr-deklarationen', 'for-chefer'],
      },
    };
    expect(
      await saveGuide({
        ...base(),
        pageId: created.pageId,
        baseVersion: created.version,
        slug: 'ordning',
        content: formOrder,
      }),
    ).toMatchObject({ changed: false });
    const added = {
      ...formOrder,
      meta: { ...formOrder.meta, related: ['cemr-deklarationen', 'aaa-ny', 'for-chefer'] },
    };
    await saveGuide({
      ...base(),
      pageId: created.pageId,
      baseVersion: created.version,
      slug: 'ordning',
      content: added,
    });
    const latest = await store.db.guideRevision.findFirstOrThrow({
      where: { pageId: created.pageId },
      orderBy: { number: 'desc' },
      select: { number: true, meta: true },
    });
    expect(latest.number).toBe(2);
    expect(JSON.parse(latest.meta)).toMatchObject({
      topics: ['roller', 'kompetens'],
      related: ['for-chefer', 'cemr-deklarationen', 'aaa-ny'],
    });
  });
});
