import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ConfirmForm } from '@/components/editor/confirm-form';
import { PageHeader } from '@/components/ui/page-header';
import { requireContentEditor } from '@/lib/auth/guards';
import { unpublishGuideAction } from '@/lib/actions/guides';
import { getGuideForEditor } from '@/lib/data/guide-editor';

export const metadata: Metadata = { title: 'Avpublicera' };

export default async function UnpublishPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const editor = await requireContentEditor(`/redaktion/vagledning/${id}/avpublicera`);
  const guide = await getGuideForEditor(editor.hostOrganisationId, id);
  if (!guide) notFound();
  return (
    <>
      <PageHeader title={`Avpublicera ”${guide.content.title}”?`} />
      <div className="max-w-prose space-y-4">
        <p>
          Läsarna ser inte längre sidan, och adressen /vagledning/{guide.slug} svarar att sidan inte finns. Sidan och
          hela dess historik finns kvar här i redaktionen, och du kan publicera den igen när du vill.
        </p>
        <ConfirmForm
          action={unpublishGuideAction}
          fields={{ pageId: guide.id }}
          label="Ja, avpublicera sidan"
          cancelHref={`/redaktion/vagledning/${guide.id}`}
        />
      </div>
    </>
  );
}
