import { useTranslations } from 'next-intl';
import { TitleIn, type Titles } from '@/components/learning/title-in';
import type { CourseSummary } from '@/lib/data/team-summary';

/** Per course, for the whole team: how many have it, are done or late, and who did it unasked. */
export function CourseSummaryTable({ courses, titles }: { courses: CourseSummary[]; titles?: Titles }) {
  const t = useTranslations('team');
  if (courses.length === 0) return <p>{t('noCourses')}</p>;
  return (
    <div className="overflow-x-auto" role="region" aria-labelledby="course-summary-caption" tabIndex={0}>
      <table className="w-full border-collapse text-left text-sm [&_td]:py-2 [&_td]:pr-4 [&_th]:py-2 [&_th]:pr-4">
        <caption id="course-summary-caption" className="mb-2 text-left text-slate-700">
          {t('summaryCaption')}
        </caption>
        <thead>
          <tr className="border-b-2 border-slate-300">
            <th scope="col">{t('course')}</th>
            <th scope="col">{t('assigned')}</th>
            <th scope="col">{t('done')}</th>
            <th scope="col">{t('overdue')}</th>
            <th scope="col">{t('doneUnassigned')}</th>
          </tr>
        </thead>
        <tbody>
          {courses.map((c) => (
            <tr key={c.courseId} className="border-b border-slate-200 align-top">
              <th scope="row" className="font-normal">
                <TitleIn id={c.courseId} title={c.title} titles={titles} />
              </th>
              <td>{c.assigned}</td>
              <td>{c.assigned > 0 ? t('lessonsOf', { done: c.done, total: c.assigned }) : '–'}</td>
              <td>{c.overdue > 0 ? <strong className="text-red-800">{c.overdue}</strong> : 0}</td>
              <td>{c.doneUnassigned}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
