import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import { getHostOrganisationId } from '@/lib/data/host';
import { localizeGuide } from '@/lib/guides/translations';
import { defaultLocale, type Locale } from '@/lib/i18n/config';
import type { SearchHit } from '@/lib/search/index';
import { parseMeta, type GuideMeta } from '@/lib/validation/guide';

// What readers see: published guidance of the host organisation (every organisation reads it).
// Drafts and unpublished pages never leave this file. Titles and texts are in the language asked
// for where the page has a version in it that matches the Swedish, else Swedish; `lang` says which.

export type PublishedGuide = {
  slug: string;
  title: string;
  summary: string;
  body: string;
  meta: GuideMeta;
  revisionId: string;
  lang: Locale;
};

export type GuideLink = { slug: string; title: string; lang: Locale };

async function publishedRevisions(
  where: { slug?: string | { in: string[] } },
  locale: Locale,
): Promise<PublishedGuide[]> {
  const organisationId = await getHostOrganisationId();
  if (!organisationId) return [];
  const pages = await db.guidePage.findMany({
    where: { organisationId, status: 'PUBLISHED', publishedRevisionId: { not: null }, ...where },
    select: { slug: true, publishedRevisionId: true },
  });
  if (pages.length === 0) return [];
  const revisions = await db.guideRevision.findMany({
    where: { id: { in: pages.map((p) => p.publishedRevisionId!) } },
    select: { id: true, title: true, summary: true, body: true, meta: true, translations: true },
  });
  const byId = new Map(revisions.map((r) => [r.id, r]));
  return pages.flatMap((page) => {
    const revision = byId.get(page.publishedRevisionId!);
    if (!revision) return [];
    const { id, meta, ...text } = localizeGuide(revision, locale);
    return [{ slug: page.slug, ...text, meta: parseMeta(meta), revisionId: id }];
  });
}

export const listPublishedGuides = cache(async (locale: Locale = defaultLocale): Promise<PublishedGuide[]> => {
  const guides = await publishedRevisions({}, locale);
  return guides.sort((a, b) => a.title.localeCompare(b.title, locale));
});

export const getPublishedGuide = cache(
  async (slug: string, locale: Locale = defaultLocale): Promise<PublishedGuide | null> => {
    const [guide] = await publishedRevisions({ slug }, locale);
    return guide ?? null;
  },
);

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
export async function relatedGuides(slugs: readonly string[], locale: Locale = defaultLocale): Promise<GuideLink[]> {
  if (slugs.length === 0) return [];
  const organisationId = await getHostOrganisationId();
  if (!organisationId) return [];
  const redirects = await db.slugRedirect.findMany({
    where: { organisationId, kind: 'guide', fromSlug: { in: [...slugs] } },
    select: { fromSlug: true, toSlug: true },
  });
  const current = [...new Set(slugs.map((s) => redirects.find((r) => r.fromSlug === s)?.toSlug ?? s))];
  const found = await publishedRevisions({ slug: { in: current } }, locale);
  return current.flatMap((slug) => {
    const guide = found.find((g) => g.slug === slug);
    return guide ? [{ slug, title: guide.title, lang: guide.lang }] : [];
  });
}

/** The most recently updated published pages, for the start page. */
export async function latestGuides(count: number, locale: Locale = defaultLocale): Promise<PublishedGuide[]> {
  const guides = await listPublishedGuides(locale);
  return [...guides]
    .sort((a, b) => b.meta.updated.localeCompare(a.meta.updated) || a.title.localeCompare(b.title, locale))
    .slice(0, count);
}

/** A search hit as the guidance list shows it: `lang` says which language its title and summary are in. */
export type ShownHit = SearchHit & { lang: Locale };

/**
 * The guidance list (a search hit for every page) in the reader's language: a page with a version
 * in it that matches the Swedish is named and summed up in that language; the rest stay Swedish.
 * Ordered by the title shown, as the Swedish list is.
 */
export async function guideHitsIn(hits: readonly SearchHit[], locale: Locale): Promise<ShownHit[]> {
  if (locale === defaultLocale) return hits.map((hit) => ({ ...hit, lang: defaultLocale }));
  const versions = new Map((await listPublishedGuides(locale)).map((g) => [`guide:${g.slug}`, g]));
  return hits
    .map((hit): ShownHit => {
      const guide = versions.get(hit.id);
      return guide && guide.lang === locale
        ? { ...hit, title: guide.title, summary: guide.summary, lang: locale }
        : { ...hit, lang: defaultLocale };
    })
    .sort((a, b) => a.title.localeCompare(b.title, locale));
}
