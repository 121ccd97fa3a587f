import { useTranslations } from 'next-intl';
import { audienceKeyOptions } from '@/lib/labels';
import { unitChoices, type UnitChoice } from '@/lib/stats/unit-choices';

// The unit and audience choices of the statistics' GET forms (/statistik and /statistik/behov).
export const filterSelect = 'w-full rounded border border-slate-400 px-2 py-1.5';

/**
 * The units to choose from, indented under their parents: the highest the viewer may see and the
 * ones just below them, and around the chosen unit its parents and the units right below it. An
 * organisation of 1,500 units is chosen in steps, not from one list of them all (lib/stats/unit-choices.ts).
 */
export function UnitFilter({ units, value }: { units: readonly UnitChoice[]; value?: string }) {
  const choices = unitChoices(units, value);
  const t = useTranslations('stats');
  return (
    <div>
      <label htmlFor="enhet" className="mb-1 block text-sm font-medium">
        {t('unit')}
      </label>
      <select
        id="enhet"
        name="enhet"
        defaultValue={value ?? ''}
        className={filterSelect}
        aria-describedby={choices.deeper ? 'enhet-hint' : undefined}
      >
        <option value="">{t('all')}</option>
        {choices.options.map((u) => (
          <option key={u.id} value={u.id}>{`${'– '.repeat(u.indent)}${u.name}`}</option>
        ))}
      </select>
      {choices.deeper ? (
        <p id="enhet-hint" className="mt-1 text-sm text-slate-600">
          {t('unitHint')}
        </p>
      ) : null}
    </div>
  );
}

export function AudienceFilter({ value }: { value?: string }) {
  const t = useTranslations('stats');
  const labels = useTranslations('labels');
  return (
    <div>
      <label htmlFor="malgrupp" className="mb-1 block text-sm font-medium">
        {t('audience')}
      </label>
      <select id="malgrupp" name="malgrupp" defaultValue={value ?? ''} className={filterSelect}>
        <option value="">{t('all')}</option>
        {audienceKeyOptions.map((o) => (
          <option key={o.value} value={o.value}>
            {labels(`audienceKey.${o.value}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
