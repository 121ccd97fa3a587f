import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ConfirmForm } from '@/components/editor/confirm-form';
import { GuideArticle } from '@/components/guidance/guide-article';
import { requireContentEditor } from '@/lib/auth/guards';
import { publishGuideAction } from '@/lib/actions/guides';
import { getGuideForEditor } from '@/lib/data/guide-editor';
import { relatedGuides } from '@/lib/data/guides';

export const metadata: Metadata = { title: 'Förhandsvisning', robots: { index: false } };

// Editors only (the layout and this page check): drafts are never served on a public path.
export default async function PreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const editor = await requireContentEditor(`/redaktion/vagledning/${id}/forhandsvisning`);
  const guide = await getGuideForEditor(editor.hostOrganisationId, id);
  if (!guide) notFound();
  const live = guide.status === 'PUBLISHED';
  const published = live && guide.publishedNumber === guide.latest.number;
  const banner = (
    <section aria-labelledby="preview-heading" className="mb-8 rounded border-l-4 border-brand-600 bg-brand-50 p-4">
      <p id="preview-heading" className="text-lg font-semibold">
        Förhandsvisning av version {guide.latest.number}
      </p>
      <p className="mt-1 mb-3">
        {published
          ? 'Det här är versionen som läsarna ser.'
          : live
            ? `Läsarna ser fortfarande version ${guide.publishedNumber}. Så här blir sidan när du publicerar.`
            : 'Läsarna ser inte sidan. Så här blir den när du publicerar.'}
      </p>
      {published ? null : (
        <ConfirmForm
          action={publishGuideAction}
          fields={{ pageId: guide.id, version: guide.version }}
          label={`Publicera version ${guide.latest.number}`}
        />
      )}
      <p className="mt-3">
        <Link href={`/redaktion/vagledning/${guide.id}`}>Tillbaka till redigeringen</Link>
      </p>
    </section>
  );
  return <GuideArticle {...guide.content} related={await relatedGuides(guide.content.meta.related)} banner={banner} />;
}
