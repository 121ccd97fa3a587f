import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { NewCourseForm } from '@/components/course-editor/new-course-form';
import { PageHeader } from '@/components/ui/page-header';
import { requireContentEditor } from '@/lib/auth/guards';
import { listCoursesForEditor } from '@/lib/data/course-editor';
import { formatDateTime } from '@/lib/dates';
import type { Locale } from '@/lib/i18n/config';
import { passageLang } from '@/lib/i18n/passage';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('editorLearning.courses'))('metaTitle') };
}

export default async function CourseListPage() {
  await requireContentEditor('/redaktion/kurser');
  const courses = await listCoursesForEditor();
  const t = await getTranslations('editorLearning');
  const locale = (await getLocale()) as Locale;
  return (
    <>
      <PageHeader title={t('courses.title')} lead={t('courses.lead')} />
      <table className="mb-10 w-full border-collapse text-left text-sm">
        <caption className="mb-2 text-left text-slate-700">{t('courses.count', { count: courses.length })}</caption>
        <thead>
          <tr className="border-b-2 border-slate-300">
            <th scope="col" className="py-2 pr-4">
              {t('courses.course')}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t('courses.status')}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t('courses.updated')}
            </th>
          </tr>
        </thead>
        <tbody>
          {courses.map((c) => (
            <tr key={c.id} className="border-b border-slate-200">
              <th scope="row" className="py-2 pr-4 font-normal">
                <Link href={`/redaktion/kurser/${c.id}`} lang={passageLang(locale)}>
                  {c.title}
                </Link>
              </th>
              <td className="py-2 pr-4">
                {t(`status.${c.status}`)}
                {c.revisions[0] && !c.revisions[0].published ? ` · ${t('courses.unpublishedChanges')}` : ''}
              </td>
              <td className="py-2 pr-4">{formatDateTime(c.updatedAt, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <section aria-labelledby="new-course">
        <h2 id="new-course" className="mb-3 text-xl font-semibold">
          {t('courses.newHeading')}
        </h2>
        <NewCourseForm />
      </section>
    </>
  );
}
