import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PathForm } from '@/components/course-editor/path-form';
import { PageHeader } from '@/components/ui/page-header';
import { keyToAudience } from '@/lib/audiences';
import { requireContentEditor } from '@/lib/auth/guards';
import { getPathForEditor } from '@/lib/data/path-editor';
import { audienceKey } from '@/lib/validation/content';

export const metadata: Metadata = { title: 'Redigera lärväg – Redaktion' };

export default async function EditPathPage({ params }: { params: Promise<{ malgrupp: string }> }) {
  const { malgrupp } = await params;
  const editor = await requireContentEditor(`/redaktion/larvagar/${malgrupp}`);
  const key = audienceKey.safeParse(malgrupp);
  if (!key.success) notFound();
  const { path, courses } = await getPathForEditor(editor, keyToAudience[key.data]);
  return (
    <>
      <PageHeader title={`Redigera: ${path.title}`} />
      <PathForm audience={key.data} path={path} courses={courses} />
    </>
  );
}
