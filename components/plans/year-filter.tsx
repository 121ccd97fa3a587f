import { useTranslations } from 'next-intl';

/** Chooses the year of the plans shown; a plain GET form, so it works without JavaScript. */
export function YearFilter({ year, years }: { year: number; years: number[] }) {
  const t = useTranslations('plans');
  return (
    <form method="get" className="mb-6 flex flex-wrap items-end gap-3">
      <div>
        <label htmlFor="ar" className="mb-1 block font-medium">
          {t('year')}
        </label>
        <select
          id="ar"
          name="ar"
          defaultValue={String(year)}
          className="rounded border border-slate-400 bg-white px-3 py-2"
        >
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="btn-secondary">
        {t('showPlans')}
      </button>
    </form>
  );
}
