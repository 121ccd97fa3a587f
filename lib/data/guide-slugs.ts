import 'server-only';
import type { Tx } from './tx';

// Slugs are unique per organisation; a renamed page keeps its old address working through a
// SlugRedirect (kind 'guide'), so links from intranets and e-mails do not break.

export async function slugTaken(tx: Tx, organisationId: string, slug: string, exceptPageId?: string): Promise<boolean> {
  const page = await tx.guidePage.findFirst({
    where: { organisationId, slug, ...(exceptPageId ? { id: { not: exceptPageId } } : {}) },
    select: { id: true },
  });
  return page !== null;
}

/**
 * Points the old slug (and every older slug that led to it) at the new one. A page that was never
 * public needs no redirect: nobody can have linked to it.
 */
export async function renameGuideSlug(
  tx: Tx,
  o: { organisationId: string; from: string; to: string; wasPublic: boolean },
) {
  const where = { organisationId: o.organisationId, kind: 'guide' };
  // The new slug belongs to a page now; a redirect from it would shadow nothing but confuse.
  await tx.slugRedirect.deleteMany({ where: { ...where, fromSlug: o.to } });
  await tx.slugRedirect.updateMany({ where: { ...where, toSlug: o.from }, data: { toSlug: o.to } });
  if (!o.wasPublic) return;
  await tx.slugRedirect.upsert({
    where: { organisationId_kind_fromSlug: { ...where, fromSlug: o.from } },
    create: { ...where, fromSlug: o.from, toSlug: o.to },
    update: { toSlug: o.to },
  });
}
