import type { Metadata } from 'next';
import Link from 'next/link';
import { ExampleList } from '@/components/examples/example-list';
import { PageHeader } from '@/components/ui/page-header';
import { SelectField } from '@/components/ui/select-field';
import { getViewer } from '@/lib/auth/guards';
import { can } from '@/lib/auth/permissions';
import { listPublishedExamples } from '@/lib/data/learning-examples';
import { listTopUnits } from '@/lib/data/learning-example-units';
import { audienceKeyOptions, topicOptions } from '@/lib/labels';
import { audienceKey, topicKey } from '@/lib/validation/content';

export const metadata: Metadata = { title: 'Lärande exempel' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

/** Colleagues' examples, reviewed; inside the organisation, or the public ones without signing in. */
export default async function ExamplesPage({ searchParams }: Props) {
  const params = await searchParams;
  const viewer = await getViewer();
  const topic = topicKey.safeParse(first(params.amne)).data;
  const audience = audienceKey.safeParse(first(params.malgrupp)).data;
  const administrations = viewer ? await listTopUnits(viewer) : [];
  const administration = administrations.find((u) => u.id === first(params.forvaltning));
  const examples = await listPublishedExamples(viewer, { topic, audience, unitPath: administration?.path });
  return (
    <>
      <PageHeader
        title="Lärande exempel"
        lead="Kollegor berättar vad de gjorde, vad de lärde sig och vad som blev annorlunda. Exemplen är granskade av en strateg innan de publiceras."
      >
        {viewer ? (
          <p className="mt-4 flex flex-wrap gap-x-6 gap-y-2">
            <Link href="/exempel/nytt" className="btn-primary no-underline hover:text-white">
              Berätta om ert exempel
            </Link>
            <Link href="/exempel/mina">Mina exempel</Link>
            {can(viewer.role, 'examples:review') ? <Link href="/exempel/granska">Granska exempel</Link> : null}
          </p>
        ) : null}
      </PageHeader>
      <form method="get" className="mb-6 grid gap-4 sm:grid-cols-4 sm:items-end" aria-label="Filtrera exemplen">
        <SelectField
          label="Ämne"
          name="amne"
          emptyLabel="Alla ämnen"
          options={topicOptions}
          defaultValue={topic ?? ''}
        />
        <SelectField
          label="Målgrupp"
          name="malgrupp"
          emptyLabel="Alla"
          options={audienceKeyOptions}
          defaultValue={audience ?? ''}
        />
        {viewer ? (
          <SelectField
            label="Förvaltning"
            name="forvaltning"
            emptyLabel="Alla förvaltningar"
            options={administrations.map((u) => ({ value: u.id, label: u.name }))}
            defaultValue={administration?.id ?? ''}
          />
        ) : null}
        <button type="submit" className="btn-secondary">
          Visa
        </button>
      </form>
      {examples.length === 0 ? (
        <p>Inga publicerade exempel matchar filtret ännu.</p>
      ) : (
        <ExampleList examples={examples} />
      )}
    </>
  );
}
