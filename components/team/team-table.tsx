import Link from 'next/link';
import { formatDay, formatShortDay } from '@/lib/dates';
import type { TeamRow } from '@/lib/assignments/status';
import type { PathProgress } from '@/lib/data/path-progress';
import type { UnassignedCompletion } from '@/lib/data/team-summary';
import { assignmentStatusLabels, audienceLabels } from '@/lib/labels';
import { PathProgressList } from './path-progress';
import { StatusText } from './status-text';
import { TableRegion } from '@/components/ui/table-region';

type Props = {
  rows: TeamRow[];
  caption: string;
  /** Courses each person completed without an assignment, by person id. */
  unassigned?: ReadonlyMap<string, UnassignedCompletion[]>;
  /** Each person's learning paths with progress, by person id. */
  paths?: ReadonlyMap<string, PathProgress[]>;
};

/**
 * One row per person: every assigned course with progress and due date, the courses they did
 * without an assignment, and a box to pick them for a reminder.
 */
export function TeamTable({ rows, caption, unassigned, paths }: Props) {
  return (
    <TableRegion label={caption}>
      <table className="w-full border-collapse text-left text-sm [&_td]:py-2 [&_td]:pr-4 [&_th]:py-2 [&_th]:pr-4">
        <caption className="mb-2 text-left text-slate-700">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-slate-300">
            <th scope="col">
              <span className="sr-only">Välj</span>
            </th>
            <th scope="col">Namn</th>
            <th scope="col">Enhet</th>
            <th scope="col">Målgrupp</th>
            <th scope="col">Kurser (klara lektioner)</th>
            <th scope="col">Närmaste slutdatum</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-b border-slate-200 align-top">
              <td>
                <input type="checkbox" name="userIds" value={r.id} id={`valj-${r.id}`} className="size-4" />
                <label htmlFor={`valj-${r.id}`} className="sr-only">
                  Välj {r.name}
                </label>
              </td>
              <th scope="row" className="font-normal">
                {/* No prefetching: a page of people would ask the server for a page per person that no one opened. */}
                <Link href={`/chef/personer/${r.id}`} prefetch={false}>
                  {r.name}
                </Link>
              </th>
              <td>{r.unitName ?? '–'}</td>
              <td>{audienceLabels[r.audience]}</td>
              <td>
                {r.items.length === 0 && !unassigned?.get(r.id)?.length ? (
                  <span className="text-slate-600">Inga</span>
                ) : (
                  <ul className="space-y-1">
                    {r.items.map((i) => (
                      <li key={i.courseId}>
                        {i.title}:{' '}
                        {i.status === 'done' ? assignmentStatusLabels.done.toLowerCase() : `${i.done} av ${i.total}`}
                        {i.dueAt && i.status !== 'done' ? ` · senast ${formatShortDay(i.dueAt)}` : ''}
                        {i.status === 'overdue' ? (
                          <strong className="ml-1 text-red-800">
                            ({assignmentStatusLabels.overdue.toLowerCase()})
                          </strong>
                        ) : null}
                      </li>
                    ))}
                    {(unassigned?.get(r.id) ?? []).map((c) => (
                      <li key={`u-${c.courseId}`}>
                        {c.title}: klar {formatShortDay(c.completedAt)}{' '}
                        <span className="text-slate-700">(utan tilldelning)</span>
                      </li>
                    ))}
                  </ul>
                )}
                {paths?.get(r.id)?.length ? (
                  <div className="mt-2 border-t border-slate-200 pt-2">
                    <PathProgressList paths={paths.get(r.id)!} />
                  </div>
                ) : null}
              </td>
              <td className="whitespace-nowrap">{r.nextDue ? formatDay(r.nextDue) : '–'}</td>
              <td>
                <StatusText status={r.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
