import { authorize } from '@/lib/auth/guards';
import { toCsv } from '@/lib/csv';
import { loadStatsReport } from '@/lib/data/stats';
import { notFound } from '@/lib/errors';
import { handle } from '@/lib/http';
import { everyoneLabel, genderGroupLabels, hiddenReasonLabels } from '@/lib/labels';
import { parseStatsQuery } from '@/lib/stats/filter';
import { comparedGroups, type DisplayCell } from '@/lib/stats/rollup';

const cellColumns = (cell: DisplayCell) =>
  cell.hidden
    ? [hiddenReasonLabels[cell.reason], '', '']
    : [cell.share === null ? '' : Math.round(cell.share * 100), cell.numerator, cell.denominator];

/** One statistics table as CSV, with the same filters and the same suppression as the page. */
export const GET = handle(async (request: Request) => {
  const viewer = await authorize('stats:view-units');
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const report = await loadStatsReport(viewer, parseStatsQuery(params));
  const table =
    params.tabell === 'kvartal'
      ? { key: 'kvartal', groupLabel: 'Kvartal', rows: report.trend, average: undefined }
      : report.tables.find((t) => t.key === params.tabell);
  if (!table) throw notFound('Tabellen finns inte.');
  const rows = [...table.rows, ...(table.average ? [table.average] : [])].map((r) => [
    r.label,
    ...comparedGroups.flatMap((g) => cellColumns(r.cells[g])),
    ...cellColumns(r.total),
  ]);
  const headers = [
    table.groupLabel,
    ...[...comparedGroups.map((g) => genderGroupLabels[g]), everyoneLabel].flatMap((h) => [
      `${h}: andel %`,
      `${h}: antal`,
      `${h}: av`,
    ]),
  ];
  const csv = toCsv(
    rows,
    headers.map((header, i) => ({ header, value: (row: (string | number)[]) => row[i] })),
  );
  return new Response(csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="statistik-${table.key}.csv"`,
      'cache-control': 'private, no-store',
    },
  });
});
