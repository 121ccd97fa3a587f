import type { Metadata } from 'next';
import { ExampleForm } from '@/components/examples/example-form';
import { PageHeader } from '@/components/ui/page-header';
import { requireUser } from '@/lib/auth/guards';
import { listOrganisationUnits } from '@/lib/data/learning-example-units';

export const metadata: Metadata = { title: 'Berätta om ert lärande exempel' };

export default async function NewExamplePage() {
  const viewer = await requireUser('/exempel/nytt');
  const units = await listOrganisationUnits(viewer);
  return (
    <>
      <PageHeader
        title="Berätta om ert lärande exempel"
        lead="Har ni ändrat något i ert arbete efter att ha sett på det ur ett jämställdhetsperspektiv? Berätta, så kan kollegor lära av er."
      />
      <ExampleForm
        units={units}
        draft={{
          title: '',
          what: '',
          learned: '',
          changed: '',
          unitId: viewer.unitId ?? '',
          topics: [],
          audiences: [],
          showName: false,
          imageAlt: '',
          media: { image: null, film: null },
        }}
      />
    </>
  );
}
