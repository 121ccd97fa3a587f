import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { EvaluationSummaryView } from '@/components/course-editor/evaluation-summary';
import { PageHeader } from '@/components/ui/page-header';
import { requireContentEditor } from '@/lib/auth/guards';
import { getEvaluationSummary } from '@/lib/data/course-evaluations';
import { ExpectedError } from '@/lib/errors';

export const metadata: Metadata = { title: 'Utvärderingar – Redaktion' };

export default async function CourseEvaluationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const editor = await requireContentEditor(`/redaktion/kurser/${id}/utvardering`);
  const { course, summary } = await getEvaluationSummary(editor, id).catch((error: unknown) => {
    if (error instanceof ExpectedError && error.code === 'NOT_FOUND') notFound();
    throw error;
  });
  return (
    <>
      <PageHeader
        title={`Utvärderingar: ${course.title}`}
        lead="Deltagarnas svar efter avslutad kurs. Svaren är anonyma: de sparas utan namn och bara med månaden."
      >
        <p className="mt-2">
          <Link href={`/redaktion/kurser/${course.id}`}>Tillbaka till redigeringen</Link>
        </p>
      </PageHeader>
      <EvaluationSummaryView summary={summary} />
    </>
  );
}
