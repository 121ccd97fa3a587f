import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { TitleIn, type Titles } from '@/components/learning/title-in';
import { formatDay, formatShortDay } from '@/lib/dates';
import type { TeamRow } from '@/lib/assignments/status';
import type { PathProgress } from '@/lib/data/path-progress';
import type { UnassignedCompletion } from '@/lib/data/team-summary';
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
  /** Course and path titles in the reader's language, by id. */
  titles?: Titles;
};

/**
 * One row per person: every assigned course with progress and due date, the courses they did
 * without an assignment, and a box to pick them for a reminder.
 */
export function TeamTable({ rows, caption, unassigned, paths, titles }: Props) {
  const t = useTranslations('team');
  const labels = useTranslations('labels');
  const locale = useLocale();
  return (
    <TableRegion label={caption}>
      <table className="w-full border-collapse text-left text-sm [&_td]:py-2 [&_td]:pr-4 [&_th]:py-2 [&_th]:pr-4">
        <caption className="mb-2 text-left text-slate-700">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-slate-300">
            <th scope="col">
              <span className="sr-only">{t('choose')}</span>
            </th>
            <th scope="col">{t('name')}</th>
            <th scope="col">{t('unit')}</th>
            <th scope="col">{t('audience')}</th>
            <th scope="col">{t('courses')}</th>
            <th scope="col">{t('nextDue')}</th>
            <th scope="col">{t('status')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-b border-slate-200 align-top">
              <td>
                <input type="checkbox" name="userIds" value={r.id} id={`valj-${r.id}`} className="size-4" />
                <label htmlFor={`valj-${r.id}`} className="sr-only">
                  {t('chooseName', { name: r.name })}
                </label>
              </td>
              <th scope="row" className="font-normal">
                {/* No prefetching: a page of people would ask the server for a page per person that no one opened. */}
                <Link href={`/chef/personer/${r.id}`} prefetch={false}>
                  {r.name}
                </Link>
              </th>
              <td>{r.unitName ?? '–'}</td>
              <td>{labels(`audience.${r.audience}`)}</td>
              <td>
                {r.items.length === 0 && !unassigned?.get(r.id)?.length ? (
                  <span className="text-slate-600">{t('none')}</span>
                ) : (
                  <ul className="space-y-1">
                    {r.items.map((i) => (
                      <li key={i.courseId}>
                        <TitleIn id={i.courseId} title={i.title} titles={titles} />:{' '}
                        {i.status === 'done' ? t('doneLower') : t('lessonsOf', { done: i.done, total: i.total })}
                        {i.dueAt && i.status !== 'done'
                          ? ` · ${t('dueShort', { date: formatShortDay(i.dueAt, locale) })}`
                          : ''}
                        {i.status === 'overdue' ? (
                          <strong className="ml-1 text-red-800">({t('overdueLower')})</strong>
                        ) : null}
                      </li>
                    ))}
                    {(unassigned?.get(r.id) ?? []).map((c) => (
                      <li key={`u-${c.courseId}`}>
                        <TitleIn id={c.courseId} title={c.title} titles={titles} />:{' '}
                        {t('doneOn', { date: formatShortDay(c.completedAt, locale) })}{' '}
                        <span className="text-slate-700">{t('unassigned')}</span>
                      </li>
                    ))}
                  </ul>
                )}
                {paths?.get(r.id)?.length ? (
                  <div className="mt-2 border-t border-slate-200 pt-2">
                    <PathProgressList paths={paths.get(r.id)!} titles={titles} />
                  </div>
                ) : null}
              </td>
              <td className="whitespace-nowrap">{r.nextDue ? formatDay(r.nextDue, locale) : '–'}</td>
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
