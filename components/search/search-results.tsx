import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import type { Locale } from '@/lib/i18n/config';
import { passageLang } from '@/lib/i18n/passage';
import type { SearchHit, SearchOutcome } from '@/lib/search/index';
import { SearchHitItem } from './search-hit';

type Filters = { amne: string; malgrupp: string };

function searchHref(query: string, filters: Filters): string {
  const params = new URLSearchParams({ q: query });
  if (filters.amne) params.set('amne', filters.amne);
  if (filters.malgrupp) params.set('malgrupp', filters.malgrupp);
  return `/vagledning?${params}`;
}

function Group({ id, title, hits, none }: { id: string; title: string; hits: SearchHit[]; none: string }) {
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="mb-4 text-xl font-semibold">
        {title}
      </h2>
      {hits.length === 0 ? (
        <p>{none}</p>
      ) : (
        <ul className="space-y-4">
          {hits.map((hit) => (
            <SearchHitItem key={hit.id} hit={hit} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** The answer to a search: a spelling suggestion if one was used, then guidance and courses apart. */
export function SearchResults({ outcome, filters }: { outcome: SearchOutcome; filters: Filters }) {
  const t = useTranslations('guideList');
  const locale = useLocale() as Locale;
  if (outcome.onlyStopWords) return <p role="status">{t('onlyStopWords')}</p>;
  const guides = outcome.hits.filter((h) => h.kind === 'guide');
  const learning = outcome.hits.filter((h) => h.kind !== 'guide');
  const suggestion = outcome.suggestion;
  return (
    <div>
      {suggestion ? (
        <p className="mb-4 rounded border-l-4 border-brand-600 bg-brand-50 p-4">
          {t.rich('suggestion', {
            word: suggestion,
            // The suggestion is a word of the (Swedish) index.
            link: (word) => (
              <Link href={searchHref(suggestion, filters)} lang={passageLang(locale)}>
                {word}
              </Link>
            ),
          })}
        </p>
      ) : null}
      <p role="status" className="font-medium">
        {outcome.hits.length === 0 ? t('noHits') : t('summary', { guides: guides.length, learning: learning.length })}
      </p>
      {outcome.hits.length > 0 ? (
        <>
          <Group
            id="guide-results"
            title={t('guideGroup', { count: guides.length })}
            hits={guides}
            none={t('noGuides')}
          />
          <Group
            id="course-results"
            title={t('learningGroup', { count: learning.length })}
            hits={learning}
            none={t('noLearning')}
          />
        </>
      ) : null}
    </div>
  );
}
