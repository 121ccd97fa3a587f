import 'server-only';
import { recordAudit } from '@/lib/data/audit';
import { conflict, notFound } from '@/lib/errors';
import type { Base } from './guide-publish';
import type { SaveResult } from './guide-store';

// A guidance page's history: restoring an old revision, or removing the page with all of it.
// Functions take the client so tests (and the seed) can run them against their own database.

/** Removes the page, its history and the redirects that lead to it. */
export async function deleteGuide({
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
    const latest = await tx.guideRevision.findFirst({
      where: { pageId },
      orderBy: { number: 'desc' },
      select: { number: true, title: true },
    });
    await tx.slugRedirect.deleteMany({ where: { organisationId, kind: 'guide', toSlug: page.slug } });
    await tx.guidePage.delete({ where: { id: pageId } });
    await recordAudit(
      {
        organisationId,
        actorId,
        action: 'guide.delete',
        entityType: 'GuidePage',
        entityId: pageId,
        before: { ...page, ...latest },
      },
      tx,
    );
    return { slug: page.slug };
  });
}

/** Copies an old revision into a new one (history is never rewritten). */
export async function restoreRevision(
  options: Base & { pageId: string; baseVersion: number; number: number },
): Promise<SaveResult> {
  const { db, organisationId, actorId, pageId, baseVersion, number } = options;
  return db.$transaction(async (tx) => {
    const page = await tx.guidePage.findFirst({ where: { id: pageId, organisationId }, select: { slug: true } });
    const old = await tx.guideRevision.findFirst({
      where: { pageId, number },
      // The English version goes with the texts it was written from.
      select: { title: true, summary: true, body: true, meta: true, translations: true },
    });
    if (!page || !old) throw notFound('Versionen finns inte.');
    const bumped = await tx.guidePage.updateMany({
      where: { id: pageId, organisationId, version: baseVersion },
      data: { version: { increment: 1 } },
    });
    if (bumped.count === 0)
      throw conflict('Sidan har ändrats sedan du öppnade historiken. Ladda om sidan och försök igen.', 'STALE_VERSION');
    const latest = await tx.guideRevision.findFirstOrThrow({
      where: { pageId },
      orderBy: { number: 'desc' },
      select: { number: true },
    });
    const created = await tx.guideRevision.create({
      data: { pageId, number: latest.number + 1, authorId: actorId, note: `Återställd från version ${number}`, ...old },
      select: { number: true },
    });
    await recordAudit(
      {
        organisationId,
        actorId,
        action: 'guide.restore',
        entityType: 'GuidePage',
        entityId: pageId,
        before: { revision: latest.number },
        after: { revision: created.number, from: number },
      },
      tx,
    );
    return {
      pageId,
      version: baseVersion + 1,
      revisionNumber: created.number,
      slug: page.slug,
      previousSlug: page.slug,
      changed: true,
    };
  });
}
