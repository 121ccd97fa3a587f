import { useTranslations } from 'next-intl';
import { SelectField } from '@/components/ui/select-field';
import { audienceOptions, roleOptions } from '@/lib/labels';
import type { PeopleFilter } from '@/lib/validation/admin';
import { unitSelectOptions } from './options';

type Props = { filter: PeopleFilter; units: readonly { id: string; name: string; depth: number }[] };

/** A plain GET form: filters live in the address, so a filtered list can be bookmarked and works without JavaScript. */
export function PeopleFilters({ filter, units }: Props) {
  const t = useTranslations('adminPeople.filters');
  const labels = useTranslations('labels');
  const roles = roleOptions.map((o) => ({ value: o.value, label: labels(`role.${o.value}`) }));
  const audiences = audienceOptions.map((o) => ({ value: o.value, label: labels(`audience.${o.value}`) }));
  return (
    <form
      method="get"
      action="/admin"
      role="search"
      aria-label={t('label')}
      className="mb-6 grid gap-4 rounded-lg border border-slate-200 p-4 sm:grid-cols-2 lg:grid-cols-5"
    >
      <div className="lg:col-span-2">
        <label htmlFor="q" className="mb-1 block font-medium">
          {t('query')}
        </label>
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={filter.q ?? ''}
          maxLength={100}
          className="w-full rounded border border-slate-400 px-3 py-2"
        />
      </div>
      <SelectField
        label={t('unit')}
        name="enhet"
        options={unitSelectOptions(units)}
        emptyLabel={t('allUnits')}
        defaultValue={filter.enhet}
      />
      <SelectField label={t('role')} name="roll" options={roles} emptyLabel={t('all')} defaultValue={filter.roll} />
      <SelectField
        label={t('audience')}
        name="malgrupp"
        options={audiences}
        emptyLabel={t('all')}
        defaultValue={filter.malgrupp}
      />
      <SelectField
        label={t('status')}
        name="status"
        options={[
          { value: 'aktiva', label: t('active') },
          { value: 'inaktiva', label: t('inactive') },
          { value: 'alla', label: t('all') },
        ]}
        defaultValue={filter.status}
      />
      <div className="flex items-end gap-3 lg:col-span-4">
        <button type="submit" className="btn-primary">
          {t('show')}
        </button>
        <a href="/admin">{t('clear')}</a>
      </div>
    </form>
  );
}
