import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ConfirmForm } from '@/components/editor/confirm-form';
import { PageHeader } from '@/components/ui/page-header';
import { requireContentEditor } from '@/lib/auth/guards';
import { deleteGuideAction } from '@/lib/actions/guides';
import { getGuideForEditor } from '@/lib/data/guide-editor';

export const metadata: Metadata = { title: 'Ta bort sidan' };

export default async function DeletePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const editor = await requireContentEditor(`/redaktion/vagledning/${id}/ta-bort`);
  const guide = await getGuideForEditor(editor.hostOrganisationId, id);
  if (!guide) notFound();
  return (
    <>
      <PageHeader title={`Ta bort ”${guide.content.title}”?`} />
      <div className="max-w-prose space-y-4">
        <p>
          Sidan och alla dess {guide.latest.number} versioner tas bort för gott. Det går inte att ångra. Vill du bara
          att läsarna inte ska se sidan kan du avpublicera den i stället.
        </p>
        <ConfirmForm
          action={deleteGuideAction}
          fields={{ pageId: guide.id }}
          label="Ja, ta bort sidan för gott"
          danger
          cancelHref={`/redaktion/vagledning/${guide.id}`}
        />
      </div>
    </>
  );
}
