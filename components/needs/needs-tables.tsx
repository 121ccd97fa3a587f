import { useLocale, useTranslations } from 'next-intl';
import type { Locale } from '@/lib/i18n/config';
import { passageLang } from '@/lib/i18n/passage';
import {
  needsColumns,
  type CountCell,
  type NeedsRow,
  type ScoreCell,
  type AreaCells,
} from '@/lib/self-assessment/needs';
import { formatChange, formatScore, formatShare } from './format';
import { TableRegion } from '@/components/ui/table-region';
import { formatCount } from '@/lib/numbers';

type HiddenReason = Extract<CountCell | ScoreCell, { hidden: true }>['reason'];

function Hidden({ reason }: { reason: HiddenReason }) {
  const t = useTranslations('needs');
  return <span className="text-slate-700 italic">{t(`hidden.${reason}`)}</span>;
}

function Answered({ now, then }: { now: CountCell; then: CountCell }) {
  const t = useTranslations('needs');
  const locale = useLocale() as Locale;
  if (now.hidden) return <Hidden reason={now.reason} />;
  if (now.people === 0) return <span className="text-slate-600">–</span>;
  return (
    <>
      <span className="font-medium">{formatShare(now.share ?? 0, locale)}</span>{' '}
      <span className="text-slate-600">
        {t('ofCount', { answered: formatCount(now.answered, locale), people: formatCount(now.people, locale) })}
      </span>
      {!then.hidden ? (
        <span className="block text-xs text-slate-600">
          {t('yearAgo', { value: formatCount(then.answered, locale) })}
        </span>
      ) : null}
    </>
  );
}

function Earlier({ then, change }: { then: ScoreCell; change: number | null }) {
  const t = useTranslations('needs');
  const locale = useLocale() as Locale;
  if (then.hidden)
    return <span className="block text-xs text-slate-600">{t('yearAgo', { value: t(`hidden.${then.reason}`) })}</span>;
  if (then.mean === null) return null;
  return (
    <span className="block text-xs text-slate-600">
      {t('yearAgo', { value: formatScore(then.mean, locale) })}
      {change !== null ? ` ${t('change', { change: formatChange(change, locale) })}` : null}
    </span>
  );
}

function Score({ cells }: { cells: AreaCells }) {
  const t = useTranslations('needs');
  const locale = useLocale() as Locale;
  const { now } = cells;
  if (now.hidden) return <Hidden reason={now.reason} />;
  if (now.mean === null) return <span className="text-slate-600">{t('noAnswers')}</span>;
  return (
    <>
      <span className="font-medium">{formatScore(now.mean, locale)}</span>{' '}
      <span className="text-slate-600">{t('answers', { count: now.answered })}</span>
      <span className="block">{t('needSupport', { share: formatShare(now.lowShare ?? 0, locale) })}</span>
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
  const t = useTranslations('needs');
  const stats = useTranslations('stats');
  const column = { KVINNA: stats('women'), MAN: stats('men'), total: stats('everyone') };
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
                {column[c]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...rows, total].map((row) => (
            <tr key={row.key} className={`border-b border-slate-200 ${row === total ? 'bg-slate-50 font-medium' : ''}`}>
              <th scope="row" className="py-2 pr-4 font-normal">
                {row === total ? t('wholeSelection') : row.label}
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
  const t = useTranslations('needs');
  const locale = useLocale() as Locale;
  const { rows, total } = table;
  return (
    <div className="space-y-12">
      <section aria-labelledby="answered" className="space-y-4">
        <h2 id="answered" className="text-xl font-semibold">
          {t('answeredHeading')}
        </h2>
        <NeedsTable
          caption={t('answeredCaption')}
          groupLabel={groupLabel}
          rows={rows}
          total={total}
          cell={(row, c) => <Answered {...row.counts[c]} />}
        />
      </section>
      {total.areas.map((area, i) => (
        <section key={area.key} aria-labelledby={`area-${area.key}`} className="space-y-4">
          <h2 id={`area-${area.key}`} className="text-xl font-semibold" lang={passageLang(locale)}>
            {area.title}
          </h2>
          <NeedsTable
            caption={t('areaCaption', { area: area.title })}
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
