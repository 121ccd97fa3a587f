import type { VersionRow } from '@/lib/data/self-assessment-editor';
import { TableRegion } from '@/components/ui/table-region';
import { formatLongDateTime } from '@/lib/dates';
import { hiddenReasonLabels } from '@/lib/labels';

/** Every saved version, newest first, with how many rounds in the organisation answered it. */
export function VersionTable({ versions }: { versions: VersionRow[] }) {
  return (
    <>
      <TableRegion labelledBy="versions-caption">
        <table className="w-full border-collapse text-left text-sm">
          <caption id="versions-caption" className="mb-2 text-left text-slate-700">
            Sparade versioner av självskattningen, den senaste först
          </caption>
          <thead>
            <tr className="border-b-2 border-slate-300">
              <th scope="col" className="py-2 pr-4">
                Version
              </th>
              <th scope="col" className="py-2 pr-4">
                Sparad
              </th>
              <th scope="col" className="py-2">
                Svar i er organisation
              </th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v, i) => (
              <tr key={v.version} className="border-b border-slate-200 align-top">
                <th scope="row" className="py-2 pr-4">
                  {v.version}
                  {i === 0 ? ' (gäller nu)' : ''}
                </th>
                <td className="py-2 pr-4">{formatLongDateTime(v.savedAt)}</td>
                <td className="py-2">{v.rounds.hidden ? hiddenReasonLabels[v.rounds.reason] : v.rounds.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      <p className="mt-2 text-sm text-slate-600">
        Svaren räknas för samma personer som statistiken: de som hör till en enhet i er organisation. En siffra som kan
        avslöja något om en liten grupp visas inte.
      </p>
    </>
  );
}
