import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { CourseEditor } from '@/components/course-editor/course-editor';
import { passageTag } from '@/components/editor/passage';
import { PageHeader } from '@/components/ui/page-header';
import type { Locale } from '@/lib/i18n/config';
import { requireContentEditor } from '@/lib/auth/guards';
import { getCourseForEditor } from '@/lib/data/course-editor';
import { ExpectedError } from '@/lib/errors';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('editorLearning.edit'))('metaTitle') };
}

export default async function EditCoursePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const editor = await requireContentEditor(`/redaktion/kurser/${id}`);
  const course = await getCourseForEditor(editor, id).catch((error: unknown) => {
    if (error instanceof ExpectedError && error.code === 'NOT_FOUND') notFound();
    throw error;
  });
  const t = await getTranslations('editorLearning.edit');
  const locale = (await getLocale()) as Locale;
  return (
    <>
      <PageHeader title={t.rich('title', { title: course.draft.title, name: passageTag(locale) })}>
        <p className="mt-2 text-slate-700">
          {course.status === 'PUBLISHED' ? t('published') : t('notPublished')}{' '}
          {course.hasUnpublishedDraft ? t('unpublishedDraft') : null}
        </p>
        <p className="mt-2 flex flex-wrap gap-4">
          <Link href={`/redaktion/kurser/${id}/historik`}>{t('versions')}</Link>
          <Link href={`/redaktion/kurser/${id}/utvardering`}>{t('evaluations')}</Link>
          {course.status === 'PUBLISHED' ? <Link href={`/kurser/${course.slug}`}>{t('viewAsParticipant')}</Link> : null}
        </p>
      </PageHeader>
      <CourseEditor courseId={course.id} version={course.version} initial={course.draft} />
    </>
  );
}
