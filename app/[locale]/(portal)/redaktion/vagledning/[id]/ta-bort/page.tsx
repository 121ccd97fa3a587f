import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { ConfirmForm } from '@/components/editor/confirm-form';
import { passageTag } from '@/components/editor/passage';
import { PageHeader } from '@/components/ui/page-header';
import { requireContentEditor } from '@/lib/auth/guards';
import { deleteGuideAction } from '@/lib/actions/guides';
import { getGuideForEditor } from '@/lib/data/guide-editor';
import type { Locale } from '@/lib/i18n/config';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('editorGuides.remove'))('metaTitle') };
}

export default async function DeletePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const editor = await requireContentEditor(`/redaktion/vagledning/${id}/ta-bort`);
  const [guide, t, locale] = await Promise.all([
    getGuideForEditor(editor.hostOrganisationId, id),
    getTranslations('editorGuides.remove'),
    getLocale() as Promise<Locale>,
  ]);
  if (!guide) notFound();
  return (
    <>
      <PageHeader title={t.rich('title', { title: guide.content.title, name: passageTag(locale) })} />
      <div className="max-w-prose space-y-4">
        <p>{t('text', { count: guide.latest.number })}</p>
        <ConfirmForm
          action={deleteGuideAction}
          fields={{ pageId: guide.id }}
          label={t('confirm')}
          danger
          cancelHref={`/redaktion/vagledning/${guide.id}`}
        />
      </div>
    </>
  );
}
