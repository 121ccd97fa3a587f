import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { MyExampleActions } from '@/components/examples/my-example-actions';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { requireUser } from '@/lib/auth/guards';
import { listMyExamples } from '@/lib/data/learning-examples';
import type { Locale } from '@/lib/i18n/config';
import { passageLang } from '@/lib/i18n/passage';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('examples'))('mineTitle') };
}

type Props = { searchParams: Promise<{ skickat?: string; andrat?: string; aterkallat?: string }> };

export default async function MyExamplesPage({ searchParams }: Props) {
  const viewer = await requireUser('/exempel/mina');
  const [examples, params, t, locale] = await Promise.all([
    listMyExamples(viewer),
    searchParams,
    getTranslations('examples'),
    getLocale() as Promise<Locale>,
  ]);
  // What the person wrote, and the strategist's comment, are theirs: in Swedish as far as the page knows.
  const written = passageLang(locale);
  return (
    <>
      <PageHeader title={t('mineTitle')} lead={t('mineLead')}>
        <p className="mt-4">
          <Link href="/exempel/nytt" className="btn-primary no-underline hover:text-white">
            {t('tellNew')}
          </Link>
        </p>
      </PageHeader>
      {params.aterkallat ? <Alert tone="success">{t('withdrawn')}</Alert> : null}
      {params.skickat || params.andrat ? <Alert tone="success">{t('sent')}</Alert> : null}
      {examples.length === 0 ? (
        <p>{t('noneYet')}</p>
      ) : (
        <ul className="mt-6 space-y-4">
          {examples.map((e) => (
            <li key={e.id} className="rounded-lg border border-slate-300 p-4">
              <h2 className="text-lg font-semibold break-words" lang={written}>
                {e.title}
              </h2>
              <p>
                <strong>{t(`status.${e.status}`)}</strong>
                {e.status === 'APPROVED' ? (
                  <>
                    {' '}
                    · <Link href={`/exempel/${e.id}`}>{t('showExample')}</Link>
                  </>
                ) : null}
                {' · '}
                {e.showName ? t('nameShown') : t('asColleague')}
              </p>
              {e.reviewComment && e.status !== 'APPROVED' ? (
                <p className="mt-2 rounded bg-amber-50 p-3 break-words">
                  <span className="font-semibold">{t('reviewerComment')}</span>{' '}
                  <span lang={written}>{e.reviewComment}</span>
                </p>
              ) : null}
              {e.status === 'WITHDRAWN' || e.status === 'DECLINED' ? null : (
                <>
                  <p className="mt-2">
                    <Link href={`/exempel/mina/${e.id}`}>
                      {t('edit')}
                      <span className="sr-only" lang={written}>
                        {' '}
                        {e.title}
                      </span>
                    </Link>
                    {e.status === 'APPROVED' ? t('editApproved') : ''}
                  </p>
                  <MyExampleActions exampleId={e.id} showName={e.showName} title={e.title} />
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
