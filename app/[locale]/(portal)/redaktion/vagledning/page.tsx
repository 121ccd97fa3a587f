import type { Metadata } from 'next';
import Link from 'next/link';
import { GuideTable } from '@/components/editor/guide-table';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { requireContentEditor } from '@/lib/auth/guards';
import { listGuidesForEditor } from '@/lib/data/guide-editor';

export const metadata: Metadata = { title: 'Vägledning – redaktion' };

export default async function GuideListPage({ searchParams }: { searchParams: Promise<{ borttagen?: string }> }) {
  const editor = await requireContentEditor('/redaktion/vagledning');
  const [guides, { borttagen }] = await Promise.all([listGuidesForEditor(editor.hostOrganisationId), searchParams]);
  return (
    <>
      <PageHeader title="Vägledning" lead="Alla vägledningssidor, med utkast. Läsarna ser bara publicerade versioner.">
        <p className="mt-4 flex flex-wrap gap-4">
          <Link href="/redaktion/vagledning/ny" className="btn-primary no-underline hover:text-white">
            Ny sida
          </Link>
          <Link href="/redaktion" className="self-center">
            Tillbaka till redaktionen
          </Link>
        </p>
      </PageHeader>
      {borttagen ? (
        <div className="mb-6">
          <Alert tone="success">Sidan är borttagen.</Alert>
        </div>
      ) : null}
      <GuideTable guides={guides} />
    </>
  );
}
