import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { ExampleForm } from '@/components/examples/example-form';
import { PageHeader } from '@/components/ui/page-header';
import { requireUser } from '@/lib/auth/guards';
import { listOrganisationUnits } from '@/lib/data/learning-example-units';
import { listMyExamples } from '@/lib/data/learning-examples';
import type { Locale } from '@/lib/i18n/config';
import { passageLang } from '@/lib/i18n/passage';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('examples'))('editTitle') };
}

export default async function EditExamplePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireUser(`/exempel/mina/${id}`);
  const [examples, units] = await Promise.all([listMyExamples(viewer), listOrganisationUnits(viewer)]);
  const example = examples.find((e) => e.id === id && e.status !== 'WITHDRAWN' && e.status !== 'DECLINED');
  if (!example) notFound();
  const [t, locale] = await Promise.all([getTranslations('examples'), getLocale() as Promise<Locale>]);
  return (
    <>
      <PageHeader title={t('editTitle')} lead={t('editLead')} />
      {example.reviewComment ? (
        <p className="mb-6 rounded bg-amber-50 p-3 break-words">
          <span className="font-semibold">{t('reviewerComment')}</span>{' '}
          <span lang={passageLang(locale)}>{example.reviewComment}</span>
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
