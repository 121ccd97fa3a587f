import { authorize } from '@/lib/auth/guards';
import { toCsv } from '@/lib/csv';
import { ownKeyFigures } from '@/lib/data/compare';
import { invalid } from '@/lib/errors';
import { handle } from '@/lib/http';
import { keyFiguresJson, keyFiguresRows } from '@/lib/stats/key-figures';

/** The organisation's own key figures, as it shares them, as CSV or JSON (README, "Nyckeltal"). */
export const GET = handle(async (request: Request) => {
  const viewer = await authorize('stats:view-organisation');
  const format = new URL(request.url).searchParams.get('format') ?? 'csv';
  if (format !== 'csv' && format !== 'json') throw invalid('Välj format csv eller json.');
  const { organisation, computedAt, figures } = await ownKeyFigures(viewer);
  const headers = { 'cache-control': 'private, no-store' };
  if (format === 'json') {
    return Response.json(keyFiguresJson({ organisation, computedAt, figures }), {
      headers: { ...headers, 'content-disposition': 'attachment; filename="nyckeltal.json"' },
    });
  }
  const rows = keyFiguresRows(figures);
  const csv = toCsv(
    rows,
    (Object.keys(rows[0] ?? {}) as (keyof (typeof rows)[number])[]).map((key) => ({
      header: key,
      value: (row: (typeof rows)[number]) => row[key],
    })),
  );
  return new Response(csv, {
    headers: {
      ...headers,
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename="nyckeltal.csv"',
    },
  });
});
