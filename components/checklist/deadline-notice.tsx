import type { ActionPlanDeadline } from '@/lib/checklist/deadline';
import { formatDay } from '@/lib/dates';

const days = (n: number) => `${n} ${n === 1 ? 'dag' : 'dagar'}`;

/** The Charter's deadline for the equality action plan: two years from signing. */
export function DeadlineNotice({ deadline }: { deadline: ActionPlanDeadline | null }) {
  if (!deadline) {
    return (
      <p>
        Vi vet inte när er organisation skrev under CEMR-deklarationen. En administratör kan ange datumet i
        organisationens inställningar. Handlingsplanen ska vara klar inom två år från undertecknandet.
      </p>
    );
  }
  const status = deadline.passed
    ? `Tiden gick ut för ${days(-deadline.daysLeft)} sedan.`
    : deadline.daysLeft === 0
      ? 'Det är den sista dagen i dag.'
      : `Det är ${days(deadline.daysLeft)} kvar.`;
  return (
    <>
      <p>
        Handlingsplanen för jämställdhet ska vara klar senast <strong>{formatDay(deadline.deadline)}</strong>, två år
        efter att ni skrev under deklarationen {formatDay(deadline.signedOn)}.
      </p>
      <p className="mt-2 font-semibold">{status}</p>
    </>
  );
}
