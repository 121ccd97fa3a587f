import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { audienceToKey, audienceOrder } from '@/lib/audiences';
import { ExampleList } from '@/components/examples/example-list';
import { SearchBox } from '@/components/search/search-box';
import { latestGuides } from '@/lib/data/guides';
import { listPathsIn } from '@/lib/data/learning';
import { publicExamplesFor } from '@/lib/data/learning-examples';
import { log } from '@/lib/log';
import { pageLocale, type LocaleParams } from '@/lib/i18n/page-locale';
import { passageLang } from '@/lib/i18n/passage';
import { languageAlternates } from '@/lib/i18n/alternates';

// Prerendered once per language; publishing guidance revalidates it (see
// app/[locale]/(public)/vagledning/[slug]/page.tsx).
export const revalidate = 60;

export const metadata: Metadata = { alternates: languageAlternates('/') };

export default async function StartPage({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params);
  const [t, labels] = await Promise.all([getTranslations('home'), getTranslations('labels')]);
  // The paths as editors keep them (/redaktion/larvagar), named in the reader's language where
  // written in it (marked so where the page is not).
  const paths = await listPathsIn(locale).catch((error: unknown) => {
    log.error({ err: error }, 'Lärvägarna kunde inte läsas');
    return [];
  });
  const latest = await latestGuides(4, locale).catch((error: unknown) => {
    // The start page still helps when the database is unreachable (or not migrated at build time).
    log.error({ err: error }, 'Senaste vägledningen kunde inte läsas');
    return [];
  });
  const examples = await publicExamplesFor([], 3).catch((error: unknown) => {
    log.error({ err: error }, 'Lärande exempel kunde inte läsas');
    return [];
  });
  return (
    <div className="space-y-12">
      <section aria-labelledby="intro" className="rounded-xl bg-brand-50 p-8">
        <h1 id="intro" className="text-4xl font-bold tracking-tight text-brand-900">
          {t('title')}
        </h1>
        <p className="mt-4 max-w-3xl text-lg text-slate-800">{t('intro')}</p>
        <div className="mt-6 max-w-xl">
          <SearchBox id="sok-start" landmark={t('searchLandmark')} />
        </div>
        <div className="mt-6 flex flex-wrap gap-3">
          <Link href="/larvagar" className="btn-primary no-underline hover:text-white">
            {t('findPath')}
          </Link>
          <Link href="/vagledning" className="btn-secondary no-underline">
            {t('readGuidance')}
          </Link>
        </div>
      </section>

      <section aria-labelledby="paths-heading">
        <h2 id="paths-heading" className="mb-4 text-2xl font-semibold">
          {t('pathsHeading')}
        </h2>
        <ul className="grid gap-4 md:grid-cols-2 lg:grid-cols-4">
          {audienceOrder.map((audience) => {
            const key = audienceToKey[audience];
            const path = paths.find((p) => p.audience === audience);
            return (
              <li key={key} className="rounded-lg border border-slate-200 p-5">
                <h3 className="text-lg font-semibold">
                  <Link href={`/larvagar/${key}`} lang={path ? passageLang(locale, path.lang) : undefined}>
                    {path?.title ?? labels(`audienceKey.${key}`)}
                  </Link>
                </h3>
                <p className="mt-2 text-slate-700">{t(`pathBlurbs.${key}`)}</p>
                {path ? (
                  <p className="mt-2 text-sm text-slate-600">{t('courseCount', { count: path.courses.length })}</p>
                ) : null}
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="latest-heading">
        <h2 id="latest-heading" className="mb-4 text-2xl font-semibold">
          {t('latestHeading')}
        </h2>
        {latest.length === 0 ? <p>{t('noGuidance')}</p> : null}
        <ul className="grid gap-4 md:grid-cols-2">
          {latest.map((guide) => (
            <li
              key={guide.slug}
              className="rounded-lg border border-slate-200 p-5"
              lang={passageLang(locale, guide.lang)}
            >
              <h3 className="font-semibold">
                <Link href={`/vagledning/${guide.slug}`}>{guide.title}</Link>
              </h3>
              <p className="mt-2 text-slate-700">{guide.summary}</p>
            </li>
          ))}
        </ul>
      </section>

      {examples.length > 0 ? (
        <section aria-labelledby="examples-heading">
          <h2 id="examples-heading" className="mb-4 text-2xl font-semibold">
            {t('examplesHeading')}
          </h2>
          <ExampleList examples={examples} headingLevel={3} />
          <p className="mt-4">
            <Link href="/exempel">{t('allExamples')}</Link>
          </p>
        </section>
      ) : null}
    </div>
  );
}
