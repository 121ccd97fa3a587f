import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { ExampleMedia } from '@/components/examples/example-media';
import { ReviewForm } from '@/components/examples/review-form';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/auth/guards';
import { listExamplesForReview } from '@/lib/data/learning-examples';
import type { Locale } from '@/lib/i18n/config';
import { passageLang } from '@/lib/i18n/passage';
import { isTopicKey } from '@/lib/labels';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('examples'))('reviewTitle') };
}

const decisions = ['APPROVED', 'CHANGES_REQUESTED', 'DECLINED'] as const;
const isDecision = (value: string | undefined): value is (typeof decisions)[number] =>
  (decisions as readonly (string | undefined)[]).includes(value);

type Props = { searchParams: Promise<{ beslut?: string }> };

export default async function ReviewExamplesPage({ searchParams }: Props) {
  const viewer = await requirePermission('examples:review', '/exempel/granska');
  const [examples, { beslut }, t, labels, locale] = await Promise.all([
    listExamplesForReview(viewer),
    searchParams,
    getTranslations('examples'),
    getTranslations('labels'),
    getLocale() as Promise<Locale>,
  ]);
  const said = isDecision(beslut) ? t(`decided.${beslut}`) : undefined;
  // What colleagues wrote is in Swedish, and marked so inside another language's page.
  const written = passageLang(locale);
  return (
    <>
      <PageHeader title={t('reviewTitle')} lead={t('reviewLead')} />
      {said ? <Alert tone="success">{said}</Alert> : null}
      {examples.length === 0 ? (
        <p>{t('nothingToReview')}</p>
      ) : (
        <ul className="space-y-6">
          {examples.map((e) => (
            <li key={e.id} className="rounded-lg border border-slate-300 p-4">
              <h2 className="text-lg font-semibold break-words" lang={written}>
                {e.title}
              </h2>
              <p className="text-sm text-slate-700">
                <span lang={written}>{e.byline}</span> · {e.unitName ?? t('noUnit')} ·{' '}
                {e.topics.map((key) => (isTopicKey(key) ? labels(`topic.${key}`) : key)).join(', ')}
              </p>
              <h3 className="mt-3 font-semibold">{t('what')}</h3>
              <p className="break-words whitespace-pre-line" lang={written}>
                {e.what}
              </p>
              <h3 className="mt-3 font-semibold">{t('learned')}</h3>
              <p className="break-words whitespace-pre-line" lang={written}>
                {e.learned}
              </p>
              {e.changed ? (
                <>
                  <h3 className="mt-3 font-semibold">{t('changed')}</h3>
                  <p className="break-words whitespace-pre-line" lang={written}>
                    {e.changed}
                  </p>
                </>
              ) : null}
              <ExampleMedia image={e.image} film={e.film} />
              <ReviewForm exampleId={e.id} title={e.title} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
