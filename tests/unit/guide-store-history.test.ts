import { describe, expect, it } from 'vitest';
import { deleteGuide, restoreRevision } from '@/lib/data/guide-history';
import { unpublishGuide } from '@/lib/data/guide-publish';
import { createGuide, saveGuide } from '@/lib/data/guide-store';
import { seedGuides } from '../../prisma/seed/guides';
import { codeOf, content, setUpGuideStoreDb } from '../support/guide-store-db';
import { engine } from '../support/test-db';

// History is never rewritten: restoring makes a new revision, renaming keeps the old address
// working, and a deleted page stays deleted when the seed runs again.
const store = setUpGuideStoreDb();
const { base, page, revisions, audits } = store;

describe(`guidance history, addresses and deletion (${engine})`, () => {
  it('restores an old revision as a new one and records it', async () => {
    const created = await createGuide({ ...base(), slug: 'aterstall', content: content('Version ett.') });
    const second = await saveGuide({
      ...base(),
      pageId: created.pageId,
      baseVersion: created.version,
      slug: 'aterstall',
      content: content('Version två.'),
    });
    const restored = await restoreRevision({
      ...base(),
      pageId: created.pageId,
      baseVersion: second.version,
      number: 1,
    });
    expect(restored.revisionNumber).toBe(3);
    expect((await revisions(created.pageId)).map((r) => [r.number, r.body, r.note])).toEqual([
      [1, 'Version ett.', null],
      [2, 'Version två.', null],
      [3, 'Version ett.', 'Återställd från version 1'],
    ]);
    expect(
      await codeOf(restoreRevision({ ...base(), pageId: created.pageId, baseVersion: second.version, number: 2 })),
    ).toBe('STALE_VERSION');
    expect(await audits(created.pageId)).toEqual(['guide.restore']);
  });

  it('keeps slugs unique and the old address of a renamed public page working', async () => {
    const a = await createGuide({ ...base(), slug: 'forsta-namnet', content: content('A.'), publish: true });
    await createGuide({ ...base(), slug: 'upptagen', content: content('B.') });
    expect(await codeOf(createGuide({ ...base(), slug: 'upptagen', content: content('C.') }))).toBe('SLUG_TAKEN');
    expect(
      await codeOf(
        saveGuide({ ...base(), pageId: a.pageId, baseVersion: a.version, slug: 'upptagen', content: content('A.') }),
      ),
    ).toBe('SLUG_TAKEN');

    const renamed = await saveGuide({
      ...base(),
      pageId: a.pageId,
      baseVersion: a.version,
      slug: 'andra-namnet',
      content: content('A.'),
    });
    const again = await saveGuide({
      ...base(),
      pageId: a.pageId,
      baseVersion: renamed.version,
      slug: 'tredje-namnet',
      content: content('A.'),
    });
    const redirects = await store.db.slugRedirect.findMany({
      where: { organisationId: store.organisationId, kind: 'guide' },
      select: { fromSlug: true, toSlug: true },
      orderBy: { fromSlug: 'asc' },
    });
    expect(redirects).toEqual([
      { fromSlug: 'andra-namnet', toSlug: 'tredje-namnet' },
      { fromSlug: 'forsta-namnet', toSlug: 'tredje-namnet' },
    ]);
    await saveGuide({
      ...base(),
      pageId: a.pageId,
      baseVersion: again.version,
      slug: 'forsta-namnet',
      content: content('A.'),
    });
    expect(
      await store.db.slugRedirect.findMany({
        where: { organisationId: store.organisationId, kind: 'guide', fromSlug: 'forsta-namnet' },
      }),
    ).toEqual([]);
    expect(await audits(a.pageId)).toEqual(['guide.publish', 'guide.rename', 'guide.rename', 'guide.rename']);
  });

  it('unpublishes and deletes with an audit record, and the seed does not bring a deleted page back', async () => {
    const created = await createGuide({
      ...base(),
      slug: 'vad-ar-jamstalldhet',
      content: content('Egen sida.'),
      publish: true,
    });
    await unpublishGuide({ ...base(), pageId: created.pageId });
    expect((await page(created.pageId)).status).toBe('UNPUBLISHED');
    await deleteGuide({ ...base(), pageId: created.pageId });
    expect(await store.db.guidePage.findUnique({ where: { id: created.pageId } })).toBeNull();
    expect(await store.db.guideRevision.count({ where: { pageId: created.pageId } })).toBe(0);
    expect(await audits(created.pageId)).toEqual(['guide.publish', 'guide.unpublish', 'guide.delete']);
    await seedGuides(store.db, store.organisationId);
    expect(
      await store.db.guidePage.findFirst({
        where: { organisationId: store.organisationId, slug: 'vad-ar-jamstalldhet' },
      }),
    ).toBeNull();
  });
});
