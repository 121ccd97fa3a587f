import type { PlanGoal } from '@/lib/plans/follow-up';
import { womenMenAllLabels } from '@/lib/labels';
import { GOAL_RULE, HOURS_RULE, formatHours, goalGroupLabel } from '@/lib/plans/format';
import { formatCount } from '@/lib/numbers';
import {
  planColumns,
  planHiddenLabels,
  type GoalCell,
  type GoalFollowUp,
  type HoursCell,
  type PlanFollowUp,
} from '@/lib/plans/follow-up-cells';

const columnLabel = womenMenAllLabels;
const th = 'py-2 pr-4';

function Hidden({ reason }: { reason: keyof typeof planHiddenLabels }) {
  return <span className="text-slate-700 italic">{planHiddenLabels[reason]}</span>;
}

function Hours({ cell }: { cell: HoursCell }) {
  if (cell.hidden) return <Hidden reason={cell.reason} />;
  if (cell.people === 0) return <>ingen</>;
  return (
    <>
      <span className="block font-medium">{formatHours(cell.hours)}</span>
      <span className="block">{cell.perPerson !== null ? `${formatHours(cell.perPerson)} per person` : null}</span>
      <span className="block text-slate-600">
        {cell.people} personer{cell.decided !== null ? `, beslutat ${formatHours(cell.decided)}` : ''}
      </span>
    </>
  );
}

function Share({ cell }: { cell: GoalCell }) {
  if (cell.hidden) return <Hidden reason={cell.reason} />;
  if (cell.percent === null) return <>ingen i gruppen</>;
  return (
    <>
      <span className="font-medium">{cell.percent} %</span>{' '}
      <span className="text-slate-600">
        ({formatCount(cell.completed)} av {formatCount(cell.people)})
      </span>
    </>
  );
}

const status = (g: GoalFollowUp<PlanGoal>) =>
  g.reached === null ? 'kan inte visas' : g.reached ? 'Nått' : g.onTrack ? 'Inte nått, i fas' : 'Inte nått, efter plan';

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
export function PlanFollowUpTables({ followUp, year }: { followUp: PlanFollowUp<PlanGoal>; year: number }) {
  const columns = planColumns.map((c) => columnLabel[c]);
  return (
    <section aria-labelledby="follow-up" className="space-y-6">
      <h2 id="follow-up" className="text-xl font-semibold">
        Uppföljning
      </h2>
      <p>
        {Math.round(followUp.gone * 100)} % av {year} har gått. {HOURS_RULE}
      </p>
      <Table id="hours-caption" caption={`Timmar på utbildning i jämställdhet under ${year}`} head={['', ...columns]}>
        <tr className="border-b border-slate-200 align-top">
          <th scope="row" className={`${th} font-normal`}>
            Timmar
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
          <p>{GOAL_RULE}</p>
          <Table id="goals-caption" caption="Mål: andel som har gått kursen" head={['Mål', ...columns, 'Läge']}>
            {followUp.goals.map((g, i) => (
              <tr key={i} className="border-b border-slate-200 align-top">
                <th scope="row" className={`${th} font-normal`}>
                  {g.targetPercent} % av {goalGroupLabel(g.audience).toLowerCase()}
                  <span className="block text-slate-600">{g.courseTitle}</span>
                </th>
                {planColumns.map((c) => (
                  <td key={c} className={th}>
                    <Share cell={g.cells[c]} />
                  </td>
                ))}
                <td className={th}>{status(g)}</td>
              </tr>
            ))}
          </Table>
        </>
      ) : null}
      <p className="text-sm text-slate-700">
        Siffror om färre än 5 personer visas inte, inte heller sådana som skulle gå att räkna fram ur andra siffror.
        Därför kan en siffra vara dold trots att gruppen är större.
      </p>
    </section>
  );
}
