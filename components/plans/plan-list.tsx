import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import type { PlanRow } from '@/lib/data/competence-plans';
import type { Locale } from '@/lib/i18n/config';
import { formatCount } from '@/lib/numbers';

function Goals({ plan }: { plan: NonNullable<PlanRow['plan']> }) {
  const t = useTranslations('plans');
  if (plan.goals === 0) return <>{t('noGoalsShort')}</>;
  const hidden = plan.goals - plan.shown;
  return (
    <>
      {t('reachedOf', { reached: plan.reached, goals: plan.goals })}
      {hidden > 0 ? <span className="block text-xs text-slate-600">{t('hiddenGoals', { count: hidden })}</span> : null}
    </>
  );
}

/** One row per administration: its plan for the year, or a note that it has none. */
export function PlanList({ rows, year }: { rows: PlanRow[]; year: number }) {
  const t = useTranslations('plans');
  const locale = useLocale() as Locale;
  return (
    <div className="overflow-x-auto" role="region" aria-labelledby="plans-caption" tabIndex={0}>
      <table className="w-full border-collapse text-left text-sm">
        <caption id="plans-caption" className="mb-2 text-left font-semibold text-slate-900">
          {t('listCaption', { year: String(year) })}
        </caption>
        <thead>
          <tr className="border-b-2 border-slate-300">
            <th scope="col" className="py-2 pr-4">
              {t('administration')}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t('plan')}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t('resources')}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t('goalsSoFar')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ unit, plan, canEdit }) => (
            <tr key={unit.id} className="border-b border-slate-200 align-top">
              <th scope="row" className="py-2 pr-4 font-normal">
                {unit.name}
              </th>
              <td className="py-2 pr-4">
                {plan ? (
                  <Link href={`/kompetensplaner/${plan.id}`}>
                    {t('show')}
                    <span className="sr-only"> {t('forUnit', { unit: unit.name })}</span>
                  </Link>
                ) : (
                  <>
                    {t('noPlan')}
                    {canEdit ? (
                      <Link className="block" href={`/kompetensplaner/ny?forvaltning=${unit.id}&ar=${year}`}>
                        {t('makeOne')}
                        <span className="sr-only"> {t('forUnit', { unit: unit.name })}</span>
                      </Link>
                    ) : null}
                  </>
                )}
              </td>
              <td className="py-2 pr-4">
                {plan ? (
                  <>
                    <span className="block">
                      {plan.hoursPerEmployee !== null
                        ? t('perEmployee', { hours: t('hours', { hours: plan.hoursPerEmployee }) })
                        : t('noHours')}
                    </span>
                    <span className="block">
                      {plan.budgetKronor !== null
                        ? t('kronor', { amount: formatCount(plan.budgetKronor, locale) })
                        : t('noBudget')}
                    </span>
                    {plan.decisionReference ? (
                      <span className="block text-slate-600">{plan.decisionReference}</span>
                    ) : null}
                  </>
                ) : (
                  '–'
                )}
              </td>
              <td className="py-2 pr-4">{plan ? <Goals plan={plan} /> : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
