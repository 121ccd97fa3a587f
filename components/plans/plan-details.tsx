import { formatDay } from '@/lib/dates';
import type { PlanView } from '@/lib/data/competence-plans';
import { activityKindLabels, formatHours, formatKronor, goalGroupLabel, monthNames } from '@/lib/plans/format';

/** What was decided: resources, goals and planned activities. */
export function PlanDetails({ plan }: { plan: PlanView }) {
  return (
    <div className="space-y-8">
      <section aria-labelledby="resources">
        <h2 id="resources" className="mb-3 text-xl font-semibold">
          Beslutade resurser
        </h2>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium">Tid per anställd</dt>
          <dd>
            {plan.hoursPerEmployee !== null
              ? `${formatHours(plan.hoursPerEmployee)} under ${plan.year}`
              : 'Inte angiven'}
          </dd>
          <dt className="font-medium">Budget</dt>
          <dd>{plan.budgetKronor !== null ? formatKronor(plan.budgetKronor) : 'Inte angiven'}</dd>
          <dt className="font-medium">Beslut</dt>
          <dd>
            {[plan.decisionDate ? formatDay(plan.decisionDate) : null, plan.decisionReference || null]
              .filter(Boolean)
              .join(', ') || 'Inte angivet'}
          </dd>
        </dl>
      </section>
      <section aria-labelledby="goals">
        <h2 id="goals" className="mb-3 text-xl font-semibold">
          Mål
        </h2>
        {plan.goals.length === 0 ? (
          <p>Planen har inga mål.</p>
        ) : (
          <ul className="list-disc space-y-1 pl-6">
            {plan.goals.map((g, i) => (
              <li key={i}>
                {g.targetPercent} % av {goalGroupLabel(g.audience).toLowerCase()} har gått kursen {g.course.title}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="activities">
        <h2 id="activities" className="mb-3 text-xl font-semibold">
          Planerade aktiviteter
        </h2>
        {plan.activities.length === 0 ? (
          <p>Inga aktiviteter är planerade.</p>
        ) : (
          <ul className="list-disc space-y-1 pl-6">
            {plan.activities.map((a, i) => (
              <li key={i}>
                {a.title} ({activityKindLabels[a.kind].toLowerCase()}
                {a.month ? `, ${monthNames[a.month - 1]}` : ''}
                {a.course ? `, kursen ${a.course.title}` : ''})
              </li>
            ))}
          </ul>
        )}
      </section>
      {plan.notes ? (
        <section aria-labelledby="notes">
          <h2 id="notes" className="mb-3 text-xl font-semibold">
            Anteckningar
          </h2>
          <p className="whitespace-pre-line">{plan.notes}</p>
        </section>
      ) : null}
    </div>
  );
}
