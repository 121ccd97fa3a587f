import { formatDay } from '@/lib/dates';
import type { DeletionOutcome } from '@/lib/generated/sqlite/enums';
import { outcomeForPerson } from '@/lib/privacy/outcomes';

type Props = { requestedAt: Date; outcome: DeletionOutcome; answer: string | null };

/** The administrator's answer to the person's latest handled request for deletion. */
export function DeletionAnswer({ requestedAt, outcome, answer }: Props) {
  return (
    <div className="space-y-2 rounded border-l-4 border-brand-600 bg-brand-50 p-4">
      <p>
        Din begäran om radering den {formatDay(requestedAt)} är handlagd: {outcomeForPerson[outcome]}
      </p>
      {answer ? (
        <>
          <p className="font-medium">Svar från portalens administratör:</p>
          <p className="whitespace-pre-line">{answer}</p>
        </>
      ) : null}
      {outcome === 'ERASED' ? null : (
        <p className="text-sm">
          Om du inte är nöjd med svaret kan du klaga hos Integritetsskyddsmyndigheten (IMY), som har tillsyn över hur
          personuppgifter behandlas.
        </p>
      )}
    </div>
  );
}
