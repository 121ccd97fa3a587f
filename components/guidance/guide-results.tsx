import { useTranslations } from 'next-intl';
import { SearchHitItem } from '@/components/search/search-hit';
import type { ShownHit } from '@/lib/data/guides';

/** Every guidance page (filtered by topic and audience), by title: the page without a search. */
export function GuideResults({ results }: { results: ShownHit[] }) {
  const t = useTranslations('guideList');
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading" className="mb-4 text-xl font-semibold">
        {t('allPages', { count: results.length })}
      </h2>
      {results.length === 0 ? (
        <p>{t('noPages')}</p>
      ) : (
        <ul className="space-y-4">
          {results.map((r) => (
            <SearchHitItem key={r.id} hit={r} />
          ))}
        </ul>
      )}
    </section>
  );
}
