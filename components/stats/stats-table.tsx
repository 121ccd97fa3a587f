import { useLocale, useTranslations } from 'next-intl';
import { comparedGroups, type DisplayCell, type DisplayRow } from '@/lib/stats/rollup';
import { TableRegion } from '@/components/ui/table-region';
import { formatShare } from '@/components/needs/format';
import { formatCount } from '@/lib/numbers';

/** A share with the counts behind it, or in words why it is hidden, in the reader's language. */
export function CellText({ cell }: { cell: DisplayCell }) {
  const t = useTranslations('stats');
  const locale = useLocale();
  if (cell.hidden) return <span className="text-slate-700 italic">{t(`hidden.${cell.reason}`)}</span>;
  if (cell.share === null) return <span className="text-slate-600">–</span>;
  return (
    <>
      <span className="font-medium">{formatShare(cell.share, locale)}</span>{' '}
      <span className="text-slate-600">
        {t('ofCount', {
          numerator: formatCount(cell.numerator, locale),
          denominator: formatCount(cell.denominator, locale),
        })}
      </span>
    </>
  );
}

const groupWord = { KVINNA: 'women', MAN: 'men' } as const;

type Props = { caption: string; groupLabel: string; rows: DisplayRow[]; average?: DisplayRow };

/** Women, men and everyone, with the numbers behind each share; hidden cells say why in words. */
export function StatsTable({ caption, groupLabel, rows, average }: Props) {
  const t = useTranslations('stats');
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
                {t(groupWord[g])}
              </th>
            ))}
            <th scope="col" className="py-2 pr-4">
              {t('everyone')}
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
