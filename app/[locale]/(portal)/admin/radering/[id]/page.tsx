import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { DeletionHandlingForm } from '@/components/admin/deletion-handling-form';
import { HandledFacts, HoldingsTable, RequestFacts } from '@/components/admin/deletion-request-details';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/auth/guards';
import { getDeletionRequest } from '@/lib/data/deletion-requests';
import { ExpectedError } from '@/lib/errors';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('adminRecords.deletionRequest'))('title') };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ handlagd?: string }> };

export default async function DeletionRequestPage({ params, searchParams }: Props) {
  const { id } = await params;
  const viewer = await requirePermission('admin:people', `/admin/radering/${id}`);
  const request = await getDeletionRequest(viewer, id).catch((error: unknown) => {
    if (error instanceof ExpectedError && error.code === 'NOT_FOUND') notFound();
    throw error;
  });
  // The action comes back here with ?handlagd=1: say what was done, once the request shows it.
  const outcome = (await searchParams).handlagd === '1' ? request.outcome : null;
  const t = await getTranslations('adminRecords.deletionRequest');
  return (
    <>
      <p className="mb-4">
        <Link href="/admin/radering">{t('back')}</Link>
      </p>
      <PageHeader title={t('heading', { name: request.personName })} />
      {outcome ? (
        <div className="mb-6">
          <Alert tone="success">{t(`done.${outcome}`)}</Alert>
        </div>
      ) : null}
      <div className="grid gap-10 lg:grid-cols-2">
        <section aria-labelledby="request-heading">
          <h2 id="request-heading" className="mb-3 text-xl font-semibold">
            {t('aboutHeading')}
          </h2>
          <RequestFacts request={request} />
        </section>
        <section aria-labelledby="holdings-heading">
          <h2 id="holdings-heading" className="mb-3 text-xl font-semibold">
            {t('holdingsHeading')}
          </h2>
          <HoldingsTable holdings={request.holdings} />
        </section>
      </div>
      <section aria-labelledby="handle-heading" className="mt-10">
        <h2 id="handle-heading" className="mb-3 text-xl font-semibold">
          {request.handledAt ? t('handlingHeading') : t('handleHeading')}
        </h2>
        {request.handledAt ? <HandledFacts request={request} /> : <DeletionHandlingForm requestId={request.id} />}
      </section>
    </>
  );
}
