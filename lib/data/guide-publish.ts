import 'server-only';
import type { Db } from '@/lib/db';
import { recordAudit } from '@/lib/data/audit';
import { conflict, notFound } from '@/lib/errors';
import type { Tx } from './tx';

// Publishing and unpublishing guidance pages (saving is guide-store.ts). Publishing checks the
// page version the editor looked at, like a save, so nobody publishes a revision they never saw.
// Functions take the client so tests (and the seed) can run them against their own database.

export type Base = { db: Db; organisationId: string; actorId: string | null };

/** Makes the revision the one readers see; shared by saving with "publish" and publishing the latest. */
export async function markPublished(
  tx: Tx,
  o: {
    organisationId: string;
    actorId: string | null;
    pageId: string;
    revisionId: string;
    number: number;
    slug: string;
  },
) {
  await tx.guidePage.update({
    where: { id: o.pageId },
    data: { status: 'PUBLISHED', publishedRevisionId: o.revisionId, publishedAt: new Date() },
  });
  await recordAudit(
    {
      organisationId: o.organisationId,
      actorId: o.actorId,
      action: 'guide.publish',
      entityType: 'GuidePage',
      entityId: o.pageId,
      after: { slug: o.slug, revision: o.number },
    },
    tx,
  );
}

/** Publishes the latest revision, if it is still the one the editor looked at (same version). */
export async function publishLatest(
  options: Base & { pageId: string; baseVersion: number },
): Promise<{ slug: string; revisionNumber: number }> {
  const { db, organisationId, actorId, pageId, baseVersion } = options;
  return db.$transaction(async (tx) => {
    const page = await tx.guidePage.findFirst({ where: { id: pageId, organisationId }, select: { slug: true } });
    if (!page) throw notFound('Sidan finns inte längre. Den kan ha tagits bort.');
    // Locks the row (PostgreSQL) and proves nobody saved since the editor loaded the page.
    const same = await tx.guidePage.updateMany({
      where: { id: pageId, version: baseVersion },
      data: { version: baseVersion },
    });
    if (same.count === 0)
      throw conflict(
        'Sidan har ändrats sedan du öppnade den. Titta på den senaste versionen innan du publicerar.',
        'STALE_VERSION',
      );
    const latest = await tx.guideRevision.findFirstOrThrow({
      where: { pageId },
      orderBy: { number: 'desc' },
      select: { id: true, number: true },
    });
    await markPublished(tx, {
      organisationId,
      actorId,
      pageId,
      revisionId: latest.id,
      number: latest.number,
      slug: page.slug,
    });
    return { slug: page.slug, revisionNumber: latest.number };
  });
}

/** Readers stop seeing the page; its revisions stay, and it can be published again. */
export async function unpublishGuide({
  db,
  organisationId,
  actorId,
  pageId,
}: Base & { pageId: string }): Promise<{ slug: string }> {
  return db.$transaction(async (tx) => {
    const page = await tx.guidePage.findFirst({
      where: { id: pageId, organisationId },
      select: { slug: true, status: true },
    });
    if (!page) throw notFound('Sidan finns inte längre. Den kan ha tagits bort.');
    await tx.guidePage.update({ where: { id: pageId }, data: { status: 'UNPUBLISHED' } });
    await recordAudit(
      {
        organisationId,
        actorId,
        action: 'guide.unpublish',
        entityType: 'GuidePage',
        entityId: pageId,
        before: page,
        after: { status: 'UNPUBLISHED' },
      },
      tx,
    );
    return { slug: page.slug };
  });
}
