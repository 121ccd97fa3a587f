import { useLocale, useTranslations } from 'next-intl';
import { noteIn } from '@/lib/checklist/revision-notes';
import type { RevisionSummary } from '@/lib/data/checklist-templates';
import { formatLongDateTime } from '@/lib/dates';
import type { Locale } from '@/lib/i18n/config';
import { RestoreForm } from './template-revisions';
import { TableRegion } from '@/components/ui/table-region';

/** Every saved version, newest first; an older one can be restored as a new version. */
export function RevisionTable({
  templateId,
  version,
  revisions,
}: {
  templateId: string;
  version: number;
  revisions: RevisionSummary[];
}) {
  const t = useTranslations('editorTemplates.revisions');
  const locale = useLocale() as Locale;
  return (
    <TableRegion label={t('region')}>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-2 text-left text-slate-700">{t('caption')}</caption>
        <thead>
          <tr className="border-b-2 border-slate-300">
            <th scope="col" className="py-2 pr-4">
              {t('version')}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t('saved')}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t('by')}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t('note')}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t('state')}
            </th>
            <th scope="col" className="py-2">
              {t('restore')}
            </th>
          </tr>
        </thead>
        <tbody>
          {revisions.map((r, i) => (
            <tr key={r.number} className="border-b border-slate-200 align-top">
              <th scope="row" className="py-2 pr-4">
                {r.number}
              </th>
              <td className="py-2 pr-4">{formatLongDateTime(r.createdAt, locale)}</td>
              <td className="py-2 pr-4">{r.authorName ?? t('fromContent')}</td>
              <td className="py-2 pr-4">{r.note ? noteIn(r.note, locale) : '–'}</td>
              <td className="py-2 pr-4">{r.live ? t('live') : r.published ? t('publishedBefore') : t('draft')}</td>
              <td className="py-2">
                {i === 0 ? t('latest') : <RestoreForm templateId={templateId} version={version} number={r.number} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
