import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { PathForm } from '@/components/course-editor/path-form';
import { passageTag } from '@/components/editor/passage';
import { PageHeader } from '@/components/ui/page-header';
import type { Locale } from '@/lib/i18n/config';
import { keyToAudience } from '@/lib/audiences';
import { requireContentEditor } from '@/lib/auth/guards';
import { getPathForEditor } from '@/lib/data/path-editor';
import { audienceKey } from '@/lib/validation/content';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('editorLearning.path'))('metaTitle') };
}

export default async function EditPathPage({ params }: { params: Promise<{ malgrupp: string }> }) {
  const { malgrupp } = await params;
  const editor = await requireContentEditor(`/redaktion/larvagar/${malgrupp}`);
  const key = audienceKey.safeParse(malgrupp);
  if (!key.success) notFound();
  const { path, courses } = await getPathForEditor(editor, keyToAudience[key.data]);
  const t = await getTranslations('editorLearning.path');
  const locale = (await getLocale()) as Locale;
  return (
    <>
      <PageHeader title={t.rich('title', { title: path.title, name: passageTag(locale) })} />
      <PathForm audience={key.data} path={path} courses={courses} />
    </>
  );
}
