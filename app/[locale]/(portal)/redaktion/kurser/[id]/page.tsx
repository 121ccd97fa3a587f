import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CourseEditor } from '@/components/course-editor/course-editor';
import { PageHeader } from '@/components/ui/page-header';
import { requireContentEditor } from '@/lib/auth/guards';
import { getCourseForEditor } from '@/lib/data/course-editor';
import { ExpectedError } from '@/lib/errors';

export const metadata: Metadata = { title: 'Redigera kurs – Redaktion' };

export default async function EditCoursePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const editor = await requireContentEditor(`/redaktion/kurser/${id}`);
  const course = await getCourseForEditor(editor, id).catch((error: unknown) => {
    if (error instanceof ExpectedError && error.code === 'NOT_FOUND') notFound();
    throw error;
  });
  return (
    <>
      <PageHeader title={`Redigera: ${course.draft.title}`}>
        <p className="mt-2 text-slate-700">
          {course.status === 'PUBLISHED' ? 'Kursen är publicerad.' : 'Kursen är inte publicerad.'}{' '}
          {course.hasUnpublishedDraft ? 'Det finns ett sparat utkast som inte är publicerat.' : null}
        </p>
        <p className="mt-2 flex flex-wrap gap-4">
          <Link href={`/redaktion/kurser/${id}/historik`}>Versioner</Link>
          <Link href={`/redaktion/kurser/${id}/utvardering`}>Utvärderingar</Link>
          {course.status === 'PUBLISHED' ? (
            <Link href={`/kurser/${course.slug}`}>Visa kursen som deltagare</Link>
          ) : null}
        </p>
      </PageHeader>
      <CourseEditor courseId={course.id} version={course.version} initial={course.draft} />
    </>
  );
}
