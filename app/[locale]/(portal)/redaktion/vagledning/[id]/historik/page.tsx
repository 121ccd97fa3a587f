import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageHeader } from '@/components/ui/page-header';
import { requireContentEditor } from '@/lib/auth/guards';
import { getGuideForEditor, listGuideRevisions } from '@/lib/data/guide-editor';
import { formatDateTime } from '@/lib/dates';
import { counted } from '@/lib/counted';
import { TableRegion } from '@/components/ui/table-region';

export const metadata: Metadata = { title: 'Historik' };

export default async function HistoryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const editor = await requireContentEditor(`/redaktion/vagledning/${id}/historik`);
  const [guide, revisions] = await Promise.all([
    getGuideForEditor(editor.hostOrganisationId, id),
    listGuideRevisions(editor.hostOrganisationId, id),
  ]);
  if (!guide || !revisions) notFound();
  return (
    <>
      <PageHeader
        title={`Historik: ${guide.content.title}`}
        lead="Varje sparning är en version. Öppna en version för att se vad som ändrades, och återställ den om du vill."
      >
        <p className="mt-4">
          <Link href={`/redaktion/vagledning/${id}`}>Tillbaka till redigeringen</Link>
        </p>
      </PageHeader>
      <TableRegion label="Sparade versioner">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="mb-2 text-left text-slate-700">
            {counted(revisions.length, 'version', 'versioner')}, den senaste först
          </caption>
          <thead>
            <tr className="border-b-2 border-slate-300">
              <th scope="col" className="py-2 pr-4">
                Version
              </th>
              <th scope="col" className="py-2 pr-4">
                Sparad
              </th>
              <th scope="col" className="py-2 pr-4">
                Av
              </th>
              <th scope="col" className="py-2 pr-4">
                Anteckning
              </th>
            </tr>
          </thead>
          <tbody>
            {revisions.map((r) => (
              <tr key={r.number} className="border-b border-slate-200">
                <th scope="row" className="py-2 pr-4 font-normal">
                  <Link href={`/redaktion/vagledning/${id}/historik/${r.number}`}>Version {r.number}</Link>
                  {r.published ? (
                    <span className="ml-2 rounded bg-green-100 px-1.5 py-0.5 text-xs font-semibold text-green-900">
                      Publicerad
                    </span>
                  ) : null}
                </th>
                <td className="py-2 pr-4">{formatDateTime(r.createdAt)}</td>
                <td className="py-2 pr-4">{r.authorName}</td>
                <td className="py-2 pr-4">{r.note ?? '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </>
  );
}
