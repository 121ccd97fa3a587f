import { describedControl, ErrorText } from '@/components/ui/field';
import { audienceKeys, topicKeys } from '@/lib/validation/content';
import { audienceKeyLabels, topicLabels } from '@/lib/labels';
import { MAX_QUERY } from '@/lib/search/limits';

export type GuideFilterValues = { q: string; amne: string; malgrupp: string };

/**
 * Search and filters as a plain GET form: works without JavaScript and gives a shareable URL.
 * The search covers courses and lessons too; the filters apply to both.
 */
export function GuideFilters({ values, error }: { values: GuideFilterValues; error?: string }) {
  return (
    <form
      role="search"
      aria-label="Vägledningen"
      action="/vagledning"
      method="get"
      className="mb-8 grid gap-4 rounded-lg border border-slate-200 bg-slate-50 p-4 md:grid-cols-[2fr_1fr_1fr_auto] md:items-end"
    >
      <div>
        <label htmlFor="q" className="mb-1 block font-medium">
          Sök i vägledning och kurser
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
          Ämne
        </label>
        <select
          id="amne"
          name="amne"
          defaultValue={values.amne}
          className="w-full rounded border border-slate-400 bg-white px-3 py-2"
        >
          <option value="">Alla ämnen</option>
          {topicKeys.map((key) => (
            <option key={key} value={key}>
              {topicLabels[key]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="malgrupp" className="mb-1 block font-medium">
          Målgrupp
        </label>
        <select
          id="malgrupp"
          name="malgrupp"
          defaultValue={values.malgrupp}
          className="w-full rounded border border-slate-400 bg-white px-3 py-2"
        >
          <option value="">Alla målgrupper</option>
          {audienceKeys.map((key) => (
            <option key={key} value={key}>
              {audienceKeyLabels[key]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="btn-primary justify-center">
        Sök
      </button>
    </form>
  );
}
