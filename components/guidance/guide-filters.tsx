import { useTranslations } from 'next-intl';
import { describedControl, ErrorText } from '@/components/ui/field';
import { audienceKeys, topicKeys } from '@/lib/validation/content';
import { MAX_QUERY } from '@/lib/search/limits';

export type GuideFilterValues = { q: string; amne: string; malgrupp: string };

/**
 * Search and filters as a plain GET form: works without JavaScript and gives a shareable URL.
 * The search covers courses and lessons too; the filters apply to both.
 */
export function GuideFilters({ values, error }: { values: GuideFilterValues; error?: string }) {
  const t = useTranslations('guideList');
  const search = useTranslations('search');
  const labels = useTranslations('labels');
  return (
    <form
      role="search"
      aria-label={t('filters')}
      action="/vagledning"
      method="get"
      className="mb-8 grid gap-4 rounded-lg border border-slate-200 bg-slate-50 p-4 md:grid-cols-[2fr_1fr_1fr_auto] md:items-end"
    >
      <div>
        <label htmlFor="q" className="mb-1 block font-medium">
          {search('label')}
        </label>
        <input
          {...describedControl({ id: 'q', error })}
          name="q"
          type="search"
          maxLength={MAX_QUERY}
          defaultValue={values.q}
          className="w-full rounded border border-slate-400 bg-white px-3 py-2"
        />
        <ErrorText id="q" error={error} />
      </div>
      <div>
        <label htmlFor="amne" className="mb-1 block font-medium">
          {t('topic')}
        </label>
        <select
          id="amne"
          name="amne"
          defaultValue={values.amne}
          className="w-full rounded border border-slate-400 bg-white px-3 py-2"
        >
          <option value="">{t('allTopics')}</option>
          {topicKeys.map((key) => (
            <option key={key} value={key}>
              {labels(`topic.${key}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="malgrupp" className="mb-1 block font-medium">
          {t('audience')}
        </label>
        <select
          id="malgrupp"
          name="malgrupp"
          defaultValue={values.malgrupp}
          className="w-full rounded border border-slate-400 bg-white px-3 py-2"
        >
          <option value="">{t('allAudiences')}</option>
          {audienceKeys.map((key) => (
            <option key={key} value={key}>
              {labels(`audienceKey.${key}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="btn-primary justify-center">
        {search('submit')}
      </button>
    </form>
  );
}
