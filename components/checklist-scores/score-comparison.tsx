import Link from 'next/link';
import { TableRegion } from '@/components/ui/table-region';
import { formatDay } from '@/lib/dates';
import { passageLang } from '@/lib/i18n/passage';
import type { AdministrationScores } from '@/lib/data/checklist-scores';
import { useScoreWords } from './format';

type Props = { rows: AdministrationScores[]; sections: { key: string; title: string }[] };

/** The administrations side by side: each one's latest round, its total and sections, and the change since its round before. */
export function ScoreComparison({ rows, sections }: Props) {
  const { t, locale, score, change } = useScoreWords();
  return (
    <TableRegion labelledBy="score-comparison">
      <table className="w-full border-collapse text-left text-sm">
        <caption id="score-comparison" className="mb-2 text-left font-semibold text-slate-900">
          {t('caption')}
        </caption>
        <thead>
          <tr className="border-b-2 border-slate-300">
            <th scope="col" className="py-2 pr-4">
              {t('administration')}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t('assessed')}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t('total')}
            </th>
            {sections.map((s) => (
              <th key={s.key} scope="col" className="py-2 pr-4 font-medium" lang={passageLang(locale)}>
                {s.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-slate-200">
              <th scope="row" className="py-2 pr-4 font-normal">
                {row.name}
              </th>
              {row.latest ? (
                <>
                  <td className="py-2 pr-4">
                    <Link href={`/checklista/skattning/${row.latest.id}`}>
                      {formatDay(row.latest.createdAt, locale)}
                    </Link>
                  </td>
                  <td className="py-2 pr-4">
                    <span className="font-semibold">{score(row.latest.total.mean)}</span>{' '}
                    <span className="text-slate-700">{change(row.latest.change)}</span>
                  </td>
                  {sections.map((s) => (
                    <td key={s.key} className="py-2 pr-4">
                      {score(row.latest!.total.sections.find((x) => x.key === s.key)?.mean ?? null)}
                    </td>
                  ))}
                </>
              ) : (
                <td colSpan={sections.length + 2} className="py-2 pr-4 text-slate-700">
                  {t('notYet')}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
