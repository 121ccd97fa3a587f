import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Markdown } from '@/components/content/markdown';
import { AssessmentForm } from '@/components/self-assessment/assessment-form';
import { PageHeader } from '@/components/ui/page-header';
import { audienceToKey } from '@/lib/audiences';
import { requirePermission } from '@/lib/auth/guards';
import { currentQuestionnaire } from '@/lib/data/self-assessment';
import { areasFor } from '@/lib/self-assessment/questionnaire';
import { LevelScale } from '@/components/ui/level-scale';

export const metadata: Metadata = { title: 'Gör självskattningen' };

export default async function NewSelfAssessmentPage() {
  const me = await requirePermission('profile:own', '/min-sida/sjalvskattning/ny');
  const current = await currentQuestionnaire();
  if (!current) notFound();
  const { questionnaire } = current;
  return (
    <>
      <PageHeader title={questionnaire.title} />
      <Markdown source={current.intro} />
      <LevelScale levels={questionnaire.levels} heading="Så betyder svaren" />
      <AssessmentForm
        version={current.version}
        levels={questionnaire.levels}
        areas={areasFor(questionnaire, audienceToKey[me.audience])}
      />
    </>
  );
}
