import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import type { EditorListItem } from '@/lib/data/guide-editor';
import { formatDateTime } from '@/lib/dates';
import type { Locale } from '@/lib/i18n/config';
import { passageLang } from '@/lib/i18n/passage';
import { TableRegion } from '@/components/ui/table-region';

export function GuideTable({ guides }: { guides: EditorListItem[] }) {
  const t = useTranslations('editorGuides');
  const locale = useLocale() as Locale;
  if (guides.length === 0) return <p>{t('table.empty')}</p>;
  return (
    <TableRegion label={t('table.region')}>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-2 text-left text-slate-700">{t('table.caption', { count: guides.length })}</caption>
        <thead>
          <tr className="border-b-2 border-slate-300">
            <th scope="col" className="py-2 pr-4">
              {t('table.page')}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t('table.status')}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t('table.latest')}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t('table.changedBy')}
            </th>
          </tr>
        </thead>
        <tbody>
          {guides.map((g) => {
            const unpublishedChanges = g.status === 'PUBLISHED' && g.publishedNumber !== g.latest.number;
            return (
              <tr key={g.id} className="border-b border-slate-200">
                <th scope="row" className="py-2 pr-4 font-normal">
                  <Link href={`/redaktion/vagledning/${g.id}`} lang={passageLang(locale)}>
                    {g.title}
                  </Link>
                  {/* The address is made of Swedish words. */}
                  <span className="block text-slate-600" lang={passageLang(locale)}>
                    /vagledning/{g.slug}
                  </span>
                </th>
                <td className="py-2 pr-4">
                  {t(`status.${g.status}`)}
                  {unpublishedChanges ? <span className="block text-amber-800">{t('table.pending')}</span> : null}
                </td>
                <td className="py-2 pr-4">
                  {t('version', { number: g.latest.number })}, {formatDateTime(g.latest.createdAt, locale)}
                </td>
                <td className="py-2 pr-4">{g.latest.authorName}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableRegion>
  );
}
