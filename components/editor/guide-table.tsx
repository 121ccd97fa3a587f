import Link from 'next/link';
import type { EditorListItem } from '@/lib/data/guide-editor';
import { formatDateTime } from '@/lib/dates';
import { contentStatusLabels } from '@/lib/labels';
import { counted } from '@/lib/counted';
import { TableRegion } from '@/components/ui/table-region';

export function GuideTable({ guides }: { guides: EditorListItem[] }) {
  if (guides.length === 0) return <p>Det finns inga sidor än. Skapa den första med Ny sida.</p>;
  return (
    <TableRegion label="Vägledningssidor">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-2 text-left text-slate-700">{counted(guides.length, 'sida', 'sidor')}</caption>
        <thead>
          <tr className="border-b-2 border-slate-300">
            <th scope="col" className="py-2 pr-4">
              Sida
            </th>
            <th scope="col" className="py-2 pr-4">
              Status
            </th>
            <th scope="col" className="py-2 pr-4">
              Senaste version
            </th>
            <th scope="col" className="py-2 pr-4">
              Ändrad av
            </th>
          </tr>
        </thead>
        <tbody>
          {guides.map((g) => {
            const unpublishedChanges = g.status === 'PUBLISHED' && g.publishedNumber !== g.latest.number;
            return (
              <tr key={g.id} className="border-b border-slate-200">
                <th scope="row" className="py-2 pr-4 font-normal">
                  <Link href={`/redaktion/vagledning/${g.id}`}>{g.title}</Link>
                  <span className="block text-slate-600">/vagledning/{g.slug}</span>
                </th>
                <td className="py-2 pr-4">
                  {contentStatusLabels[g.status]}
                  {unpublishedChanges ? (
                    <span className="block text-amber-800">Ändringar väntar på publicering</span>
                  ) : null}
                </td>
                <td className="py-2 pr-4">
                  Version {g.latest.number}, {formatDateTime(g.latest.createdAt)}
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
