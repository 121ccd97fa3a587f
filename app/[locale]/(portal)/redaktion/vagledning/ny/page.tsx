import type { Metadata } from 'next';
import Link from 'next/link';
import { GuideEditorForm } from '@/components/editor/guide-editor-form';
import { PageHeader } from '@/components/ui/page-header';
import { requireContentEditor } from '@/lib/auth/guards';
import { listGuideOptions } from '@/lib/data/guide-editor';
import type { GuideFormValues } from '@/lib/validation/guide';

export const metadata: Metadata = { title: 'Ny vägledningssida' };

const blank: GuideFormValues = {
  slug: '',
  title: '',
  summary: '',
  body: '## Rubrik\n\nSkriv texten här.',
  topics: [],
  audiences: [],
  skrStep: '',
  skrEdition: '',
  related: [],
  sources: [],
  note: '',
};

export default async function NewGuidePage() {
  const editor = await requireContentEditor('/redaktion/vagledning/ny');
  const options = await listGuideOptions(editor.hostOrganisationId);
  return (
    <>
      <PageHeader
        title="Ny vägledningssida"
        lead="Sidan sparas som ett utkast. Läsarna ser den först när du publicerar."
      >
        <p className="mt-4">
          <Link href="/redaktion/vagledning">Tillbaka till alla sidor</Link>
        </p>
      </PageHeader>
      <GuideEditorForm version={0} initialValues={blank} guideOptions={options} />
    </>
  );
}
