import { womenMenAllLabels } from '@/lib/labels';
import {
  needsColumns,
  needsHiddenLabels,
  type CountCell,
  type NeedsRow,
  type ScoreCell,
  type AreaCells,
} from '@/lib/self-assessment/needs';
import { formatChange, formatScore, formatShare } from './format';
import { TableRegion } from '@/components/ui/table-region';
import { formatCount } from '@/lib/numbers';

const columnLabel = womenMenAllLabels;

function Hidden({ reason }: { reason: keyof typeof needsHiddenLabels }) {
  return <span className="text-slate-700 italic">{needsHiddenLabels[reason]}</span>;
}

function Answered({ now, then }: { now: CountCell; then: CountCell }) {
  if (now.hidden) return <Hidden reason={now.reason} />;
  if (now.people === 0) return <span className="text-slate-600">–</span>;
  return (
    <>
      <span className="font-medium">{formatShare(now.share ?? 0)}</span>{' '}
      <span className="text-slate-600">
        ({formatCount(now.answered)} av {formatCount(now.people)})
      </span>
      {!then.hidden ? (
        <span className="block text-xs text-slate-600">för ett år sedan: {formatCount(then.answered)}</span>
      ) : null}
    </>
  );
}

function Earlier({ then, change }: { then: ScoreCell; change: number | null }) {
  if (then.hidden)
    return <span className="block text-xs text-slate-600">för ett år sedan: {needsHiddenLabels[then.reason]}</span>;
  if (then.mean === null) return null;
  return (
    <span className="block text-xs text-slate-600">
      för ett år sedan: {formatScore(then.mean)}
      {change !== null ? ` (förändring ${formatChange(change)})` : null}
    </span>
  );
}

function Score({ cells }: { cells: AreaCells }) {
  const { now } = cells;
  if (now.hidden) return <Hidden reason={now.reason} />;
  if (now.mean === null) return <span className="text-slate-600">ingen har svarat</span>;
  return (
    <>
      <span className="font-medium">{formatScore(now.mean)}</span>{' '}
      <span className="text-slate-600">({now.answered} svar)</span>
      <span className="block">{formatShare(now.lowShare ?? 0)} behöver stöd</span>
      <Earlier then={cells.then} change={cells.change} />
    </>
  );
}

type TableProps = {
  caption: string;
  groupLabel: string;
  rows: NeedsRow[];
  total: NeedsRow;
  cell: (row: NeedsRow, column: (typeof needsColumns)[number]) => React.ReactNode;
};

function NeedsTable({ caption, groupLabel, rows, total, cell }: TableProps) {
  return (
    <TableRegion label={caption}>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-2 text-left font-semibold text-slate-900">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-slate-300">
            <th scope="col" className="py-2 pr-4">
              {groupLabel}
            </th>
            {needsColumns.map((c) => (
              <th key={c} scope="col" className="py-2 pr-4">
                {columnLabel[c]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...rows, total].map((row) => (
            <tr key={row.key} className={`border-b border-slate-200 ${row === total ? 'bg-slate-50 font-medium' : ''}`}>
              <th scope="row" className="py-2 pr-4 font-normal">
                {row.label}
              </th>
              {needsColumns.map((c) => (
                <td key={c} className="py-2 pr-4 align-top">
                  {cell(row, c)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

type Props = { table: { rows: NeedsRow[]; total: NeedsRow }; groupLabel: string };

/** Who answered, then one table per area: the mean (1–4), the share at level 1–2 and the change. */
export function NeedsTables({ table, groupLabel }: Props) {
  const { rows, total } = table;
  return (
    <div className="space-y-12">
      <section aria-labelledby="answered" className="space-y-4">
        <h2 id="answered" className="text-xl font-semibold">
          Har svarat på självskattningen
        </h2>
        <NeedsTable
          caption="Andel som har svarat, per kön"
          groupLabel={groupLabel}
          rows={rows}
          total={total}
          cell={(row, c) => <Answered {...row.counts[c]} />}
        />
      </section>
      {total.areas.map((area, i) => (
        <section key={area.key} aria-labelledby={`area-${area.key}`} className="space-y-4">
          <h2 id={`area-${area.key}`} className="text-xl font-semibold">
            {area.title}
          </h2>
          <NeedsTable
            caption={`${area.title}: medelvärde 1–4 och andel som behöver stöd, per kön`}
            groupLabel={groupLabel}
            rows={rows}
            total={total}
            cell={(row, c) => <Score cells={row.areas[i]!.cells[c]} />}
          />
        </section>
      ))}
    </div>
  );
}
