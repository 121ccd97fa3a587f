import Link from 'next/link';
import { formatDateTime } from '@/lib/dates';
import { comparedMeasures } from '@/lib/stats/compare';
import { measures, type Measure } from '@/lib/stats/rollup';
import type { Comparison } from '@/lib/data/compare';
import { StatsTable } from './stats-table';

/** One measure's table at a time, chosen with links; the viewer's own organisation first and marked. */
export function ComparisonView({
  comparison,
  measure,
}: {
  comparison: Extract<Comparison, { sharing: true }>;
  measure: Measure;
}) {
  const table = comparison.tables.find((t) => t.measure === measure);
  return (
    <div className="space-y-10">
      <p className="max-w-3xl text-sm text-slate-700">
        {comparison.organisations} organisationer delar sina nyckeltal. De som inte har valt att visa sitt namn heter
        till exempel {'"'}Kommun A{'"'}. Varje organisations siffror har samma skydd av små grupper som dess egen
        statistik: en dold siffra säger varför. Siffrorna räknades fram {formatDateTime(comparison.computedAt)} och är
        högst en minut gamla.
      </p>
      <nav aria-label="Nyckeltal">
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          {comparedMeasures.map((m) => (
            <li key={m.measure}>
              <Link
                href={`/statistik/jamfor?matt=${m.param}`}
                aria-current={m.measure === measure ? 'page' : undefined}
                className={m.measure === measure ? 'font-semibold text-slate-900 no-underline' : undefined}
              >
                {measures[m.measure].label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {table ? (
        <section aria-labelledby={`j-${table.measure}`} className="space-y-3">
          <h2 id={`j-${table.measure}`} className="text-xl font-semibold">
            {table.caption}
          </h2>
          <StatsTable caption={`${table.caption} (tabell)`} groupLabel="Organisation" rows={table.rows} />
        </section>
      ) : null}
    </div>
  );
}
