import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { TableRegion } from '@/components/ui/table-region';
import type { QueuedRequest } from '@/lib/data/deletion-requests';
import { formatDay } from '@/lib/dates';
import type { Locale } from '@/lib/i18n/config';
import { ageText, deadlineText } from '@/lib/privacy/deadline';

// The two lists of /admin/radering: requests waiting (oldest first, with the one-month deadline)
// and requests handled. An overdue request says so in words; the colour only repeats it.

const th = 'py-2 pr-4';

function PersonCell({ request }: { request: QueuedRequest }) {
  return (
    <th scope="row" className={`${th} font-normal`}>
      <Link href={`/admin/personer/${request.userId}`}>{request.personName}</Link>
    </th>
  );
}

export function OpenRequestsTable({ requests }: { requests: QueuedRequest[] }) {
  const t = useTranslations('adminRecords.deletion');
  const locale = useLocale() as Locale;
  return (
    <TableRegion labelledBy="open-caption">
      <table className="w-full border-collapse text-left text-sm">
        <caption id="open-caption" className="mb-2 text-left text-slate-700">
          {t('openCaption', { count: requests.length })}
        </caption>
        <thead>
          <tr className="border-b-2 border-slate-300">
            <th scope="col" className={th}>
              {t('person')}
            </th>
            <th scope="col" className={th}>
              {t('received')}
            </th>
            <th scope="col" className={th}>
              {t('age')}
            </th>
            <th scope="col" className={th}>
              {t('answerBy')}
            </th>
            <th scope="col" className={th}>
              <span className="sr-only">{t('handle')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {requests.map((r) => (
            <tr key={r.id} className="border-b border-slate-200 align-top">
              <PersonCell request={r} />
              <td className={th}>{formatDay(r.deadline.receivedOn, locale)}</td>
              <td className={th}>{ageText(r.deadline, locale)}</td>
              <td className={r.deadline.overdue ? `${th} font-semibold text-red-800` : th}>
                {deadlineText(r.deadline, locale)}
              </td>
              <td className={th}>
                <Link href={`/admin/radering/${r.id}`}>
                  {t('handle')}
                  <span className="sr-only">{t('handleFrom', { name: r.personName })}</span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

export function HandledRequestsTable({ requests, total }: { requests: QueuedRequest[]; total: number }) {
  const t = useTranslations('adminRecords.deletion');
  const locale = useLocale() as Locale;
  const caption =
    total > requests.length
      ? t('handledCaptionSome', { shown: requests.length, total })
      : t('handledCaption', { total });
  return (
    <TableRegion labelledBy="handled-caption">
      <table className="w-full border-collapse text-left text-sm">
        <caption id="handled-caption" className="mb-2 text-left text-slate-700">
          {caption}
        </caption>
        <thead>
          <tr className="border-b-2 border-slate-300">
            <th scope="col" className={th}>
              {t('person')}
            </th>
            <th scope="col" className={th}>
              {t('received')}
            </th>
            <th scope="col" className={th}>
              {t('handledOn')}
            </th>
            <th scope="col" className={th}>
              {t('by')}
            </th>
            <th scope="col" className={th}>
              {t('outcome')}
            </th>
            <th scope="col" className={th}>
              {t('answer')}
            </th>
          </tr>
        </thead>
        <tbody>
          {requests.map((r) => (
            <tr key={r.id} className="border-b border-slate-200 align-top">
              <PersonCell request={r} />
              <td className={th}>{formatDay(r.deadline.receivedOn, locale)}</td>
              <td className={th}>{r.handledAt ? formatDay(r.handledAt, locale) : '–'}</td>
              <td className={th}>{r.handledByName ?? '–'}</td>
              <td className={th}>
                <Link href={`/admin/radering/${r.id}`}>{r.outcome ? t(`outcomes.${r.outcome}`) : t('handled')}</Link>
              </td>
              <td className={`${th} max-w-md whitespace-pre-line break-words`}>{r.answer ?? '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
