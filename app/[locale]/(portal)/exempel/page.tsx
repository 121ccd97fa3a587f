import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ExampleList } from '@/components/examples/example-list';
import { PageHeader } from '@/components/ui/page-header';
import { SelectField } from '@/components/ui/select-field';
import { getViewer } from '@/lib/auth/guards';
import { can } from '@/lib/auth/permissions';
import { listPublishedExamples } from '@/lib/data/learning-examples';
import { listTopUnits } from '@/lib/data/learning-example-units';
import { audienceKey, topicKey } from '@/lib/validation/content';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('examples'))('title') };
}

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
  const [examples, t, labels] = await Promise.all([
    listPublishedExamples(viewer, { topic, audience, unitPath: administration?.path }),
    getTranslations('examples'),
    getTranslations('labels'),
  ]);
  const topicOptions = topicKey.options.map((key) => ({ value: key, label: labels(`topic.${key}`) }));
  const audienceOptions = audienceKey.options.map((key) => ({ value: key, label: labels(`audienceKey.${key}`) }));
  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')}>
        {viewer ? (
          <p className="mt-4 flex flex-wrap gap-x-6 gap-y-2">
            <Link href="/exempel/nytt" className="btn-primary no-underline hover:text-white">
              {t('tell')}
            </Link>
            <Link href="/exempel/mina">{t('mine')}</Link>
            {can(viewer.role, 'examples:review') ? <Link href="/exempel/granska">{t('review')}</Link> : null}
          </p>
        ) : null}
      </PageHeader>
      <form method="get" className="mb-6 grid gap-4 sm:grid-cols-4 sm:items-end" aria-label={t('filterLabel')}>
        <SelectField
          label={t('topic')}
          name="amne"
          emptyLabel={t('allTopics')}
          options={topicOptions}
          defaultValue={topic ?? ''}
        />
        <SelectField
          label={t('audience')}
          name="malgrupp"
          emptyLabel={t('all')}
          options={audienceOptions}
          defaultValue={audience ?? ''}
        />
        {viewer ? (
          <SelectField
            label={t('administration')}
            name="forvaltning"
            emptyLabel={t('allAdministrations')}
            options={administrations.map((u) => ({ value: u.id, label: u.name }))}
            defaultValue={administration?.id ?? ''}
          />
        ) : null}
        <button type="submit" className="btn-secondary">
          {t('show')}
        </button>
      </form>
      {examples.length === 0 ? <p>{t('noneMatch')}</p> : <ExampleList examples={examples} />}
    </>
  );
}
