import { useLocale, useTranslations } from 'next-intl';
import { formatDay, formatLongDateTime } from '@/lib/dates';
import type { Locale } from '@/lib/i18n/config';
import type { StoredItem } from '@/lib/data/checklists';
import { StatusBadge } from './status-badge';

/** What is saved for the item now (read by everyone in the organisation). */
export function ItemState({ saved }: { saved: StoredItem | undefined }) {
  const t = useTranslations('checklist');
  const locale = useLocale() as Locale;
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
      <dt className="font-medium">{t('status')}</dt>
      <dd>
        <StatusBadge status={saved?.status ?? 'NOT_STARTED'} />
        {saved?.status === 'NOT_APPLICABLE' && saved.reason ? (
          <span className="mt-1 block">{t('reason', { reason: saved.reason })}</span>
        ) : null}
      </dd>
      <dt className="font-medium">{t('responsible')}</dt>
      <dd>{saved?.responsible?.name ?? t('noResponsible')}</dd>
      <dt className="font-medium">{t('dueOn')}</dt>
      <dd>{saved?.dueOn ? formatDay(saved.dueOn, locale) : t('noDate')}</dd>
      <dt className="font-medium">{t('evidence')}</dt>
      <dd className="whitespace-pre-line">{saved?.evidenceText || t('noEvidence')}</dd>
      {saved?.evidenceLinks.length ? (
        <>
          <dt className="font-medium">{t('links')}</dt>
          <dd>
            <ul className="space-y-1">
              {saved.evidenceLinks.map((link) => (
                <li key={link} className="break-all">
                  <a href={link} rel="noopener noreferrer nofollow">
                    {link}
                  </a>
                </li>
              ))}
            </ul>
          </dd>
        </>
      ) : null}
      {saved ? (
        <>
          <dt className="font-medium">{t('updated')}</dt>
          <dd>{formatLongDateTime(saved.updatedAt, locale)}</dd>
        </>
      ) : null}
    </dl>
  );
}
