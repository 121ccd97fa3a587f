import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ExampleForm } from '@/components/examples/example-form';
import { PageHeader } from '@/components/ui/page-header';
import { requireUser } from '@/lib/auth/guards';
import { listOrganisationUnits } from '@/lib/data/learning-example-units';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('examples'))('newTitle') };
}

export default async function NewExamplePage() {
  const viewer = await requireUser('/exempel/nytt');
  const [units, t] = await Promise.all([listOrganisationUnits(viewer), getTranslations('examples')]);
  return (
    <>
      <PageHeader title={t('newTitle')} lead={t('newLead')} />
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
