import { useLocale, useTranslations } from 'next-intl';
import type { Locale } from '@/lib/i18n/config';
import type { PlanSummary } from '@/lib/import/summary';
import { TableRegion } from '@/components/ui/table-region';
import { formatCount } from '@/lib/numbers';

function List<T>({
  title,
  count,
  items,
  render,
}: {
  title: string;
  count: number;
  items: T[];
  render: (item: T) => React.ReactNode;
}) {
  const t = useTranslations('adminRecords.importPreview');
  const locale = useLocale() as Locale;
  if (count === 0) return null;
  return (
    <details className="rounded border border-slate-200 p-3">
      <summary className="cursor-pointer font-medium">
        {t('show', { title, count: formatCount(count, locale) })}
      </summary>
      <ul className="mt-2 list-disc space-y-1 pl-6 text-sm">
        {items.map((item, i) => (
          <li key={i}>{render(item)}</li>
        ))}
      </ul>
      {count > items.length ? (
        <p className="mt-2 text-sm text-slate-600">{t('more', { count: formatCount(count - items.length, locale) })}</p>
      ) : null}
    </details>
  );
}

/** What the import would do. Nothing has been written when this shows. */
export function ImportPreview({ summary }: { summary: PlanSummary }) {
  const { counts } = summary;
  const t = useTranslations('adminRecords.importPreview');
  const locale = useLocale() as Locale;
  const n = (value: number) => formatCount(value, locale);
  return (
    <div className="space-y-4">
      {counts.errors > 0 ? (
        <TableRegion label={t('errorsLabel')}>
          <table className="w-full border-collapse text-left text-sm">
            <caption className="mb-2 text-left font-semibold text-red-800">
              {t('errorsCaption', { count: n(counts.errors) })}
            </caption>
            <thead>
              <tr className="border-b-2 border-slate-300">
                <th scope="col" className="py-2 pr-4">
                  {t('line')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t('error')}
                </th>
              </tr>
            </thead>
            <tbody>
              {summary.errors.map((e) => (
                <tr key={e.line} className="border-b border-slate-200">
                  <th scope="row" className="py-2 pr-4 font-normal">
                    {e.line}
                  </th>
                  <td className="py-2 pr-4">{e.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {counts.errors > summary.errors.length ? (
            <p className="mt-2 text-sm">{t('firstErrors', { count: summary.errors.length })}</p>
          ) : null}
        </TableRegion>
      ) : null}
      <h3 className="text-lg font-semibold">{counts.errors > 0 ? t('afterFixing') : t('happens')}</h3>
      <ul className="space-y-1">
        <li>{t('creates', { count: n(counts.creates) })}</li>
        <li>{t('updates', { count: n(counts.updates) })}</li>
        <li>{t('moves', { count: n(counts.moves) })}</li>
        <li>{t('managerAdds', { count: n(counts.managerAdds) })}</li>
        <li>{t('deactivations', { count: n(counts.deactivations) })}</li>
        <li>{t('unchanged', { count: n(counts.unchanged) })}</li>
      </ul>
      <List
        title={t('createsList')}
        count={counts.creates}
        items={summary.creates}
        render={(c) => `${c.name} (${c.who}), ${c.unit}`}
      />
      <List
        title={t('updatesList')}
        count={counts.updates}
        items={summary.updates}
        render={(u) => `${u.name} (${u.who}): ${u.changes}`}
      />
      <List
        title={t('movesList')}
        count={counts.moves}
        items={summary.moves}
        render={(m) => t('move', { name: m.name, from: m.from, to: m.to })}
      />
      <List
        title={t('managersList')}
        count={summary.managerAdds.length}
        items={summary.managerAdds}
        render={(m) => `${m.who}: ${m.unit}`}
      />
      <List
        title={t('deactivationsList')}
        count={counts.deactivations}
        items={summary.deactivations}
        render={(d) => `${d.name} (${d.who})`}
      />
    </div>
  );
}
