import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ImportForm } from '@/components/admin/import-form';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/auth/guards';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('adminRecords.import'))('title') };
}

export default async function ImportPage() {
  await requirePermission('admin:people', '/admin/import');
  const t = await getTranslations('adminRecords.import');
  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')} />
      <details className="mb-8 max-w-3xl rounded border border-slate-200 p-4">
        <summary className="cursor-pointer font-medium">{t('formatSummary')}</summary>
        <div className="mt-3 space-y-2 text-sm">
          <p>{t('formatIntro')}</p>
          {/* Wider than a phone: it scrolls sideways in its own box, which the keyboard can reach. */}
          <pre tabIndex={0} className="overflow-x-auto rounded bg-slate-100 p-3">
            {t('formatExample')}
          </pre>
          <ul className="list-disc space-y-1 pl-6">
            <li>{t('formatUnit')}</li>
            <li>{t('formatAudience')}</li>
            <li>
              {/* The import reads the Swedish words only: marked as Swedish in another language's text. */}
              {t.rich('formatGender', { sv: (chunks) => <span lang="sv">{chunks}</span> })}
            </li>
            <li>{t('formatManager')}</li>
            <li>{t('formatMatching')}</li>
          </ul>
        </div>
      </details>
      <ImportForm />
    </>
  );
}
