import type { Metadata } from 'next';
import { HandledRequestsTable, OpenRequestsTable } from '@/components/admin/deletion-queue';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/auth/guards';
import { listDeletionRequests } from '@/lib/data/deletion-requests';

export const metadata: Metadata = { title: 'Begäran om radering' };

export default async function DeletionQueuePage() {
  const viewer = await requirePermission('admin:people', '/admin/radering');
  const { open, handled, handledTotal } = await listDeletionRequests(viewer);
  return (
    <>
      <PageHeader
        title="Begäran om radering"
        lead="Personer som har bett att portalen raderar deras uppgifter. Enligt dataskyddsförordningen (artikel 12.3) ska en begäran besvaras inom en månad från att den kom in."
      />
      <section aria-labelledby="open-heading" className="mb-10">
        <h2 id="open-heading" className="mb-3 text-xl font-semibold">
          Väntar på handläggning
        </h2>
        {open.length === 0 ? <p>Ingen begäran väntar.</p> : <OpenRequestsTable requests={open} />}
      </section>
      <section aria-labelledby="handled-heading">
        <h2 id="handled-heading" className="mb-3 text-xl font-semibold">
          Handlagda
        </h2>
        {handled.length === 0 ? (
          <p>Ingen begäran är handlagd ännu.</p>
        ) : (
          <HandledRequestsTable requests={handled} total={handledTotal} />
        )}
      </section>
    </>
  );
}
