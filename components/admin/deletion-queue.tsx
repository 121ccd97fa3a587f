import Link from 'next/link';
import { TableRegion } from '@/components/ui/table-region';
import type { QueuedRequest } from '@/lib/data/deletion-requests';
import { formatDay } from '@/lib/dates';
import { deletionOutcomeLabels } from '@/lib/labels';
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
  return (
    <TableRegion labelledBy="open-caption">
      <table className="w-full border-collapse text-left text-sm">
        <caption id="open-caption" className="mb-2 text-left text-slate-700">
          {requests.length === 1 ? '1 begäran väntar' : `${requests.length} begäranden väntar, den äldsta först`}
        </caption>
        <thead>
          <tr className="border-b-2 border-slate-300">
            <th scope="col" className={th}>
              Person
            </th>
            <th scope="col" className={th}>
              Inkom
            </th>
            <th scope="col" className={th}>
              Ålder
            </th>
            <th scope="col" className={th}>
              Svar senast
            </th>
            <th scope="col" className={th}>
              <span className="sr-only">Handlägg</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {requests.map((r) => (
            <tr key={r.id} className="border-b border-slate-200 align-top">
              <PersonCell request={r} />
              <td className={th}>{formatDay(r.deadline.receivedOn)}</td>
              <td className={th}>{ageText(r.deadline)}</td>
              <td className={r.deadline.overdue ? `${th} font-semibold text-red-800` : th}>
                {deadlineText(r.deadline)}
              </td>
              <td className={th}>
                <Link href={`/admin/radering/${r.id}`}>
                  Handlägg<span className="sr-only"> begäran från {r.personName}</span>
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
  const caption =
    total > requests.length
      ? `De ${requests.length} senast handlagda av ${total}, den senaste först`
      : total === 1
        ? '1 handlagd begäran'
        : `${total} handlagda, den senaste först`;
  return (
    <TableRegion labelledBy="handled-caption">
      <table className="w-full border-collapse text-left text-sm">
        <caption id="handled-caption" className="mb-2 text-left text-slate-700">
          {caption}
        </caption>
        <thead>
          <tr className="border-b-2 border-slate-300">
            <th scope="col" className={th}>
              Person
            </th>
            <th scope="col" className={th}>
              Inkom
            </th>
            <th scope="col" className={th}>
              Handlagd
            </th>
            <th scope="col" className={th}>
              Av
            </th>
            <th scope="col" className={th}>
              Utfall
            </th>
            <th scope="col" className={th}>
              Svar till personen
            </th>
          </tr>
        </thead>
        <tbody>
          {requests.map((r) => (
            <tr key={r.id} className="border-b border-slate-200 align-top">
              <PersonCell request={r} />
              <td className={th}>{formatDay(r.deadline.receivedOn)}</td>
              <td className={th}>{r.handledAt ? formatDay(r.handledAt) : '–'}</td>
              <td className={th}>{r.handledByName ?? '–'}</td>
              <td className={th}>
                <Link href={`/admin/radering/${r.id}`}>
                  {r.outcome ? deletionOutcomeLabels[r.outcome] : 'Handlagd'}
                </Link>
              </td>
              <td className={`${th} max-w-md whitespace-pre-line break-words`}>{r.answer ?? '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
