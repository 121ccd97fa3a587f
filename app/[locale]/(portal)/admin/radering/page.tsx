import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { HandledRequestsTable, OpenRequestsTable } from '@/components/admin/deletion-queue';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/auth/guards';
import { listDeletionRequests } from '@/lib/data/deletion-requests';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('adminRecords.deletion'))('title') };
}

export default async function DeletionQueuePage() {
  const viewer = await requirePermission('admin:people', '/admin/radering');
  const { open, handled, handledTotal } = await listDeletionRequests(viewer);
  const t = await getTranslations('adminRecords.deletion');
  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')} />
      <section aria-labelledby="open-heading" className="mb-10">
        <h2 id="open-heading" className="mb-3 text-xl font-semibold">
          {t('openHeading')}
        </h2>
        {open.length === 0 ? <p>{t('noneOpen')}</p> : <OpenRequestsTable requests={open} />}
      </section>
      <section aria-labelledby="handled-heading">
        <h2 id="handled-heading" className="mb-3 text-xl font-semibold">
          {t('handledHeading')}
        </h2>
        {handled.length === 0 ? (
          <p>{t('noneHandled')}</p>
        ) : (
          <HandledRequestsTable requests={handled} total={handledTotal} />
        )}
      </section>
    </>
  );
}
