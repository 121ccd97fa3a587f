import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ExampleList } from '@/components/examples/example-list';
import { GuideArticle } from '@/components/guidance/guide-article';
import { publicExamplesFor } from '@/lib/data/learning-examples';
import { findGuideRedirect, getPublishedGuide, relatedGuides } from '@/lib/data/guides';
import { languageAlternates, languagesOf } from '@/lib/i18n/alternates';
import { isLocale } from '@/lib/i18n/config';
import { pageLocale } from '@/lib/i18n/page-locale';
import { slugSchema } from '@/lib/validation/content';

// One guide page, served by two routes (README, How guidance pages are served): [slug] for the
// pages prerendered at build time, publicerad/[slug] per request for every other address.

export type GuideParams = Promise<{ locale: string; slug: string }>;

/**
 * The slug of an address, or null when no guide can have it. Next has decoded the segment once
 * already; decoding it again turned `/vagledning/%25` into an error instead of a 404.
 */
export function guideSlug(segment: string): string | null {
  return slugSchema.safeParse(segment).success ? segment : null;
}

export async function guideMetadata({ params }: { params: GuideParams }): Promise<Metadata> {
  const { locale, slug: segment } = await params;
  const slug = guideSlug(segment);
  const guide = slug && isLocale(locale) ? await getPublishedGuide(slug, locale) : null;
  if (!guide) return {};
  // Alternates name English only where the page has an English version, whichever language this is.
  const english = await getPublishedGuide(guide.slug, 'en');
  return {
    title: guide.title,
    description: guide.summary,
    alternates: languageAlternates(`/vagledning/${guide.slug}`, languagesOf(english?.lang ?? 'sv')),
  };
}

export async function GuidePage({ params }: { params: GuideParams }) {
  const locale = await pageLocale(params);
  const segment = (await params).slug;
  const t = await getTranslations('guide');
  const slug = guideSlug(segment);
  if (!slug) notFound();
  const guide = await getPublishedGuide(slug, locale);
  if (!guide) {
    const target = await findGuideRedirect(slug);
    if (target) permanentRedirect(`/vagledning/${target}`);
    notFound();
  }
  const [related, examples] = await Promise.all([
    relatedGuides(guide.meta.related, locale),
    publicExamplesFor(guide.meta.topics),
  ]);
  return (
    <>
      <GuideArticle {...guide} related={related} />
      {examples.length > 0 ? (
        <section aria-labelledby="examples-heading" className="mx-auto mt-10 max-w-3xl border-t border-slate-200 pt-6">
          <h2 id="examples-heading" className="mb-3 text-xl font-semibold">
            {t('examplesHeading')}
          </h2>
          <ExampleList examples={examples} headingLevel={3} />
        </section>
      ) : null}
    </>
  );
}
