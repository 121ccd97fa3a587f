import { formatDateTime } from '@/lib/dates';
import type { Comparison } from '@/lib/data/compare';
import { StatsTable } from './stats-table';

/** One table per measure, the viewer's own organisation first and marked. */
export function ComparisonView({ comparison }: { comparison: Extract<Comparison, { sharing: true }> }) {
  return (
    <div className="space-y-10">
      <p className="max-w-3xl text-sm text-slate-700">
        {comparison.organisations} organisationer delar sina nyckeltal. De som inte har valt att visa sitt namn heter
        till exempel {'"'}Kommun A{'"'}. Varje organisations siffror har samma skydd av små grupper som dess egen
        statistik: en dold siffra säger varför. Siffrorna räknades fram {formatDateTime(comparison.computedAt)} och är
        högst en minut gamla.
      </p>
      {comparison.tables.map((table) => (
        <section key={table.measure} aria-labelledby={`j-${table.measure}`} className="space-y-3">
          <h2 id={`j-${table.measure}`} className="text-xl font-semibold">
            {table.caption}
          </h2>
          <StatsTable caption={`${table.caption} (tabell)`} groupLabel="Organisation" rows={table.rows} />
        </section>
      ))}
    </div>
  );
}
