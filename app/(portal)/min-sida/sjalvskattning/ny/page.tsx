import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Markdown } from '@/components/content/markdown';
import { AssessmentForm } from '@/components/self-assessment/assessment-form';
import { PageHeader } from '@/components/ui/page-header';
import { audienceToKey } from '@/lib/audiences';
import { requirePermission } from '@/lib/auth/guards';
import { currentQuestionnaire } from '@/lib/data/self-assessment';
import { areasFor } from '@/lib/self-assessment/questionnaire';

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
      <section aria-labelledby="levels-heading" className="my-6 rounded-lg bg-slate-50 p-4">
        <h2 id="levels-heading" className="mb-2 text-lg font-semibold">
          Så betyder svaren
        </h2>
        <dl className="space-y-2">
          {questionnaire.levels.map((level) => (
            <div key={level.score}>
              <dt className="font-medium">
                {level.score} {level.label}
              </dt>
              <dd className="text-slate-700">{level.description}</dd>
            </div>
          ))}
        </dl>
      </section>
      <AssessmentForm
        version={current.version}
        levels={questionnaire.levels}
        areas={areasFor(questionnaire, audienceToKey[me.audience])}
      />
    </>
  );
}
