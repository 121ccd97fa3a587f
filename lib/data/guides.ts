import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import { getHostOrganisationId } from '@/lib/data/host';
import { parseMeta, type GuideMeta } from '@/lib/validation/guide';

// What readers see: published guidance of the host organisation (every organisation reads it).
// Drafts and unpublished pages never leave this file.

export type PublishedGuide = {
  slug: string;
  title: string;
  summary: string;
  body: string;
  meta: GuideMeta;
  revisionId: string;
};

export type GuideLink = { slug: string; title: string };

async function publishedRevisions(where: { slug?: string | { in: string[] } }): Promise<PublishedGuide[]> {
  const organisationId = await getHostOrganisationId();
  if (!organisationId) return [];
  const pages = await db.guidePage.findMany({
    where: { organisationId, status: 'PUBLISHED', publishedRevisionId: { not: null }, ...where },
    select: { slug: true, publishedRevisionId: true },
  });
  if (pages.length === 0) return [];
  const revisions = await db.guideRevision.findMany({
    where: { id: { in: pages.map((p) => p.publishedRevisionId!) } },
    select: { id: true, title: true, summary: true, body: true, meta: true },
  });
  const byId = new Map(revisions.map((r) => [r.id, r]));
  return pages.flatMap((page) => {
    const revision = byId.get(page.publishedRevisionId!);
    if (!revision) return [];
    const { id, meta, ...text } = revision;
    return [{ slug: page.slug, ...text, meta: parseMeta(meta), revisionId: id }];
  });
}

export const listPublishedGuides = cache(async (): Promise<PublishedGuide[]> => {
  const guides = await publishedRevisions({});
  return guides.sort((a, b) => a.title.localeCompare(b.title, 'sv'));
});

export const getPublishedGuide = cache(async (slug: string): Promise<PublishedGuide | null> => {
  const [guide] = await publishedRevisions({ slug });
  return guide ?? null;
});

/** Where an old slug of a renamed page leads now, if anywhere. */
export const findGuideRedirect = cache(async (slug: string): Promise<string | null> => {
  const organisationId = await getHostOrganisationId();
  if (!organisationId) return null;
  const redirect = await db.slugRedirect.findUnique({
    where: { organisationId_kind_fromSlug: { organisationId, kind: 'guide', fromSlug: slug } },
    select: { toSlug: true },
  });
  return redirect?.toSlug ?? null;
});

/** Titles of the related pages that are published now; slugs of renamed pages are followed. */
export async function relatedGuides(slugs: readonly string[]): Promise<GuideLink[]> {
  if (slugs.length === 0) return [];
  const organisationId = await getHostOrganisationId();
  if (!organisationId) return [];
  const redirects = await db.slugRedirect.findMany({
    where: { organisationId, kind: 'guide', fromSlug: { in: [...slugs] } },
    select: { fromSlug: true, toSlug: true },
  });
  const current = [...new Set(slugs.map((s) => redirects.find((r) => r.fromSlug === s)?.toSlug ?? s))];
  const found = await publishedRevisions({ slug: { in: current } });
  return current.flatMap((slug) => {
    const guide = found.find((g) => g.slug === slug);
    return guide ? [{ slug, title: guide.title }] : [];
  });
}

/** The most recently updated published pages, for the start page. */
export async function latestGuides(count: number): Promise<PublishedGuide[]> {
  const guides = await listPublishedGuides();
  return [...guides]
    .sort((a, b) => b.meta.updated.localeCompare(a.meta.updated) || a.title.localeCompare(b.title, 'sv'))
    .slice(0, count);
}
