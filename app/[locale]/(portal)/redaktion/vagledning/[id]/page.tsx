import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { GuideEditorForm } from '@/components/editor/guide-editor-form';
import { GuideStatus } from '@/components/editor/guide-status';
import { passageTag } from '@/components/editor/passage';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { requireContentEditor } from '@/lib/auth/guards';
import { getGuideForEditor, listGuideOptions } from '@/lib/data/guide-editor';
import type { Locale } from '@/lib/i18n/config';
import { formValuesFromContent } from '@/lib/validation/guide';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('editorGuides.edit'))('metaTitle') };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };
type Words = Awaited<ReturnType<typeof getTranslations<'editorGuides.edit'>>>;

/** What the address says just happened (a redirect after publishing, creating, unpublishing, restoring). */
function flash(params: Record<string, string | undefined>, t: Words): string | null {
  if (params.publicerad) return t('published');
  if (params.sparad) return t('created');
  if (params.avpublicerad) return t('unpublished');
  if (params.aterstalld) return t('restored', { number: params.aterstalld });
  return null;
}

export default async function EditGuidePage({ params, searchParams }: Props) {
  const { id } = await params;
  const editor = await requireContentEditor(`/redaktion/vagledning/${id}`);
  const [guide, options, query, t, locale] = await Promise.all([
    getGuideForEditor(editor.hostOrganisationId, id),
    listGuideOptions(editor.hostOrganisationId),
    searchParams,
    getTranslations('editorGuides.edit'),
    getLocale() as Promise<Locale>,
  ]);
  if (!guide) notFound();
  const message = flash(query, t);
  return (
    <>
      <PageHeader title={t.rich('title', { title: guide.content.title, name: passageTag(locale) })}>
        <p className="mt-4">
          <Link href="/redaktion/vagledning">{t('back')}</Link>
        </p>
      </PageHeader>
      {message ? (
        <div className="mb-6">
          <Alert tone="success">{message}</Alert>
        </div>
      ) : null}
      <GuideStatus guide={guide} />
      <GuideEditorForm
        pageId={guide.id}
        version={guide.version}
        initialValues={formValuesFromContent(guide.slug, guide.content, guide.english)}
        guideOptions={options}
        english={guide.english ? (guide.english.upToDate ? 'current' : 'outdated') : 'none'}
      />
    </>
  );
}
