import Link from 'next/link';
import { TableRegion } from '@/components/ui/table-region';
import type { DeletionRequestDetail, Holdings } from '@/lib/data/deletion-requests';
import { formatDateTime, formatDay } from '@/lib/dates';
import { addressLabel, deletionOutcomeLabels, roleLabels } from '@/lib/labels';
import { ageText, deadlineText } from '@/lib/privacy/deadline';
import { formatCount } from '@/lib/numbers';

// One request for deletion as the administrator reads it before deciding: who asked, when, why,
// how long is left, and what the portal holds about the person and what erasure does with each.

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="sm:grid sm:grid-cols-[14rem_1fr] sm:gap-4">
      <dt className="font-medium">{term}</dt>
      <dd className="mb-3 break-words">{children}</dd>
    </div>
  );
}

export function RequestFacts({ request }: { request: DeletionRequestDetail }) {
  const { person, deadline } = request;
  return (
    <dl>
      <Fact term="Person">
        <Link href={`/admin/personer/${person.id}`}>{person.name}</Link>
        {person.erasedAt ? ` (uppgifterna raderades ${formatDay(person.erasedAt)})` : null}
        {!person.erasedAt && !person.active ? ' (inaktiverad)' : null}
      </Fact>
      <Fact term="E-post">{addressLabel(person.email)}</Fact>
      <Fact term="Behörighet">{roleLabels[person.role]}</Fact>
      <Fact term="Inkom">
        {formatDateTime(request.createdAt)}
        {deadline.ageDays > 0 ? ` (för ${ageText(deadline)} sedan)` : null}
      </Fact>
      {request.handledAt ? null : (
        <Fact term="Svar senast">
          <span className={deadline.overdue ? 'font-semibold text-red-800' : undefined}>{deadlineText(deadline)}</span>
        </Fact>
      )}
      <Fact term="Personens motivering">
        <span className="whitespace-pre-line">
          {request.reason ?? (person.erasedAt ? 'Raderad med personens uppgifter.' : 'Ingen motivering.')}
        </span>
      </Fact>
    </dl>
  );
}

export function HandledFacts({ request }: { request: DeletionRequestDetail }) {
  return (
    <dl>
      <Fact term="Handlagd">{request.handledAt ? formatDateTime(request.handledAt) : '–'}</Fact>
      <Fact term="Av">{request.handledByName ?? '–'}</Fact>
      <Fact term="Utfall">{request.outcome ? deletionOutcomeLabels[request.outcome] : '–'}</Fact>
      <Fact term="Svar till personen">
        <span className="whitespace-pre-line">{request.answer ?? 'Inget svar skrevs.'}</span>
      </Fact>
    </dl>
  );
}

const rows: { key: keyof Holdings; label: string; erasure: (h: Holdings) => string }[] = [
  { key: 'lessonProgress', label: 'Genomförda lektioner', erasure: () => 'Sparas utan namn' },
  { key: 'quizAttempts', label: 'Försök i kunskapskontroller', erasure: () => 'Raderas' },
  { key: 'reflections', label: 'Reflektioner', erasure: () => 'Raderas' },
  { key: 'selfAssessmentRounds', label: 'Självskattningar', erasure: () => 'Raderas' },
  { key: 'completions', label: 'Klara kurser och lärvägar (intyg)', erasure: () => 'Sparas utan namn' },
  { key: 'assignments', label: 'Tilldelade kurser', erasure: () => 'Sparas utan namn' },
  {
    key: 'learningExamples',
    label: 'Lärande exempel',
    erasure: (h) =>
      h.publishedExamples > 0
        ? `${h.publishedExamples === 1 ? '1 publicerat' : `${h.publishedExamples} publicerade`} sparas utan namn, övriga raderas`
        : 'Raderas (inga är publicerade)',
  },
  { key: 'sessionAttendance', label: 'Närvaro på gruppträffar', erasure: () => 'Sparas utan namn' },
];

export function HoldingsTable({ holdings }: { holdings: Holdings }) {
  return (
    <TableRegion labelledBy="holdings-caption">
      <table className="w-full border-collapse text-left text-sm">
        <caption id="holdings-caption" className="mb-2 text-left text-slate-700">
          Uppgifter om personen i portalen, och vad som händer med dem om de raderas
        </caption>
        <thead>
          <tr className="border-b-2 border-slate-300">
            <th scope="col" className="py-2 pr-4">
              Uppgifter
            </th>
            <th scope="col" className="py-2 pr-4 text-right">
              Antal
            </th>
            <th scope="col" className="py-2 pr-4">
              Vid radering
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-b border-slate-200 align-top">
              <th scope="row" className="py-2 pr-4 font-normal">
                {row.label}
              </th>
              <td className="py-2 pr-4 text-right tabular-nums">{formatCount(holdings[row.key])}</td>
              <td className="py-2 pr-4">{row.erasure(holdings)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
