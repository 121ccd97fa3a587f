import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/auth/guards';
import { getPersonForViewer } from '@/lib/data/people';
import { ExpectedError } from '@/lib/errors';
import { t } from '@/lib/i18n';

export const metadata: Metadata = { title: 'Medarbetare' };

export default async function PersonPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requirePermission('team:view', `/chef/personer/${id}`);
  const person = await getPersonForViewer(viewer, id).catch((error: unknown) => {
    if (error instanceof ExpectedError && error.kind === 'not-found') notFound();
    throw error;
  });
  return (
    <>
      <PageHeader title={person.name} lead={person.unitName ?? undefined} />
      <dl className="grid max-w-xl grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
        <dt className="font-medium">E-post</dt>
        <dd>{person.email}</dd>
        <dt className="font-medium">Målgrupp</dt>
        <dd>{t.audiences[person.audience as keyof typeof t.audiences]}</dd>
      </dl>
    </>
  );
}
