import type { Metadata } from 'next';
import Link from 'next/link';
import { NewCourseForm } from '@/components/course-editor/new-course-form';
import { PageHeader } from '@/components/ui/page-header';
import { requireContentEditor } from '@/lib/auth/guards';
import { listCoursesForEditor } from '@/lib/data/course-editor';
import { formatDateTime } from '@/lib/dates';
import { contentStatusLabels } from '@/lib/labels';
import { counted } from '@/lib/counted';

export const metadata: Metadata = { title: 'Kurser – Redaktion' };

export default async function CourseListPage() {
  await requireContentEditor('/redaktion/kurser');
  const courses = await listCoursesForEditor();
  return (
    <>
      <PageHeader
        title="Kurser"
        lead="Skapa och ändra kurser, lektioner och kunskapskontroller. Ändringar syns för deltagarna först när du publicerar."
      />
      <table className="mb-10 w-full border-collapse text-left text-sm">
        <caption className="mb-2 text-left text-slate-700">{counted(courses.length, 'kurs', 'kurser')}</caption>
        <thead>
          <tr className="border-b-2 border-slate-300">
            <th scope="col" className="py-2 pr-4">
              Kurs
            </th>
            <th scope="col" className="py-2 pr-4">
              Status
            </th>
            <th scope="col" className="py-2 pr-4">
              Senast ändrad
            </th>
          </tr>
        </thead>
        <tbody>
          {courses.map((c) => (
            <tr key={c.id} className="border-b border-slate-200">
              <th scope="row" className="py-2 pr-4 font-normal">
                <Link href={`/redaktion/kurser/${c.id}`}>{c.title}</Link>
              </th>
              <td className="py-2 pr-4">
                {contentStatusLabels[c.status]}
                {c.revisions[0] && !c.revisions[0].published ? ' · opublicerade ändringar' : ''}
              </td>
              <td className="py-2 pr-4">{formatDateTime(c.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <section aria-labelledby="new-course">
        <h2 id="new-course" className="mb-3 text-xl font-semibold">
          Ny kurs
        </h2>
        <NewCourseForm />
      </section>
    </>
  );
}
