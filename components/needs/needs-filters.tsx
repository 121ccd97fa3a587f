import { useTranslations } from 'next-intl';
import { AudienceFilter, UnitFilter } from '@/components/stats/filter-fields';
import type { UnitChoice } from '@/lib/stats/unit-choices';

type Props = {
  query: { enhet?: string; malgrupp?: string };
  units: readonly UnitChoice[];
};

/** A plain GET form like /statistik's, so filtering works without JavaScript and every view has its own URL. */
export function NeedsFilters({ query, units }: Props) {
  const t = useTranslations('stats');
  return (
    <form method="get" className="mb-8 grid gap-4 rounded-lg bg-slate-50 p-4 md:grid-cols-3">
      <UnitFilter units={units} value={query.enhet} />
      <AudienceFilter value={query.malgrupp} />
      <div className="self-end">
        <button type="submit" className="btn-primary">
          {t('show')}
        </button>
      </div>
    </form>
  );
}
