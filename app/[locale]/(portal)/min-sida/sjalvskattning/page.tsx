import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { LatestResult, Recommendations, RoundHistory } from '@/components/self-assessment/assessment-result';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/auth/guards';
import { getMyAssessment } from '@/lib/data/self-assessment';
import type { Locale } from '@/lib/i18n/config';
import { passageLang } from '@/lib/i18n/passage';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('selfAssessment'))('title') };
}

type Props = { searchParams: Promise<{ sparad?: string }> };

export default async function SelfAssessmentPage({ searchParams }: Props) {
  const me = await requirePermission('profile:own', '/min-sida/sjalvskattning');
  const locale = (await getLocale()) as Locale;
  const [{ current, rounds, latest, change, recommendations }, t] = await Promise.all([
    getMyAssessment(me, locale),
    getTranslations('selfAssessment'),
  ]);
  const saved = (await searchParams).sparad === '1';
  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')}>
        {current ? (
          <p className="mt-4">
            <Link href="/min-sida/sjalvskattning/ny" className="btn-primary no-underline hover:text-white">
              {latest ? t('again') : t('take')}
            </Link>
          </p>
        ) : (
          <p className="mt-4">{t('missing')}</p>
        )}
        {current && passageLang(locale) ? <p className="mt-3 text-sm text-slate-700">{t('inSwedish')}</p> : null}
      </PageHeader>
      {saved ? (
        <div className="mb-6">
          <Alert tone="success">{t('saved')}</Alert>
        </div>
      ) : null}
      {latest ? (
        <div className="space-y-10">
          <section aria-labelledby="result-heading">
            <h2 id="result-heading" className="mb-3 text-xl font-semibold">
              {t('resultHeading')}
            </h2>
            <LatestResult latest={latest} changes={change} />
          </section>
          <section aria-labelledby="next-heading">
            <h2 id="next-heading" className="mb-3 text-xl font-semibold">
              {t('nextHeading')}
            </h2>
            <Recommendations items={recommendations} />
          </section>
          {rounds.length > 1 ? (
            <section aria-labelledby="history-heading">
              <h2 id="history-heading" className="mb-3 text-xl font-semibold">
                {t('historyHeading')}
              </h2>
              <RoundHistory rounds={rounds} />
            </section>
          ) : null}
        </div>
      ) : current ? (
        <p>{t('notYet')}</p>
      ) : null}
    </>
  );
}
