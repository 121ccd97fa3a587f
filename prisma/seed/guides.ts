// The guidance corpus in content/guidance seeds the database: one published page with revision 1
// per file. Safe to run again: a slug the database has had before (a page, a renamed page's old
// address, or a page an editor deleted) is left alone, so seeding never undoes editors' work.
import type { Db } from '../../lib/db-factory';
import { loadGuides } from '../../lib/content/loader';
import { contentFromFrontmatter } from '../../lib/validation/guide';

async function knownSlugs(db: Db, organisationId: string): Promise<Set<string>> {
  const [pages, redirects, deletions] = await Promise.all([
    db.guidePage.findMany({ where: { organisationId }, select: { slug: true } }),
    db.slugRedirect.findMany({ where: { organisationId, kind: 'guide' }, select: { fromSlug: true } }),
    db.auditEvent.findMany({ where: { organisationId, action: 'guide.delete' }, select: { before: true } }),
  ]);
  const deleted = deletions.map((d) => (JSON.parse(d.before ?? '{}') as { slug?: string }).slug);
  return new Set([
    ...pages.map((p) => p.slug),
    ...redirects.map((r) => r.fromSlug),
    ...deleted.filter((s): s is string => Boolean(s)),
  ]);
}

export async function seedGuides(db: Db, organisationId: string, contentRoot?: string): Promise<number> {
  const known = await knownSlugs(db, organisationId);
  let created = 0;
  for (const guide of loadGuides(contentRoot)) {
    if (known.has(guide.slug)) continue;
    const { title, summary, body, meta } = contentFromFrontmatter(guide.data, guide.body);
    await db.$transaction(async (tx) => {
      const page = await tx.guidePage.create({
        data: { organisationId, slug: guide.slug, status: 'PUBLISHED', publishedAt: new Date() },
        select: { id: true },
      });
      const revision = await tx.guideRevision.create({
        data: {
          pageId: page.id,
          number: 1,
          title,
          summary,
          body,
          meta: JSON.stringify(meta),
          note: 'Inläst från content/guidance',
        },
        select: { id: true },
      });
      await tx.guidePage.update({ where: { id: page.id }, data: { publishedRevisionId: revision.id } });
    });
    created += 1;
  }
  return created;
}
