import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ConfirmForm } from '@/components/editor/confirm-form';
import { GuideArticle } from '@/components/guidance/guide-article';
import { requireContentEditor } from '@/lib/auth/guards';
import { publishGuideAction } from '@/lib/actions/guides';
import { getGuideForEditor } from '@/lib/data/guide-editor';
import { relatedGuides } from '@/lib/data/guides';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('editorGuides.preview'))('metaTitle'), robots: { index: false } };
}

// Editors only (the layout and this page check): drafts are never served on a public path.
// The guide's own text is Swedish: GuideArticle marks it with its language inside an English page.
export default async function PreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const editor = await requireContentEditor(`/redaktion/vagledning/${id}/forhandsvisning`);
  const [guide, t] = await Promise.all([
    getGuideForEditor(editor.hostOrganisationId, id),
    getTranslations('editorGuides.preview'),
  ]);
  if (!guide) notFound();
  const live = guide.status === 'PUBLISHED';
  const published = live && guide.publishedNumber === guide.latest.number;
  const banner = (
    <section aria-labelledby="preview-heading" className="mb-8 rounded border-l-4 border-brand-600 bg-brand-50 p-4">
      <p id="preview-heading" className="text-lg font-semibold">
        {t('heading', { number: guide.latest.number })}
      </p>
      <p className="mt-1 mb-3">
        {published ? t('published') : live ? t('live', { number: guide.publishedNumber ?? 0 }) : t('hidden')}
      </p>
      {published ? null : (
        <ConfirmForm
          action={publishGuideAction}
          fields={{ pageId: guide.id, version: guide.version }}
          label={t('publish', { number: guide.latest.number })}
        />
      )}
      <p className="mt-3">
        <Link href={`/redaktion/vagledning/${guide.id}`}>{t('back')}</Link>
      </p>
    </section>
  );
  return <GuideArticle {...guide.content} related={await relatedGuides(guide.content.meta.related)} banner={banner} />;
}
