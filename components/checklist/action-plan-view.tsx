import type { ActionPlan } from '@/lib/checklist/action-plan';
import { formatDay } from '@/lib/dates';
import { sectionHeadings, stateSymbols } from '@/lib/checklist/status';
import { checklistStateLabels } from '@/lib/labels';
import { TableRegion } from '@/components/ui/table-region';

/** The printable action plan: the same rows as the CSV and the PDF. Print rules: globals.css. */
export function ActionPlanView({ plan }: { plan: ActionPlan }) {
  const headings = sectionHeadings(plan.sections);
  return (
    <article data-printable className="space-y-8">
      <div>
        <h1 className="text-3xl font-bold">Handlingsplan</h1>
        <p className="mt-2 text-xl font-semibold">{plan.title}</p>
        <p className="mt-1 text-lg">
          {plan.scopeName ? `${plan.organisationName}, ${plan.scopeName}` : plan.organisationName}
        </p>
        <p className="mt-1 text-slate-700">Utskriven {formatDay(plan.generatedOn)} från Jämställdhetsportalen.</p>
        <p className="mt-3 max-w-3xl">
          {plan.deadline
            ? `Handlingsplanen för jämställdhet ska enligt CEMR-deklarationen vara klar senast ${formatDay(plan.deadline.deadline)}, två år efter undertecknandet ${formatDay(plan.deadline.signedOn)}.`
            : 'Organisationen har inte angett när CEMR-deklarationen undertecknades.'}
        </p>
      </div>
      {plan.sections.map((section, index) => {
        const heading = headings[index];
        return (
          <section key={section.key} aria-labelledby={`plan-${section.key}`} className="break-inside-avoid-page">
            <h2 id={`plan-${section.key}`} className="text-xl font-semibold">
              {heading}
            </h2>
            <p className="mt-1 mb-3 max-w-3xl italic text-slate-700">{section.commitment}</p>
            <TableRegion label={heading}>
              <table className="w-full border-collapse text-sm">
                <caption className="sr-only">{heading}</caption>
                <thead>
                  <tr className="border-b-2 border-slate-400 text-left">
                    <th scope="col" className="w-1/3 py-1 pr-3">
                      Punkt
                    </th>
                    <th scope="col" className="py-1 pr-3">
                      Status
                    </th>
                    <th scope="col" className="py-1 pr-3">
                      Ansvarig
                    </th>
                    <th scope="col" className="py-1 pr-3">
                      Klart senast
                    </th>
                    <th scope="col" className="py-1">
                      Underlag
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {section.items.map((item) => (
                    <tr key={item.key} className="break-inside-avoid border-b border-slate-300 align-top">
                      <th scope="row" className="py-2 pr-3 text-left font-medium">
                        {item.title}
                      </th>
                      <td className="py-2 pr-3 whitespace-nowrap">
                        <span aria-hidden="true">{stateSymbols[item.status]} </span>
                        {checklistStateLabels[item.status]}
                        {item.status === 'NOT_APPLICABLE' && item.reason ? (
                          <span className="block whitespace-normal">Skäl: {item.reason}</span>
                        ) : null}
                      </td>
                      <td className="py-2 pr-3">{item.responsible ?? '–'}</td>
                      <td className="py-2 pr-3 whitespace-nowrap">{item.dueOn ? formatDay(item.dueOn) : '–'}</td>
                      <td className="py-2">
                        <span className="whitespace-pre-line">{item.evidenceText || '–'}</span>
                        {item.evidenceLinks.map((link) => (
                          <span key={link} className="block break-all">
                            {link}
                          </span>
                        ))}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableRegion>
          </section>
        );
      })}
    </article>
  );
}
