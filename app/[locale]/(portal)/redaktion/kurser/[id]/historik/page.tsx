import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { RestoreButton } from '@/components/course-editor/restore-button';
import { PageHeader } from '@/components/ui/page-header';
import { requireContentEditor } from '@/lib/auth/guards';
import { listCourseRevisions } from '@/lib/data/course-editor';
import { formatDateTime } from '@/lib/dates';
import { ExpectedError } from '@/lib/errors';

export const metadata: Metadata = { title: 'Versioner – Redaktion' };

export default async function CourseHistoryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const editor = await requireContentEditor(`/redaktion/kurser/${id}/historik`);
  const { course, revisions } = await listCourseRevisions(editor, id).catch((error: unknown) => {
    if (error instanceof ExpectedError && error.code === 'NOT_FOUND') notFound();
    throw error;
  });
  return (
    <>
      <PageHeader title="Versioner av kursen">
        <p className="mt-2">
          <Link href={`/redaktion/kurser/${id}`}>Tillbaka till redigeringen</Link>
        </p>
      </PageHeader>
      <ol className="space-y-4">
        {revisions.map((r) => {
          const snapshot = JSON.parse(r.snapshot) as { title?: string; lessons?: unknown[] };
          return (
            <li key={r.id} className="rounded-lg border border-slate-200 p-4">
              <h2 className="font-semibold">
                Version {r.number}
                {r.published ? (
                  <span className="ml-2 rounded bg-green-100 px-2 py-0.5 text-sm text-green-900">Publicerad</span>
                ) : null}
              </h2>
              <p className="text-sm text-slate-700">
                {formatDateTime(r.createdAt)} · {r.author}
                {r.note ? ` · ”${r.note}”` : ''}
              </p>
              <p className="text-sm">
                {snapshot.title} · {snapshot.lessons?.length ?? 0} lektioner
              </p>
              <div className="mt-2">
                <RestoreButton courseId={course.id} revisionId={r.id} version={course.version} number={r.number} />
              </div>
            </li>
          );
        })}
      </ol>
    </>
  );
}
