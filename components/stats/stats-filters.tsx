import { AudienceFilter, filterSelect, UnitFilter } from './filter-fields';
import type { UnitChoice } from '@/lib/stats/unit-choices';
import type { StatsQuery } from '@/lib/stats/filter';

type Props = {
  query: StatsQuery;
  units: readonly UnitChoice[];
  courses: { slug: string; title: string }[];
};

/** A plain GET form, so filtering works without JavaScript and every view has its own URL. */
export function StatsFilters({ query, units, courses }: Props) {
  const select = filterSelect;
  return (
    <form method="get" className="mb-8 grid gap-4 rounded-lg bg-slate-50 p-4 md:grid-cols-3 lg:grid-cols-6">
      <div className="lg:col-span-2">
        <label htmlFor="kurs" className="mb-1 block text-sm font-medium">
          Kurs
        </label>
        <select id="kurs" name="kurs" defaultValue={query.kurs ?? ''} className={select}>
          <option value="">Alla kurser (minst en klar)</option>
          {courses.map((c) => (
            <option key={c.slug} value={c.slug}>
              {c.title}
            </option>
          ))}
        </select>
      </div>
      <UnitFilter units={units} value={query.enhet} />
      <AudienceFilter value={query.malgrupp} />
      <div>
        <label htmlFor="fran" className="mb-1 block text-sm font-medium">
          Klar från
        </label>
        <input id="fran" name="fran" type="date" defaultValue={query.fran ?? ''} className={select} />
      </div>
      <div>
        <label htmlFor="till" className="mb-1 block text-sm font-medium">
          Klar till och med
        </label>
        <input id="till" name="till" type="date" defaultValue={query.till ?? ''} className={select} />
      </div>
      <div className="md:col-span-3 lg:col-span-6">
        <button type="submit" className="btn-primary">
          Visa
        </button>
      </div>
    </form>
  );
}
