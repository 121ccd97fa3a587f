import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '@/lib/db-factory';
import {
  createGuide,
  deleteGuide,
  publishLatest,
  restoreRevision,
  saveGuide,
  unpublishGuide,
} from '@/lib/data/guide-store';
import type { ExpectedError } from '@/lib/errors';
import type { GuideContent } from '@/lib/validation/guide';
import { seedGuides } from '../../prisma/seed/guides';
import { runMigrations } from '../../scripts/migrate';
import { createTempDb, engine, type TempDb } from '../support/test-db';

// Revisions and concurrent edits on a real database of the engine under test: a stale save is
// refused and writes nothing, two simultaneous saves never both win, history is never rewritten.
let temp: TempDb;
let db: Db;
let organisationId: string;
let actorId: string;

const content = (body: string, title = 'Testsida'): GuideContent => ({
  title,
  summary: 'En sida för test.',
  body,
  meta: {
    topics: ['grunder'],
    audiences: ['chef'],
    updated: '2026-11-28',
    related: [],
    sources: [{ title: 'Källa', publisher: 'SKR' }],
  },
});
const base = () => ({ db, organisationId, actorId });
const page = (id: string) =>
  db.guidePage.findUniqueOrThrow({
    where: { id },
    select: { slug: true, status: true, version: true, publishedRevisionId: true },
  });
const revisions = (pageId: string) =>
  db.guideRevision.findMany({
    where: { pageId },
    orderBy: { number: 'asc' },
    select: { id: true, number: true, body: true, note: true },
  });
const audits = (entityId: string) =>
  db.auditEvent
    .findMany({ where: { entityId }, orderBy: { createdAt: 'asc' }, select: { action: true } })
    .then((a) => a.map((e) => e.action));
const kindOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (e: ExpectedError) => e.kind,
  );

beforeAll(async () => {
  temp = await createTempDb();
  await runMigrations({ url: temp.url });
  db = createDb(temp.url);
  organisationId = (await db.organisation.create({ data: { slug: 'testkommun', name: 'Testkommun', kind: 'KOMMUN' } }))
    .id;
  actorId = (
    await db.user.create({
      data: { organisationId, name: 'Stina Strateg', email: 'stina@test.se', role: 'STRATEGIST' },
    })
  ).id;
});
afterAll(async () => {
  await db.$disconnect();
  await temp.drop();
});

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
      kind: 'conflict',
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
    const outcomes = await Promise.all([kindOf(save('Från A.')), kindOf(save('Från B.')), kindOf(save('Från C.'))]);
    expect(outcomes.filter((o) => o === 'ok')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'conflict')).toHaveLength(2);
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
    expect(await kindOf(publishLatest({ ...base(), pageId: created.pageId, baseVersion: created.version }))).toBe(
      'conflict',
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
    const latest = await db.guideRevision.findFirstOrThrow({
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
      await kindOf(restoreRevision({ ...base(), pageId: created.pageId, baseVersion: second.version, number: 2 })),
    ).toBe('conflict');
    expect(await audits(created.pageId)).toEqual(['guide.restore']);
  });

  it('keeps slugs unique and the old address of a renamed public page working', async () => {
    const a = await createGuide({ ...base(), slug: 'forsta-namnet', content: content('A.'), publish: true });
    await createGuide({ ...base(), slug: 'upptagen', content: content('B.') });
    expect(await kindOf(createGuide({ ...base(), slug: 'upptagen', content: content('C.') }))).toBe('conflict');
    expect(
      await kindOf(
        saveGuide({ ...base(), pageId: a.pageId, baseVersion: a.version, slug: 'upptagen', content: content('A.') }),
      ),
    ).toBe('conflict');

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
    const redirects = await db.slugRedirect.findMany({
      where: { organisationId, kind: 'guide' },
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
      await db.slugRedirect.findMany({ where: { organisationId, kind: 'guide', fromSlug: 'forsta-namnet' } }),
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
    expect(await db.guidePage.findUnique({ where: { id: created.pageId } })).toBeNull();
    expect(await db.guideRevision.count({ where: { pageId: created.pageId } })).toBe(0);
    expect(await audits(created.pageId)).toEqual(['guide.publish', 'guide.unpublish', 'guide.delete']);
    await seedGuides(db, organisationId);
    expect(await db.guidePage.findFirst({ where: { organisationId, slug: 'vad-ar-jamstalldhet' } })).toBeNull();
  });
});
