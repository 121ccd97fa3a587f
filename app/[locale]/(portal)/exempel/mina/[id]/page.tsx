import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ExampleForm } from '@/components/examples/example-form';
import { PageHeader } from '@/components/ui/page-header';
import { requireUser } from '@/lib/auth/guards';
import { listOrganisationUnits } from '@/lib/data/learning-example-units';
import { listMyExamples } from '@/lib/data/learning-examples';

export const metadata: Metadata = { title: 'Ändra lärande exempel' };

export default async function EditExamplePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireUser(`/exempel/mina/${id}`);
  const [examples, units] = await Promise.all([listMyExamples(viewer), listOrganisationUnits(viewer)]);
  const example = examples.find((e) => e.id === id && e.status !== 'WITHDRAWN' && e.status !== 'DECLINED');
  if (!example) notFound();
  return (
    <>
      <PageHeader title="Ändra lärande exempel" lead="När du sparar skickas exemplet för granskning igen." />
      {example.reviewComment ? (
        <p className="mb-6 rounded bg-amber-50 p-3 break-words">
          <span className="font-semibold">Strategens kommentar:</span> {example.reviewComment}
        </p>
      ) : null}
      <ExampleForm
        units={units}
        draft={{
          exampleId: example.id,
          version: example.version,
          title: example.title,
          what: example.what,
          learned: example.learned,
          changed: example.changed,
          unitId: example.unitId ?? '',
          topics: example.topics,
          audiences: example.audiences,
          showName: example.showName,
          imageAlt: example.image?.alt ?? '',
          media: { image: example.image, film: example.film },
        }}
      />
    </>
  );
}
