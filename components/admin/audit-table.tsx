import { useLocale, useTranslations } from 'next-intl';
import type { AuditRow } from '@/lib/data/admin-audit';
import { formatTimestamp } from '@/lib/dates';
import type { Locale } from '@/lib/i18n/config';
import { actionLabel, entityLabel, subjectOf } from './audit-labels';

function Json({ label, text }: { label: string; text: string | null }) {
  if (!text) return null;
  let pretty = text;
  try {
    pretty = JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    // Older or hand-written events may hold plain text; show it as it is.
  }
  return (
    <div>
      <p className="font-medium">{label}</p>
      <pre className="max-w-md overflow-x-auto whitespace-pre-wrap break-all rounded bg-slate-100 p-2 text-xs">
        {pretty}
      </pre>
    </div>
  );
}

/** The subject's name where there is one; the bare id only for what has none (an assignment, a request). */
function Subject({ row }: { row: AuditRow }) {
  const name = subjectOf(row);
  if (name) return <span className="block break-words">{name}</span>;
  return row.entityId ? <span className="block text-xs text-slate-600">{row.entityId}</span> : null;
}

export function AuditTable({ rows, caption }: { rows: AuditRow[]; caption: string }) {
  const t = useTranslations('adminRecords.log');
  const locale = useLocale() as Locale;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-2 text-left text-slate-700">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-slate-300">
            <th scope="col" className="py-2 pr-4">
              {t('time')}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t('action')}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t('who')}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t('subject')}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t('beforeAfter')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-slate-200 align-top">
              <td className="py-2 pr-4 whitespace-nowrap">{formatTimestamp(new Date(row.createdAt))}</td>
              <th scope="row" className="py-2 pr-4 font-normal">
                {actionLabel(row.action, locale)}
              </th>
              <td className="py-2 pr-4">
                {row.actorName
                  ? row.actorEmail
                    ? `${row.actorName} (${row.actorEmail})`
                    : row.actorName
                  : t('system')}
              </td>
              <td className="py-2 pr-4">
                {entityLabel(row.entityType, locale)}
                <Subject row={row} />
              </td>
              <td className="py-2 pr-4">
                {row.before || row.after ? (
                  <details>
                    <summary className="cursor-pointer text-brand-700 underline">{t('show')}</summary>
                    <div className="mt-2 space-y-2">
                      <Json label={t('before')} text={row.before} />
                      <Json label={t('after')} text={row.after} />
                    </div>
                  </details>
                ) : (
                  '–'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
