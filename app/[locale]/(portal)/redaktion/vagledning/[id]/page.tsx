import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { GuideEditorForm } from '@/components/editor/guide-editor-form';
import { GuideStatus } from '@/components/editor/guide-status';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { requireContentEditor } from '@/lib/auth/guards';
import { getGuideForEditor, listGuideOptions } from '@/lib/data/guide-editor';
import { formValuesFromContent } from '@/lib/validation/guide';

export const metadata: Metadata = { title: 'Redigera vägledning' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

function flash(params: Record<string, string | undefined>): string | null {
  if (params.publicerad) return 'Sidan är publicerad. Läsarna ser den nu.';
  if (params.sparad) return 'Sidan är skapad som utkast. Läsarna ser den först när du publicerar.';
  if (params.avpublicerad) return 'Sidan är avpublicerad. Läsarna ser den inte längre.';
  if (params.aterstalld)
    return `Version ${params.aterstalld} är återställd som en ny version. Publicera den när du är klar.`;
  return null;
}

export default async function EditGuidePage({ params, searchParams }: Props) {
  const { id } = await params;
  const editor = await requireContentEditor(`/redaktion/vagledning/${id}`);
  const [guide, options, query] = await Promise.all([
    getGuideForEditor(editor.hostOrganisationId, id),
    listGuideOptions(editor.hostOrganisationId),
    searchParams,
  ]);
  if (!guide) notFound();
  const message = flash(query);
  return (
    <>
      <PageHeader title={`Redigera: ${guide.content.title}`}>
        <p className="mt-4">
          <Link href="/redaktion/vagledning">Tillbaka till alla sidor</Link>
        </p>
      </PageHeader>
      {message ? (
        <div className="mb-6">
          <Alert tone="success">{message}</Alert>
        </div>
      ) : null}
      <GuideStatus guide={guide} />
      <GuideEditorForm
        pageId={guide.id}
        version={guide.version}
        initialValues={formValuesFromContent(guide.slug, guide.content)}
        guideOptions={options}
      />
    </>
  );
}
