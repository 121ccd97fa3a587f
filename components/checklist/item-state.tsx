import { formatDay, formatLongDateTime } from '@/lib/dates';
import type { StoredItem } from '@/lib/data/checklists';
import { StatusBadge } from './status-badge';

/** What is saved for the item now (read by everyone in the organisation). */
export function ItemState({ saved }: { saved: StoredItem | undefined }) {
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
      <dt className="font-medium">Status</dt>
      <dd>
        <StatusBadge status={saved?.status ?? 'NOT_STARTED'} />
        {saved?.status === 'NOT_APPLICABLE' && saved.reason ? (
          <span className="mt-1 block">Skäl: {saved.reason}</span>
        ) : null}
      </dd>
      <dt className="font-medium">Ansvarig</dt>
      <dd>{saved?.responsible?.name ?? 'Ingen ansvarig ännu'}</dd>
      <dt className="font-medium">Klart senast</dt>
      <dd>{saved?.dueOn ? formatDay(saved.dueOn) : 'Inget datum'}</dd>
      <dt className="font-medium">Underlag</dt>
      <dd className="whitespace-pre-line">{saved?.evidenceText || 'Inget underlag ännu'}</dd>
      {saved?.evidenceLinks.length ? (
        <>
          <dt className="font-medium">Länkar</dt>
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
          <dt className="font-medium">Senast ändrad</dt>
          <dd>{formatLongDateTime(saved.updatedAt)}</dd>
        </>
      ) : null}
    </dl>
  );
}
