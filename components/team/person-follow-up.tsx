import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { ProgressBar } from '@/components/learning/progress-bar';
import { TitleIn, type Titles } from '@/components/learning/title-in';
import { formatDay } from '@/lib/dates';
import type { TeamItem } from '@/lib/assignments/status';
import type { Locale } from '@/lib/i18n/config';
import { StatusText } from './status-text';
import { TableRegion } from '@/components/ui/table-region';

/** A person's assigned courses: progress, due dates and status. Only counts, never what they wrote. */
export function PersonAssignments({ name, items, titles }: { name: string; items: TeamItem[]; titles?: Titles }) {
  const t = useTranslations('person');
  const locale = useLocale() as Locale;
  if (items.length === 0) return <p>{t('noAssigned', { name })}</p>;
  return (
    <TableRegion label={t('assignedCaption', { name })}>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-2 text-left text-slate-700">{t('assignedCaption', { name })}</caption>
        <thead>
          <tr className="border-b-2 border-slate-300">
            <th scope="col" className="py-2 pr-4">
              {t('course')}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t('how')}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t('dueBy')}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t('progress')}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t('status')}
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.courseId} className="border-b border-slate-200 align-top">
              <th scope="row" className="py-2 pr-4 font-normal">
                <Link href={`/kurser/${i.slug}`}>
                  <TitleIn id={i.courseId} title={i.title} titles={titles} />
                </Link>
              </th>
              <td className="py-2 pr-4">{t(`source.${i.source}`)}</td>
              <td className="py-2 pr-4 whitespace-nowrap">{i.dueAt ? formatDay(i.dueAt, locale) : t('noDue')}</td>
              <td className="min-w-40 py-2 pr-4">
                {i.completedAt ? (
                  t('doneOn', { date: formatDay(i.completedAt, locale) })
                ) : (
                  <ProgressBar done={i.done} total={i.total} label={t('lessons')} />
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
  titles,
}: {
  name: string;
  completed: { courseId: string; title: string; slug: string; completedAt: Date; assigned: boolean }[];
  titles?: Titles;
}) {
  const t = useTranslations('person');
  const locale = useLocale() as Locale;
  if (completed.length === 0) return <p>{t('noCompleted', { name })}</p>;
  return (
    <ul className="space-y-1">
      {completed.map((c) => (
        <li key={c.courseId}>
          <Link href={`/kurser/${c.slug}`}>
            <TitleIn id={c.courseId} title={c.title} titles={titles} />
          </Link>{' '}
          <span className="text-sm text-slate-700">
            {t('completedOn', { date: formatDay(c.completedAt, locale) })}
            {c.assigned ? '' : ` · ${t('withoutAssignment')}`}
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
  titles,
}: {
  personId: string;
  withdrawn: { courseId: string; title: string; withdrawnAt: Date; reason: string | null }[];
  titles?: Titles;
}) {
  const t = useTranslations('person');
  const locale = useLocale() as Locale;
  return (
    <ul className="space-y-3">
      {withdrawn.map((w) => (
        <li key={w.courseId}>
          <span className="font-medium">
            <TitleIn id={w.courseId} title={w.title} titles={titles} />
          </span>{' '}
          <span className="text-sm text-slate-700">{t('withdrawnOn', { date: formatDay(w.withdrawnAt, locale) })}</span>
          {w.reason ? <p className="text-sm">{t('reason', { reason: w.reason })}</p> : null}
          <p className="text-sm">
            <Link href={`/chef/tilldela?person=${personId}&kurs=${w.courseId}`}>
              {t('assignAgain', { title: titles?.get(w.courseId)?.title ?? w.title })}
            </Link>
          </p>
        </li>
      ))}
    </ul>
  );
}
