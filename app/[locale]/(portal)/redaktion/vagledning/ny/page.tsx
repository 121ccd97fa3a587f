import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { GuideEditorForm } from '@/components/editor/guide-editor-form';
import { PageHeader } from '@/components/ui/page-header';
import { requireContentEditor } from '@/lib/auth/guards';
import { listGuideOptions } from '@/lib/data/guide-editor';
import type { GuideFormValues } from '@/lib/validation/guide';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('editorGuides.newPage'))('title') };
}

const blank: Omit<GuideFormValues, 'body'> = {
  slug: '',
  title: '',
  summary: '',
  topics: [],
  audiences: [],
  skrStep: '',
  skrEdition: '',
  related: [],
  sources: [],
  note: '',
  enTitle: '',
  enSummary: '',
  enBody: '',
  enUpToDate: 'on',
};

export default async function NewGuidePage() {
  const editor = await requireContentEditor('/redaktion/vagledning/ny');
  const [options, t] = await Promise.all([
    listGuideOptions(editor.hostOrganisationId),
    getTranslations('editorGuides.newPage'),
  ]);
  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')}>
        <p className="mt-4">
          <Link href="/redaktion/vagledning">{t('back')}</Link>
        </p>
      </PageHeader>
      {/* The body starts with a heading and a line to write over, in the reader's language. */}
      <GuideEditorForm version={0} initialValues={{ ...blank, body: t('body') }} guideOptions={options} />
    </>
  );
}
