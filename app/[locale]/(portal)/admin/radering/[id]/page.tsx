import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DeletionHandlingForm } from '@/components/admin/deletion-handling-form';
import { HandledFacts, HoldingsTable, RequestFacts } from '@/components/admin/deletion-request-details';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/auth/guards';
import { getDeletionRequest } from '@/lib/data/deletion-requests';
import { ExpectedError } from '@/lib/errors';
import type { DeletionOutcome } from '@/lib/generated/sqlite/enums';

export const metadata: Metadata = { title: 'Handlägg begäran om radering' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ handlagd?: string }> };

const done: Record<DeletionOutcome, string> = {
  ERASED:
    'Personens uppgifter är raderade och kontot är stängt. Genomförda kurser och tilldelningar finns kvar utan namn.',
  PARTLY_ERASED: 'Begäran är handlagd. Personen ser ditt svar på Min sida.',
  REFUSED: 'Begäran är avslagen. Personen ser ditt svar på Min sida.',
};

export default async function DeletionRequestPage({ params, searchParams }: Props) {
  const { id } = await params;
  const viewer = await requirePermission('admin:people', `/admin/radering/${id}`);
  const request = await getDeletionRequest(viewer, id).catch((error: unknown) => {
    if (error instanceof ExpectedError && error.code === 'NOT_FOUND') notFound();
    throw error;
  });
  // The action comes back here with ?handlagd=1: say what was done, once the request shows it.
  const outcome = (await searchParams).handlagd === '1' ? request.outcome : null;
  return (
    <>
      <p className="mb-4">
        <Link href="/admin/radering">Alla begäranden om radering</Link>
      </p>
      <PageHeader title={`Begäran om radering från ${request.personName}`} />
      {outcome ? (
        <div className="mb-6">
          <Alert tone="success">{done[outcome]}</Alert>
        </div>
      ) : null}
      <div className="grid gap-10 lg:grid-cols-2">
        <section aria-labelledby="request-heading">
          <h2 id="request-heading" className="mb-3 text-xl font-semibold">
            Om begäran
          </h2>
          <RequestFacts request={request} />
        </section>
        <section aria-labelledby="holdings-heading">
          <h2 id="holdings-heading" className="mb-3 text-xl font-semibold">
            Det här sparar portalen om personen
          </h2>
          <HoldingsTable holdings={request.holdings} />
        </section>
      </div>
      <section aria-labelledby="handle-heading" className="mt-10">
        <h2 id="handle-heading" className="mb-3 text-xl font-semibold">
          {request.handledAt ? 'Handläggning' : 'Handlägg begäran'}
        </h2>
        {request.handledAt ? <HandledFacts request={request} /> : <DeletionHandlingForm requestId={request.id} />}
      </section>
    </>
  );
}
