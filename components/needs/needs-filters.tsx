import { audienceKeyOptions } from '@/lib/labels';

type Props = {
  query: { enhet?: string; malgrupp?: string };
  units: { id: string; name: string; depth: number }[];
};

/** A plain GET form like /statistik's, so filtering works without JavaScript and every view has its own URL. */
export function NeedsFilters({ query, units }: Props) {
  const select = 'w-full rounded border border-slate-400 px-2 py-1.5';
  const top = Math.min(...units.map((u) => u.depth));
  return (
    <form method="get" className="mb-8 grid gap-4 rounded-lg bg-slate-50 p-4 md:grid-cols-3">
      <div>
        <label htmlFor="enhet" className="mb-1 block text-sm font-medium">
          Enhet
        </label>
        <select id="enhet" name="enhet" defaultValue={query.enhet ?? ''} className={select}>
          <option value="">Alla</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>{`${'– '.repeat(u.depth - top)}${u.name}`}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="malgrupp" className="mb-1 block text-sm font-medium">
          Målgrupp
        </label>
        <select id="malgrupp" name="malgrupp" defaultValue={query.malgrupp ?? ''} className={select}>
          <option value="">Alla</option>
          {audienceKeyOptions.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <div className="self-end">
        <button type="submit" className="btn-primary">
          Visa
        </button>
      </div>
    </form>
  );
}
