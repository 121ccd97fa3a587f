// The guidance corpus in content/guidance seeds the database: one published page with revision 1
// per file, with its versions in other languages (content/guidance/en/). Safe to run again: a slug
// the database has had before (a page, a renamed page's old address, or a page an editor deleted)
// is left alone, so seeding never undoes editors' work. The one exception is a page nobody but the
// seed has written, still with the Swedish text of its file: it gets the file's other-language
// versions, so English added to content/ reaches an installation seeded before.
import type { Db } from '../../lib/db-factory';
import { loadGuides } from '../../lib/content/loader';
import { stampedVersions } from '../../lib/guides/translations';
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
    const { title, summary, body, meta } = contentFromFrontmatter(guide.data, guide.body);
    const translations = stampedVersions({ title, summary, body }, guide.translations);
    if (known.has(guide.slug)) {
      await addVersions(db, organisationId, guide.slug, { title, summary, body }, translations);
      continue;
    }
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
          translations,
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

async function addVersions(
  db: Db,
  organisationId: string,
  slug: string,
  swedish: { title: string; summary: string; body: string },
  translations: string,
): Promise<void> {
  const page = await db.guidePage.findUnique({
    where: { organisationId_slug: { organisationId, slug } },
    select: {
      revisions: { select: { id: true, authorId: true, title: true, summary: true, body: true, translations: true } },
    },
  });
  const only = page?.revisions.length === 1 ? page.revisions[0]! : undefined;
  if (!only || only.authorId !== null || only.translations === translations) return;
  if (only.title !== swedish.title || only.summary !== swedish.summary || only.body !== swedish.body) return;
  await db.guideRevision.update({ where: { id: only.id }, data: { translations } });
}
