import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { RestoreButton } from '@/components/course-editor/restore-button';
import { PageHeader } from '@/components/ui/page-header';
import { requireContentEditor } from '@/lib/auth/guards';
import { listCourseRevisions } from '@/lib/data/course-editor';
import { NEW_COURSE_NOTE, restoredFrom } from '@/lib/data/course-editor-write';
import { formatDateTime } from '@/lib/dates';
import { ExpectedError } from '@/lib/errors';
import type { Locale } from '@/lib/i18n/config';
import { passageLang } from '@/lib/i18n/passage';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('editorLearning.history'))('metaTitle') };
}

export default async function CourseHistoryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const editor = await requireContentEditor(`/redaktion/kurser/${id}/historik`);
  const { course, revisions } = await listCourseRevisions(editor, id).catch((error: unknown) => {
    if (error instanceof ExpectedError && error.code === 'NOT_FOUND') notFound();
    throw error;
  });
  const t = await getTranslations('editorLearning.history');
  const locale = (await getLocale()) as Locale;
  // The portal's own notes (a new course, a restore) are stored in Swedish; they read in the
  // reader's language. What an editor wrote is shown as written.
  const noteText = (note: string) => {
    const restored = restoredFrom(note);
    if (restored !== undefined) return t('restoredNote', { number: String(restored) });
    return note === NEW_COURSE_NOTE ? t('newCourseNote') : note;
  };
  return (
    <>
      <PageHeader title={t('title')}>
        <p className="mt-2">
          <Link href={`/redaktion/kurser/${id}`}>{t('back')}</Link>
        </p>
      </PageHeader>
      <ol className="space-y-4">
        {revisions.map((r) => {
          const snapshot = JSON.parse(r.snapshot) as { title?: string; lessons?: unknown[] };
          const author = r.seeded ? t('seedAuthor') : (r.authorName ?? t('unknownAuthor'));
          return (
            <li key={r.id} className="rounded-lg border border-slate-200 p-4">
              <h2 className="font-semibold">
                {t('version', { number: String(r.number) })}
                {r.published ? (
                  <span className="ml-2 rounded bg-green-100 px-2 py-0.5 text-sm text-green-900">{t('published')}</span>
                ) : null}
              </h2>
              <p className="text-sm text-slate-700">
                {formatDateTime(r.createdAt, locale)} · {author}
                {r.note ? ` · ${t('note', { note: noteText(r.note) })}` : ''}
              </p>
              <p className="text-sm">
                <span lang={passageLang(locale)}>{snapshot.title}</span> ·{' '}
                {t('lessons', { count: snapshot.lessons?.length ?? 0 })}
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
