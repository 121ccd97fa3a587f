import type { DisplayRow } from '@/lib/stats/rollup';
import { trendData } from '@/lib/stats/report';
import { StatsTable } from './stats-table';
import { TrendChart } from './trend-chart';

const title = 'Utveckling per kvartal: andel som har gått klart';

/** The last two years quarter by quarter: a line chart, and the table that is its accessible version. */
export function TrendSection({ trend, exportQuery }: { trend: DisplayRow[]; exportQuery: string }) {
  const { data, hidden } = trendData(trend);
  return (
    <section aria-labelledby="t-kvartal" className="space-y-4">
      <h2 id="t-kvartal" className="text-xl font-semibold">
        {title}
      </h2>
      <p className="text-sm text-slate-700">
        Av dem som räknas i dag: andelen som hade gått klart i slutet av varje kvartal. Samma personer räknas i alla
        kvartal, så en grupp som är dold är dold i alla.
      </p>
      <TrendChart title={title} data={data} hidden={hidden} />
      <StatsTable caption={`${title} (tabell)`} groupLabel="Kvartal" rows={trend} />
      <p>
        <a href={`/statistik/export?tabell=kvartal&${exportQuery}`} aria-label={`Ladda ner som CSV: ${title}`}>
          Ladda ner som CSV
        </a>
      </p>
    </section>
  );
}
