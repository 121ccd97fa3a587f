import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { ProtectionNote } from '@/components/stats/protection-note';
import { StatsChart } from '@/components/stats/stats-chart';
import { TrendSection } from '@/components/stats/trend-section';
import { StatsFilters } from '@/components/stats/stats-filters';
import { StatsTable } from '@/components/stats/stats-table';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/auth/guards';
import { formatDateTime } from '@/lib/dates';
import { loadStatsReport } from '@/lib/data/stats';
import type { Locale } from '@/lib/i18n/config';
import { passageLang } from '@/lib/i18n/passage';
import { parseStatsQuery } from '@/lib/stats/filter';
import { chartData } from '@/lib/stats/report';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('stats'))('title') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function StatsPage({ searchParams }: Props) {
  const viewer = await requirePermission('stats:view-units', '/statistik');
  const query = parseStatsQuery(await searchParams);
  const locale = (await getLocale()) as Locale;
  const [report, t] = await Promise.all([loadStatsReport(viewer, query, locale), getTranslations('stats')]);
  const exportQuery = new URLSearchParams(
    Object.entries(query).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
  const course = report.course;
  return (
    <>
      <PageHeader
        title={t('title')}
        lead={
          report.scope === 'organisation'
            ? t('leadOrganisation', { organisation: viewer.organisationName })
            : t('leadUnits')
        }
      >
        <p className="mt-2 text-sm text-slate-700">
          {t.rich(course ? 'countedCourse' : 'countedAny', {
            title: course?.title ?? '',
            course: (text) => <span lang={course ? passageLang(locale, course.lang) : undefined}>{text}</span>,
            time: formatDateTime(report.computedAt, locale),
            when: (text) => <time dateTime={report.computedAt.toISOString()}>{text}</time>,
          })}
        </p>
        <ProtectionNote />
        <p className="mt-3">
          <Link href="/statistik/behov">{t('needsLink')}</Link>
        </p>
        <p className="mt-3">
          <Link href="/kompetensplaner">{t('plansLink')}</Link>
        </p>
        {report.scope === 'organisation' ? (
          <p className="mt-3">
            <Link href="/statistik/jamfor">{t('compareLink')}</Link>
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
              caption={t('tableSuffix', { caption: table.caption })}
              groupLabel={table.groupLabel}
              rows={table.rows}
              average={table.average}
            />
            <p>
              <a
                href={`/statistik/export?tabell=${table.key}&${exportQuery}`}
                aria-label={t('downloadLabel', { caption: table.caption })}
              >
                {t('download')}
              </a>
            </p>
          </section>
        ))}
        <TrendSection trend={report.trend} exportQuery={exportQuery.toString()} />
      </div>
    </>
  );
}
