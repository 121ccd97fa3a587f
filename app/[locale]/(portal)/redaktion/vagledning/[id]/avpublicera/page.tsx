import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { ConfirmForm } from '@/components/editor/confirm-form';
import { passageTag } from '@/components/editor/passage';
import { PageHeader } from '@/components/ui/page-header';
import { requireContentEditor } from '@/lib/auth/guards';
import { unpublishGuideAction } from '@/lib/actions/guides';
import { getGuideForEditor } from '@/lib/data/guide-editor';
import type { Locale } from '@/lib/i18n/config';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('editorGuides.unpublish'))('metaTitle') };
}

export default async function UnpublishPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const editor = await requireContentEditor(`/redaktion/vagledning/${id}/avpublicera`);
  const [guide, t, locale] = await Promise.all([
    getGuideForEditor(editor.hostOrganisationId, id),
    getTranslations('editorGuides.unpublish'),
    getLocale() as Promise<Locale>,
  ]);
  if (!guide) notFound();
  return (
    <>
      <PageHeader title={t.rich('title', { title: guide.content.title, name: passageTag(locale) })} />
      <div className="max-w-prose space-y-4">
        <p>{t('text', { slug: guide.slug })}</p>
        <ConfirmForm
          action={unpublishGuideAction}
          fields={{ pageId: guide.id }}
          label={t('confirm')}
          cancelHref={`/redaktion/vagledning/${guide.id}`}
        />
      </div>
    </>
  );
}
