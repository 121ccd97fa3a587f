import { useTranslations } from 'next-intl';
import type { DisplayRow } from '@/lib/stats/rollup';
import { trendData } from '@/lib/stats/report';
import { StatsTable } from './stats-table';
import { TrendChart } from './trend-chart';

/** The last two years quarter by quarter: a line chart, and the table that is its accessible version. */
export function TrendSection({ trend, exportQuery }: { trend: DisplayRow[]; exportQuery: string }) {
  const t = useTranslations('stats');
  const title = t('trendTitle');
  const { data, hidden } = trendData(trend);
  return (
    <section aria-labelledby="t-kvartal" className="space-y-4">
      <h2 id="t-kvartal" className="text-xl font-semibold">
        {title}
      </h2>
      <p className="text-sm text-slate-700">{t('trendLead')}</p>
      <TrendChart
        title={title}
        data={data}
        hidden={hidden}
        words={{ women: t('women'), men: t('men'), hidden: t('hiddenShort') }}
      />
      <StatsTable caption={t('tableSuffix', { caption: title })} groupLabel={t('group.kvartal')} rows={trend} />
      <p>
        <a href={`/statistik/export?tabell=kvartal&${exportQuery}`} aria-label={t('downloadLabel', { caption: title })}>
          {t('download')}
        </a>
      </p>
    </section>
  );
}
