import { SelectField } from '@/components/ui/select-field';
import { audienceOptions, roleOptions } from '@/lib/labels';
import type { PeopleFilter } from '@/lib/validation/admin';
import { unitSelectOptions } from './options';

type Props = { filter: PeopleFilter; units: readonly { id: string; name: string; depth: number }[] };

/** A plain GET form: filters live in the address, so a filtered list can be bookmarked and works without JavaScript. */
export function PeopleFilters({ filter, units }: Props) {
  return (
    <form
      method="get"
      action="/admin"
      role="search"
      aria-label="Sök och filtrera personer"
      className="mb-6 grid gap-4 rounded-lg border border-slate-200 p-4 sm:grid-cols-2 lg:grid-cols-5"
    >
      <div className="lg:col-span-2">
        <label htmlFor="q" className="mb-1 block font-medium">
          Sök namn eller e-post
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
        label="Enhet (med enheterna under)"
        name="enhet"
        options={unitSelectOptions(units)}
        emptyLabel="Alla enheter"
        defaultValue={filter.enhet}
      />
      <SelectField label="Behörighet" name="roll" options={roleOptions} emptyLabel="Alla" defaultValue={filter.roll} />
      <SelectField
        label="Målgrupp"
        name="malgrupp"
        options={audienceOptions}
        emptyLabel="Alla"
        defaultValue={filter.malgrupp}
      />
      <SelectField
        label="Status"
        name="status"
        options={[
          { value: 'aktiva', label: 'Aktiva' },
          { value: 'inaktiva', label: 'Inaktiverade' },
          { value: 'alla', label: 'Alla' },
        ]}
        defaultValue={filter.status}
      />
      <div className="flex items-end gap-3 lg:col-span-4">
        <button type="submit" className="btn-primary">
          Visa
        </button>
        <a href="/admin">Rensa filter</a>
      </div>
    </form>
  );
}
