import type { Metadata } from 'next';
import Link from 'next/link';
import { ProtectionNote } from '@/components/stats/protection-note';
import { StatsChart } from '@/components/stats/stats-chart';
import { TrendSection } from '@/components/stats/trend-section';
import { StatsFilters } from '@/components/stats/stats-filters';
import { StatsTable } from '@/components/stats/stats-table';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/auth/guards';
import { formatDateTime } from '@/lib/dates';
import { loadStatsReport } from '@/lib/data/stats';
import { parseStatsQuery } from '@/lib/stats/filter';
import { chartData } from '@/lib/stats/report';

export const metadata: Metadata = { title: 'Statistik' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function StatsPage({ searchParams }: Props) {
  const viewer = await requirePermission('stats:view-units', '/statistik');
  const query = parseStatsQuery(await searchParams);
  const report = await loadStatsReport(viewer, query);
  const exportQuery = new URLSearchParams(
    Object.entries(query).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
  return (
    <>
      <PageHeader
        title="Statistik"
        lead={
          report.scope === 'organisation'
            ? `Kompetens i jämställdhetsintegrering i ${viewer.organisationName}, uppdelat på kön.`
            : 'Statistik för de enheter du är chef för, uppdelat på kön.'
        }
      >
        <p className="mt-2 text-sm text-slate-700">
          Aktiva medarbetare med en enhet räknas. Andelen &quot;har gått klart&quot; gäller{' '}
          {report.course ? `kursen ${report.course.title}` : 'minst en kurs'}. Siffrorna räknades fram{' '}
          <time dateTime={report.computedAt.toISOString()}>{formatDateTime(report.computedAt)}</time> och är högst en
          minut gamla.
        </p>
        <ProtectionNote />
        <p className="mt-3">
          <Link href="/statistik/behov">Kompetensbehov enligt självskattningen</Link>
        </p>
        <p className="mt-3">
          <Link href="/kompetensplaner">Kompetensplaner och hur de följs upp</Link>
        </p>
        {report.scope === 'organisation' ? (
          <p className="mt-3">
            <Link href="/statistik/jamfor">Jämför med andra kommuner och regioner</Link>
          </p>
        ) : null}
      </PageHeader>
      <StatsFilters query={query} units={report.units} courses={report.courses} />
      <div className="space-y-12">
        {report.tables.map((table, i) => (
          <section key={table.key} aria-labelledby={`t-${table.key}`} className="space-y-4">
            <h2 id={`t-${table.key}`} className="text-xl font-semibold">
              {table.caption}
            </h2>
            {i === 0 || table.key === 'enhet' ? <StatsChart title={table.caption} data={chartData(table)} /> : null}
            <StatsTable
              caption={`${table.caption} (tabell)`}
              groupLabel={table.groupLabel}
              rows={table.rows}
              average={table.average}
            />
            <p>
              <a
                href={`/statistik/export?tabell=${table.key}&${exportQuery}`}
                aria-label={`Ladda ner som CSV: ${table.caption}`}
              >
                Ladda ner som CSV
              </a>
            </p>
          </section>
        ))}
        <TrendSection trend={report.trend} exportQuery={exportQuery.toString()} />
      </div>
    </>
  );
}
