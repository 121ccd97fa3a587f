import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { formatDateTime } from '@/lib/dates';
import type { Locale } from '@/lib/i18n/config';
import { comparedMeasures } from '@/lib/stats/compare';
import type { Measure } from '@/lib/stats/rollup';
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
  const t = useTranslations('compare');
  const locale = useLocale() as Locale;
  const table = comparison.tables.find((x) => x.measure === measure);
  return (
    <div className="space-y-10">
      <p className="max-w-3xl text-sm text-slate-700">
        {t('intro', { count: comparison.organisations, time: formatDateTime(comparison.computedAt, locale) })}
      </p>
      <nav aria-label={t('measuresNav')}>
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          {comparedMeasures.map((m) => (
            <li key={m.measure}>
              <Link
                href={`/statistik/jamfor?matt=${m.param}`}
                aria-current={m.measure === measure ? 'page' : undefined}
                className={m.measure === measure ? 'font-semibold text-slate-900 no-underline' : undefined}
              >
                {t(`measure.${m.measure}`)}
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
          <StatsTable
            caption={t('tableCaption', { caption: table.caption })}
            groupLabel={t('organisation')}
            rows={table.rows}
          />
        </section>
      ) : null}
    </div>
  );
}
