import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ConfirmForm } from '@/components/editor/confirm-form';
import { RevisionDiff } from '@/components/editor/revision-diff';
import { PageHeader } from '@/components/ui/page-header';
import { restoreRevisionAction } from '@/lib/actions/guides';
import { requireContentEditor } from '@/lib/auth/guards';
import { getGuideForEditor, getRevisionPair } from '@/lib/data/guide-editor';
import { formatDateTime } from '@/lib/dates';

export const metadata: Metadata = { title: 'Version' };

export default async function RevisionPage({ params }: { params: Promise<{ id: string; nummer: string }> }) {
  const { id, nummer } = await params;
  const number = Number(nummer);
  const editor = await requireContentEditor(`/redaktion/vagledning/${id}/historik/${nummer}`);
  if (!Number.isInteger(number) || number < 1) notFound();
  const [guide, pair] = await Promise.all([
    getGuideForEditor(editor.hostOrganisationId, id),
    getRevisionPair(editor.hostOrganisationId, id, number),
  ]);
  if (!guide || !pair) notFound();
  const { current, previous } = pair;
  const isLatest = current.number === guide.latest.number;
  return (
    <>
      <PageHeader
        title={`Version ${current.number}: ${current.title}`}
        lead={`Sparad ${formatDateTime(current.createdAt)} av ${current.authorName}.${current.note ? ` Anteckning: ${current.note}` : ''}`}
      >
        <p className="mt-4 flex flex-wrap gap-4">
          <Link href={`/redaktion/vagledning/${id}/historik`}>Tillbaka till historiken</Link>
          <Link href={`/redaktion/vagledning/${id}`}>Till redigeringen</Link>
        </p>
      </PageHeader>
      <section aria-labelledby="changes-heading" className="mb-8">
        <h2 id="changes-heading" className="mb-3 text-xl font-semibold">
          {previous ? `Ändringar jämfört med version ${previous.number}` : 'Första versionen'}
        </h2>
        <RevisionDiff current={current} previous={previous} />
      </section>
      {isLatest ? (
        <p>Det här är den senaste versionen.</p>
      ) : (
        <section aria-labelledby="restore-heading" className="rounded-lg border border-slate-200 p-4">
          <h2 id="restore-heading" className="mb-2 text-xl font-semibold">
            Återställ den här versionen
          </h2>
          <p className="mb-4 max-w-prose">
            Innehållet i version {current.number} sparas som en ny version ({guide.latest.number + 1}). Inget i
            historiken försvinner. Den nya versionen blir ett utkast som du publicerar när du är klar.
          </p>
          <ConfirmForm
            action={restoreRevisionAction}
            fields={{ pageId: id, number: current.number, version: guide.version }}
            label={`Återställ version ${current.number}`}
          />
        </section>
      )}
    </>
  );
}
