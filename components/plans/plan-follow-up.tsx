import { useLocale, useTranslations } from 'next-intl';
import type { PlanGoal } from '@/lib/plans/follow-up';
import type { Locale } from '@/lib/i18n/config';
import { passageLang } from '@/lib/i18n/passage';
import { formatCount } from '@/lib/numbers';
import {
  columnWords,
  goalStatus,
  planColumns,
  type GoalCell,
  type HiddenCell,
  type HoursCell,
  type PlanFollowUp,
} from '@/lib/plans/follow-up-cells';
import { MIN_GROUP } from '@/lib/stats/protection';
import type { CourseTitles } from './plan-details';

const th = 'py-2 pr-4';

function Hidden({ reason }: { reason: HiddenCell['reason'] }) {
  const stats = useTranslations('stats');
  return <span className="text-slate-700 italic">{stats(`hidden.${reason}`)}</span>;
}

function Hours({ cell }: { cell: HoursCell }) {
  const t = useTranslations('plans');
  if (cell.hidden) return <Hidden reason={cell.reason} />;
  if (cell.people === 0) return <>{t('none')}</>;
  const people = t('people', { count: cell.people });
  return (
    <>
      <span className="block font-medium">{t('hours', { hours: cell.hours })}</span>
      <span className="block">
        {cell.perPerson !== null ? t('perPerson', { hours: t('hours', { hours: cell.perPerson }) }) : null}
      </span>
      <span className="block text-slate-600">
        {cell.decided !== null ? `${people}, ${t('decided', { hours: t('hours', { hours: cell.decided }) })}` : people}
      </span>
    </>
  );
}

function Share({ cell }: { cell: GoalCell }) {
  const t = useTranslations('plans');
  const locale = useLocale() as Locale;
  if (cell.hidden) return <Hidden reason={cell.reason} />;
  if (cell.percent === null) return <>{t('noneInGroup')}</>;
  return (
    <>
      <span className="font-medium">{t('percent', { percent: String(cell.percent) })}</span>{' '}
      <span className="text-slate-600">
        {t('ofCount', { completed: formatCount(cell.completed, locale), people: formatCount(cell.people, locale) })}
      </span>
    </>
  );
}

function Table({
  id,
  caption,
  head,
  children,
}: {
  id: string;
  caption: string;
  head: string[];
  children: React.ReactNode;
}) {
  return (
    <div className="overflow-x-auto" role="region" aria-labelledby={id} tabIndex={0}>
      <table className="w-full border-collapse text-left text-sm">
        <caption id={id} className="mb-2 text-left font-semibold text-slate-900">
          {caption}
        </caption>
        <thead>
          <tr className="border-b-2 border-slate-300">
            {head.map((h) => (
              <th key={h} scope="col" className={th}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** What happened: hours spent against the hours decided, and each goal, for women, men and everyone. */
export function PlanFollowUpTables({
  followUp,
  year,
  titles,
}: {
  followUp: PlanFollowUp<PlanGoal>;
  year: number;
  titles: CourseTitles;
}) {
  const t = useTranslations('plans');
  const stats = useTranslations('stats');
  const locale = useLocale() as Locale;
  const columns = planColumns.map((c) => stats(columnWords[c]));
  return (
    <section aria-labelledby="follow-up" className="space-y-6">
      <h2 id="follow-up" className="text-xl font-semibold">
        {t('followUp')}
      </h2>
      <p>
        {t('gone', { percent: String(Math.round(followUp.gone * 100)), year: String(year) })} {t('hoursRule')}
      </p>
      <Table id="hours-caption" caption={t('hoursCaption', { year: String(year) })} head={['', ...columns]}>
        <tr className="border-b border-slate-200 align-top">
          <th scope="row" className={`${th} font-normal`}>
            {t('hoursRow')}
          </th>
          {planColumns.map((c) => (
            <td key={c} className={th}>
              <Hours cell={followUp.hours[c]} />
            </td>
          ))}
        </tr>
      </Table>
      {followUp.goals.length > 0 ? (
        <>
          <p>{t('goalRule')}</p>
          <Table id="goals-caption" caption={t('goalsCaption')} head={[t('goals'), ...columns, t('state')]}>
            {followUp.goals.map((g, i) => {
              const shown = titles.get(g.courseId);
              return (
                <tr key={i} className="border-b border-slate-200 align-top">
                  <th scope="row" className={`${th} font-normal`}>
                    {t('goalRow', { percent: String(g.targetPercent), group: t(`group.${g.audience ?? 'alla'}`) })}
                    <span className="block text-slate-600" lang={passageLang(locale, shown?.lang)}>
                      {shown?.title ?? g.courseTitle}
                    </span>
                  </th>
                  {planColumns.map((c) => (
                    <td key={c} className={th}>
                      <Share cell={g.cells[c]} />
                    </td>
                  ))}
                  <td className={th}>{t(`status.${goalStatus(g)}`)}</td>
                </tr>
              );
            })}
          </Table>
        </>
      ) : null}
      <p className="text-sm text-slate-700">{t('protection', { min: MIN_GROUP })}</p>
    </section>
  );
}
