import { everyoneLabel, genderGroupLabels, hiddenReasonLabels } from '@/lib/labels';
import { comparedGroups, type DisplayCell, type DisplayRow } from '@/lib/stats/rollup';
import { TableRegion } from '@/components/ui/table-region';
import { formatCount } from '@/lib/numbers';

const pct = new Intl.NumberFormat('sv-SE', { style: 'percent', maximumFractionDigits: 0 });

export function CellText({ cell }: { cell: DisplayCell }) {
  if (cell.hidden) return <span className="text-slate-700 italic">{hiddenReasonLabels[cell.reason]}</span>;
  if (cell.share === null) return <span className="text-slate-600">–</span>;
  return (
    <>
      <span className="font-medium">{pct.format(cell.share)}</span>{' '}
      <span className="text-slate-600">
        ({formatCount(cell.numerator)} av {formatCount(cell.denominator)})
      </span>
    </>
  );
}

type Props = { caption: string; groupLabel: string; rows: DisplayRow[]; average?: DisplayRow };

/** Women, men and everyone, with the numbers behind each share; hidden cells say why in words. */
export function StatsTable({ caption, groupLabel, rows, average }: Props) {
  return (
    <TableRegion label={caption}>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-2 text-left font-semibold text-slate-900">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-slate-300">
            <th scope="col" className="py-2 pr-4">
              {groupLabel}
            </th>
            {comparedGroups.map((g) => (
              <th key={g} scope="col" className="py-2 pr-4">
                {genderGroupLabels[g]}
              </th>
            ))}
            <th scope="col" className="py-2 pr-4">
              {everyoneLabel}
            </th>
          </tr>
        </thead>
        <tbody>
          {[...rows, ...(average ? [average] : [])].map((row) => (
            <tr
              key={row.key}
              className={`border-b border-slate-200 ${row === average ? 'bg-slate-50 font-medium' : ''}`}
            >
              <th scope="row" className="py-2 pr-4 font-normal">
                {row.label}
              </th>
              {comparedGroups.map((g) => (
                <td key={g} className="py-2 pr-4">
                  <CellText cell={row.cells[g]} />
                </td>
              ))}
              <td className="py-2 pr-4">
                <CellText cell={row.total} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
