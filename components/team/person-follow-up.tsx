import Link from 'next/link';
import { ProgressBar } from '@/components/learning/progress-bar';
import { formatDay } from '@/lib/dates';
import type { TeamItem } from '@/lib/assignments/status';
import { assignmentSourceLabels } from '@/lib/labels';
import { StatusText } from './status-text';
import { TableRegion } from '@/components/ui/table-region';

/** A person's assigned courses: progress, due dates and status. Only counts, never what they wrote. */
export function PersonAssignments({ name, items }: { name: string; items: TeamItem[] }) {
  if (items.length === 0) return <p>{name} har inga tilldelade kurser.</p>;
  return (
    <TableRegion label={`Tilldelade kurser för ${name}`}>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-2 text-left text-slate-700">Tilldelade kurser för {name}</caption>
        <thead>
          <tr className="border-b-2 border-slate-300">
            <th scope="col" className="py-2 pr-4">
              Kurs
            </th>
            <th scope="col" className="py-2 pr-4">
              Hur
            </th>
            <th scope="col" className="py-2 pr-4">
              Klar senast
            </th>
            <th scope="col" className="py-2 pr-4">
              Framsteg
            </th>
            <th scope="col" className="py-2 pr-4">
              Status
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.courseId} className="border-b border-slate-200 align-top">
              <th scope="row" className="py-2 pr-4 font-normal">
                <Link href={`/kurser/${i.slug}`}>{i.title}</Link>
              </th>
              <td className="py-2 pr-4">{assignmentSourceLabels[i.source]}</td>
              <td className="py-2 pr-4 whitespace-nowrap">{i.dueAt ? formatDay(i.dueAt) : 'Inget slutdatum'}</td>
              <td className="min-w-40 py-2 pr-4">
                {i.completedAt ? (
                  `Klar ${formatDay(i.completedAt)}`
                ) : (
                  <ProgressBar done={i.done} total={i.total} label="Lektioner" />
                )}
              </td>
              <td className="py-2 pr-4">
                <StatusText status={i.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

export function PersonCompletions({
  name,
  completed,
}: {
  name: string;
  completed: { courseId: string; title: string; slug: string; completedAt: Date; assigned: boolean }[];
}) {
  if (completed.length === 0) return <p>{name} har inte gått klart någon kurs ännu.</p>;
  return (
    <ul className="space-y-1">
      {completed.map((c) => (
        <li key={c.courseId}>
          <Link href={`/kurser/${c.slug}`}>{c.title}</Link>{' '}
          <span className="text-sm text-slate-700">
            klar {formatDay(c.completedAt)}
            {c.assigned ? '' : ' · utan tilldelning'}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** Assignments a manager took back: when, why, and a way to give the course again. */
export function PersonWithdrawals({
  personId,
  withdrawn,
}: {
  personId: string;
  withdrawn: { courseId: string; title: string; withdrawnAt: Date; reason: string | null }[];
}) {
  return (
    <ul className="space-y-3">
      {withdrawn.map((w) => (
        <li key={w.courseId}>
          <span className="font-medium">{w.title}</span>{' '}
          <span className="text-sm text-slate-700">återkallad {formatDay(w.withdrawnAt)}</span>
          {w.reason ? <p className="text-sm">Skäl: {w.reason}</p> : null}
          <p className="text-sm">
            <Link href={`/chef/tilldela?person=${personId}&kurs=${w.courseId}`}>Tilldela {w.title} igen</Link>
          </p>
        </li>
      ))}
    </ul>
  );
}
