import type { RevisionSummary } from '@/lib/data/checklist-templates';
import { formatLongDateTime } from '@/lib/dates';
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
  return (
    <TableRegion label="Sparade versioner av mallen">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-2 text-left text-slate-700">Sparade versioner av mallen, den senaste först</caption>
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
            <th scope="col" className="py-2 pr-4">
              Läge
            </th>
            <th scope="col" className="py-2">
              Återställ
            </th>
          </tr>
        </thead>
        <tbody>
          {revisions.map((r, i) => (
            <tr key={r.number} className="border-b border-slate-200 align-top">
              <th scope="row" className="py-2 pr-4">
                {r.number}
              </th>
              <td className="py-2 pr-4">{formatLongDateTime(r.createdAt)}</td>
              <td className="py-2 pr-4">{r.authorName ?? 'Från innehållsfilerna'}</td>
              <td className="py-2 pr-4">{r.note ?? '–'}</td>
              <td className="py-2 pr-4">{r.live ? 'Gäller nu' : r.published ? 'Publicerades tidigare' : 'Utkast'}</td>
              <td className="py-2">
                {i === 0 ? 'Senaste' : <RestoreForm templateId={templateId} version={version} number={r.number} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
