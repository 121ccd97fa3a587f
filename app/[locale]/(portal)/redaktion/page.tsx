import type { Metadata } from 'next';
import Link from 'next/link';
import { GuidanceOverview } from '@/components/editor/guidance-overview';
import { PageHeader } from '@/components/ui/page-header';
import { requireContentEditor } from '@/lib/auth/guards';
import { listGuidesForEditor } from '@/lib/data/guide-editor';

export const metadata: Metadata = { title: 'Redaktion' };

export default async function EditorPage() {
  const editor = await requireContentEditor('/redaktion');
  const guides = await listGuidesForEditor(editor.hostOrganisationId);
  return (
    <>
      <PageHeader title="Redaktion" lead="Portalens innehåll: vägledning och kurser." />
      <GuidanceOverview guides={guides} />
      <nav aria-labelledby="learning-editor" className="mb-8">
        <h2 id="learning-editor" className="mb-3 text-xl font-semibold">
          Kurser och lärvägar
        </h2>
        <ul className="list-disc pl-6">
          <li>
            <Link href="/redaktion/kurser">Redigera kurser, lektioner och kunskapskontroller</Link>
          </li>
          <li>
            <Link href="/redaktion/larvagar">Redigera lärvägarna</Link>
          </li>
        </ul>
      </nav>
      <section aria-labelledby="checklists-heading" className="mt-8">
        <h2 id="checklists-heading" className="mb-3 text-xl font-semibold">
          Checklistmallar
        </h2>
        <p>
          <Link href="/redaktion/checklistor">Redigera mallarna för CEMR-deklarationens artiklar</Link>
        </p>
      </section>
      <section aria-labelledby="self-assessment-heading" className="mt-8">
        <h2 id="self-assessment-heading" className="mb-3 text-xl font-semibold">
          Självskattningen
        </h2>
        <p>
          <Link href="/redaktion/sjalvskattning">Redigera självskattningens nivåer, områden och påståenden</Link>
        </p>
      </section>
    </>
  );
}
