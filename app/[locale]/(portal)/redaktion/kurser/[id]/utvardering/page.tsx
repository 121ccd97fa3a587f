import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { EvaluationSummaryView } from '@/components/course-editor/evaluation-summary';
import { passageTag } from '@/components/editor/passage';
import { PageHeader } from '@/components/ui/page-header';
import type { Locale } from '@/lib/i18n/config';
import { requireContentEditor } from '@/lib/auth/guards';
import { getEvaluationSummary } from '@/lib/data/course-evaluations';
import { ExpectedError } from '@/lib/errors';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('editorLearning.evaluation'))('metaTitle') };
}

export default async function CourseEvaluationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const editor = await requireContentEditor(`/redaktion/kurser/${id}/utvardering`);
  const { course, summary } = await getEvaluationSummary(editor, id).catch((error: unknown) => {
    if (error instanceof ExpectedError && error.code === 'NOT_FOUND') notFound();
    throw error;
  });
  const t = await getTranslations('editorLearning.evaluation');
  const locale = (await getLocale()) as Locale;
  return (
    <>
      <PageHeader title={t.rich('title', { title: course.title, name: passageTag(locale) })} lead={t('lead')}>
        <p className="mt-2">
          <Link href={`/redaktion/kurser/${course.id}`}>{t('back')}</Link>
        </p>
      </PageHeader>
      <EvaluationSummaryView summary={summary} />
    </>
  );
}
