import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { Markdown } from '@/components/content/markdown';
import { AssessmentForm } from '@/components/self-assessment/assessment-form';
import { PageHeader } from '@/components/ui/page-header';
import { audienceToKey } from '@/lib/audiences';
import { requirePermission } from '@/lib/auth/guards';
import { currentQuestionnaire } from '@/lib/data/self-assessment';
import { areasFor } from '@/lib/self-assessment/questionnaire';
import { LevelScale } from '@/components/ui/level-scale';
import type { Locale } from '@/lib/i18n/config';
import { passageLang } from '@/lib/i18n/passage';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('selfAssessment'))('take') };
}

export default async function NewSelfAssessmentPage() {
  const me = await requirePermission('profile:own', '/min-sida/sjalvskattning/ny');
  const current = await currentQuestionnaire();
  if (!current) notFound();
  const { questionnaire } = current;
  const [t, locale] = await Promise.all([getTranslations('selfAssessment'), getLocale() as Promise<Locale>]);
  // The questionnaire is written in Swedish only.
  const sv = passageLang(locale);
  return (
    <>
      <PageHeader title={questionnaire.title} lang={sv}>
        {sv ? <p className="mt-3 text-slate-700">{t('inSwedish')}</p> : null}
      </PageHeader>
      <div lang={sv}>
        <Markdown source={current.intro} />
      </div>
      <LevelScale levels={questionnaire.levels} heading={t('levelsHeading')} lang={sv} />
      <AssessmentForm
        version={current.version}
        levels={questionnaire.levels}
        areas={areasFor(questionnaire, audienceToKey[me.audience])}
      />
    </>
  );
}
