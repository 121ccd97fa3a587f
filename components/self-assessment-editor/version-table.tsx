import { useLocale, useTranslations } from 'next-intl';
import type { VersionRow } from '@/lib/data/self-assessment-editor';
import { TableRegion } from '@/components/ui/table-region';
import { formatLongDateTime } from '@/lib/dates';
import type { Locale } from '@/lib/i18n/config';
import { formatCount } from '@/lib/numbers';

/** Every saved version, newest first, with how many rounds in the organisation answered it. */
export function VersionTable({ versions }: { versions: VersionRow[] }) {
  const t = useTranslations('editorTemplates.versionTable');
  // Why a figure is hidden: the statistics' own words.
  const stats = useTranslations('stats');
  const locale = useLocale() as Locale;
  return (
    <>
      <TableRegion labelledBy="versions-caption">
        <table className="w-full border-collapse text-left text-sm">
          <caption id="versions-caption" className="mb-2 text-left text-slate-700">
            {t('caption')}
          </caption>
          <thead>
            <tr className="border-b-2 border-slate-300">
              <th scope="col" className="py-2 pr-4">
                {t('version')}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t('saved')}
              </th>
              <th scope="col" className="py-2">
                {t('rounds')}
              </th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v, i) => (
              <tr key={v.version} className="border-b border-slate-200 align-top">
                <th scope="row" className="py-2 pr-4">
                  {v.version}
                  {i === 0 ? ` ${t('current')}` : ''}
                </th>
                <td className="py-2 pr-4">{formatLongDateTime(v.savedAt, locale)}</td>
                <td className="py-2">
                  {v.rounds.hidden ? stats(`hidden.${v.rounds.reason}`) : formatCount(v.rounds.count, locale)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      <p className="mt-2 text-sm text-slate-600">{t('counted')}</p>
    </>
  );
}
