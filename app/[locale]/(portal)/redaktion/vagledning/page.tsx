import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { GuideTable } from '@/components/editor/guide-table';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { requireContentEditor } from '@/lib/auth/guards';
import { listGuidesForEditor } from '@/lib/data/guide-editor';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('editorGuides.list'))('metaTitle') };
}

export default async function GuideListPage({ searchParams }: { searchParams: Promise<{ borttagen?: string }> }) {
  const editor = await requireContentEditor('/redaktion/vagledning');
  const [guides, { borttagen }, t] = await Promise.all([
    listGuidesForEditor(editor.hostOrganisationId),
    searchParams,
    getTranslations('editorGuides.list'),
  ]);
  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')}>
        <p className="mt-4 flex flex-wrap gap-4">
          <Link href="/redaktion/vagledning/ny" className="btn-primary no-underline hover:text-white">
            {t('newPage')}
          </Link>
          <Link href="/redaktion" className="self-center">
            {t('back')}
          </Link>
        </p>
      </PageHeader>
      {borttagen ? (
        <div className="mb-6">
          <Alert tone="success">{t('deleted')}</Alert>
        </div>
      ) : null}
      <GuideTable guides={guides} />
    </>
  );
}
