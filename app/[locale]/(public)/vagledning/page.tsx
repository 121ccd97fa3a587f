import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { GuideFilters } from '@/components/guidance/guide-filters';
import { GuideResults } from '@/components/guidance/guide-results';
import { SearchResults } from '@/components/search/search-results';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { guideHitsIn } from '@/lib/data/guides';
import { searchSite } from '@/lib/data/site-search';
import { languageAlternates } from '@/lib/i18n/alternates';
import { defaultLocale, type Locale } from '@/lib/i18n/config';
import { inLanguage } from '@/lib/i18n/messages';
import { audienceKeys, topicKeys } from '@/lib/validation/content';
import { parseSearchQuery } from '@/lib/validation/search';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('guideList'))('title'), alternates: languageAlternates('/vagledning') };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
const known = (value: string, keys: readonly string[]) => (keys.includes(value) ? value : '');

// Reads search parameters, so it renders per request (the index itself is kept in memory).
// Without a query it lists the guidance pages; with one it searches guidance, courses and lessons.
// The index is Swedish: an English reader gets the page's words in English, and the list (without a
// query) names the pages that have an English version in English.
export default async function GuidancePage({ searchParams }: { searchParams: SearchParams }) {
  const [params, locale, t] = await Promise.all([searchParams, getLocale(), getTranslations('guideList')]);
  const parsed = parseSearchQuery(params.q, locale as Locale);
  const error = parsed.ok ? undefined : inLanguage(parsed.error, locale as Locale);
  const values = {
    q: parsed.query,
    amne: known(one(params.amne), topicKeys),
    malgrupp: known(one(params.malgrupp), audienceKeys),
  };
  const searching = parsed.ok && parsed.query !== '';
  const outcome = parsed.ok
    ? await searchSite({
        query: parsed.query,
        topic: values.amne || undefined,
        audience: values.malgrupp || undefined,
        kinds: searching ? undefined : ['guide'],
      })
    : null;
  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')} />
      {locale !== defaultLocale ? <p className="-mt-4 mb-6 text-slate-700">{t('swedishOnly')}</p> : null}
      <GuideFilters values={values} error={error} />
      {error ? (
        <Alert tone="error">
          {t('noSearch')} {error}
        </Alert>
      ) : searching && outcome ? (
        <SearchResults outcome={outcome} filters={values} />
      ) : outcome ? (
        <GuideResults results={await guideHitsIn(outcome.hits, locale as Locale)} />
      ) : null}
    </>
  );
}
