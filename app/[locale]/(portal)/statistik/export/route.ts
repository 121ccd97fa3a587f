import { createTranslator } from 'next-intl';
import { authorize } from '@/lib/auth/guards';
import { toCsv } from '@/lib/csv';
import { loadStatsReport } from '@/lib/data/stats';
import { notFound } from '@/lib/errors';
import { handle } from '@/lib/http';
import { messages } from '@/lib/i18n';
import { localeOf } from '@/lib/i18n/config';
import { parseStatsQuery } from '@/lib/stats/filter';
import { comparedGroups, type DisplayCell } from '@/lib/stats/rollup';

type Params = { params: Promise<{ locale: string }> };

/** One statistics table as CSV, with the same filters and the same suppression as the page, in the reader's language. */
export const GET = handle(async (request: Request, { params }: Params) => {
  const viewer = await authorize('stats:view-units');
  const requested = (await params).locale;
  const locale = localeOf(requested);
  const t = createTranslator({ locale, messages: messages(locale), namespace: 'stats' });
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const report = await loadStatsReport(viewer, parseStatsQuery(query), locale);
  const table =
    query.tabell === 'kvartal'
      ? { key: 'kvartal', groupLabel: t('group.kvartal'), rows: report.trend, average: undefined }
      : report.tables.find((x) => x.key === query.tabell);
  if (!table) throw notFound('Tabellen finns inte.');
  const cellColumns = (cell: DisplayCell) =>
    cell.hidden
      ? [t(`hidden.${cell.reason}`), '', '']
      : [cell.share === null ? '' : Math.round(cell.share * 100), cell.numerator, cell.denominator];
  const rows = [...table.rows, ...(table.average ? [table.average] : [])].map((r) => [
    r.label,
    ...comparedGroups.flatMap((g) => cellColumns(r.cells[g])),
    ...cellColumns(r.total),
  ]);
  const groups = [t('women'), t('men'), t('everyone')];
  const headers = [
    table.groupLabel,
    ...groups.flatMap((group) => [t('csvShare', { group }), t('csvCount', { group }), t('csvOf', { group })]),
  ];
  const csv = toCsv(
    rows,
    headers.map((header, i) => ({ header, value: (row: (string | number)[]) => row[i] })),
  );
  return new Response(csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${t('fileName')}-${table.key}.csv"`,
      'cache-control': 'private, no-store',
    },
  });
});
