import { audienceKeyOptions } from '@/lib/labels';

// The unit and audience choices of the statistics' GET forms (/statistik and /statistik/behov).
export const filterSelect = 'w-full rounded border border-slate-400 px-2 py-1.5';

/** Units indented under their parents, counted from the highest unit the viewer may see. */
export function UnitFilter({ units, value }: { units: { id: string; name: string; depth: number }[]; value?: string }) {
  const top = Math.min(...units.map((u) => u.depth));
  return (
    <div>
      <label htmlFor="enhet" className="mb-1 block text-sm font-medium">
        Enhet
      </label>
      <select id="enhet" name="enhet" defaultValue={value ?? ''} className={filterSelect}>
        <option value="">Alla</option>
        {units.map((u) => (
          <option key={u.id} value={u.id}>{`${'– '.repeat(u.depth - top)}${u.name}`}</option>
        ))}
      </select>
    </div>
  );
}

export function AudienceFilter({ value }: { value?: string }) {
  return (
    <div>
      <label htmlFor="malgrupp" className="mb-1 block text-sm font-medium">
        Målgrupp
      </label>
      <select id="malgrupp" name="malgrupp" defaultValue={value ?? ''} className={filterSelect}>
        <option value="">Alla</option>
        {audienceKeyOptions.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
