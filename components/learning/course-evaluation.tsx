import { getTranslations } from 'next-intl/server';
import { getEvaluationState } from '@/lib/data/course-evaluations';
import { EvaluationForm } from './evaluation-form';

type Props = { userId: string; course: { id: string; slug: string } };

/** After the course is completed: the optional evaluation, or a thank-you once it is answered. */
export async function CourseEvaluation({ userId, course }: Props) {
  const [state, t] = await Promise.all([getEvaluationState(userId, course.id), getTranslations('course')]);
  if (state === 'not-completed') return null;
  return (
    <section aria-labelledby="evaluation-heading" id="utvardering" className="mt-8 rounded-lg bg-slate-50 p-5">
      <h2 id="evaluation-heading" className="mb-2 text-xl font-semibold">
        {t('evaluationHeading')}
      </h2>
      {state === 'answered' ? (
        <p role="status">{t('evaluationAnswered')}</p>
      ) : (
        <>
          <p className="mb-4 text-slate-700">{t('evaluationIntro')}</p>
          <EvaluationForm courseId={course.id} courseSlug={course.slug} />
        </>
      )}
    </section>
  );
}
