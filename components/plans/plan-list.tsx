import Link from 'next/link';
import type { PlanRow } from '@/lib/data/competence-plans';
import { formatHours, formatKronor } from '@/lib/plans/format';

function Goals({ plan }: { plan: NonNullable<PlanRow['plan']> }) {
  if (plan.goals === 0) return <>Inga mål</>;
  const hidden = plan.goals - plan.shown;
  return (
    <>
      {plan.reached} av {plan.goals} nådda
      {hidden > 0 ? (
        <span className="block text-xs text-slate-600">{hidden} kan inte visas (skyddar små grupper)</span>
      ) : null}
    </>
  );
}

/** One row per administration: its plan for the year, or a note that it has none. */
export function PlanList({ rows, year }: { rows: PlanRow[]; year: number }) {
  return (
    <div className="overflow-x-auto" role="region" aria-labelledby="plans-caption" tabIndex={0}>
      <table className="w-full border-collapse text-left text-sm">
        <caption id="plans-caption" className="mb-2 text-left font-semibold text-slate-900">
          Kompetensplaner {year} per förvaltning
        </caption>
        <thead>
          <tr className="border-b-2 border-slate-300">
            <th scope="col" className="py-2 pr-4">
              Förvaltning
            </th>
            <th scope="col" className="py-2 pr-4">
              Plan
            </th>
            <th scope="col" className="py-2 pr-4">
              Beslutade resurser
            </th>
            <th scope="col" className="py-2 pr-4">
              Mål hittills
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
                    Visa planen<span className="sr-only"> för {unit.name}</span>
                  </Link>
                ) : (
                  <>
                    Ingen plan
                    {canEdit ? (
                      <Link className="block" href={`/kompetensplaner/ny?forvaltning=${unit.id}&ar=${year}`}>
                        Gör en plan<span className="sr-only"> för {unit.name}</span>
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
                        ? `${formatHours(plan.hoursPerEmployee)} per anställd`
                        : 'Inga timmar angivna'}
                    </span>
                    <span className="block">
                      {plan.budgetKronor !== null ? formatKronor(plan.budgetKronor) : 'Ingen budget angiven'}
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
