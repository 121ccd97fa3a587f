import { useLocale, useTranslations } from 'next-intl';
import { AudienceFilter, filterSelect, UnitFilter } from './filter-fields';
import type { Locale } from '@/lib/i18n/config';
import { passageLang } from '@/lib/i18n/passage';
import type { UnitChoice } from '@/lib/stats/unit-choices';
import type { StatsQuery } from '@/lib/stats/filter';

type Props = {
  query: StatsQuery;
  units: readonly UnitChoice[];
  /** Titles in the reader's language where the course has one; `lang` says which. */
  courses: { slug: string; title: string; lang?: Locale }[];
};

/** A plain GET form, so filtering works without JavaScript and every view has its own URL. */
export function StatsFilters({ query, units, courses }: Props) {
  const select = filterSelect;
  const t = useTranslations('stats');
  const locale = useLocale();
  return (
    <form method="get" className="mb-8 grid gap-4 rounded-lg bg-slate-50 p-4 md:grid-cols-3 lg:grid-cols-6">
      <div className="lg:col-span-2">
        <label htmlFor="kurs" className="mb-1 block text-sm font-medium">
          {t('course')}
        </label>
        <select id="kurs" name="kurs" defaultValue={query.kurs ?? ''} className={select}>
          <option value="">{t('allCourses')}</option>
          {courses.map((c) => (
            <option key={c.slug} value={c.slug} lang={passageLang(locale, c.lang)}>
              {c.title}
            </option>
          ))}
        </select>
      </div>
      <UnitFilter units={units} value={query.enhet} />
      <AudienceFilter value={query.malgrupp} />
      <div>
        <label htmlFor="fran" className="mb-1 block text-sm font-medium">
          {t('from')}
        </label>
        <input id="fran" name="fran" type="date" defaultValue={query.fran ?? ''} className={select} />
      </div>
      <div>
        <label htmlFor="till" className="mb-1 block text-sm font-medium">
          {t('to')}
        </label>
        <input id="till" name="till" type="date" defaultValue={query.till ?? ''} className={select} />
      </div>
      <div className="md:col-span-3 lg:col-span-6">
        <button type="submit" className="btn-primary">
          {t('show')}
        </button>
      </div>
    </form>
  );
}
