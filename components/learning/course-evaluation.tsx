import { getEvaluationState } from '@/lib/data/course-evaluations';
import { EvaluationForm } from './evaluation-form';

type Props = { userId: string; course: { id: string; slug: string } };

/** After the course is completed: the optional evaluation, or a thank-you once it is answered. */
export async function CourseEvaluation({ userId, course }: Props) {
  const state = await getEvaluationState(userId, course.id);
  if (state === 'not-completed') return null;
  return (
    <section aria-labelledby="evaluation-heading" id="utvardering" className="mt-8 rounded-lg bg-slate-50 p-5">
      <h2 id="evaluation-heading" className="mb-2 text-xl font-semibold">
        Utvärdera kursen
      </h2>
      {state === 'answered' ? (
        <p role="status">Du har utvärderat kursen. Tack för ditt svar!</p>
      ) : (
        <>
          <p className="mb-4 text-slate-700">
            Du har gått klart kursen. Vill du berätta vad du tyckte? Det är frivilligt och tar en minut. Svaret sparas
            utan ditt namn och bara med månaden, så redaktionen kan inte se vem som har svarat.
          </p>
          <EvaluationForm courseId={course.id} courseSlug={course.slug} />
        </>
      )}
    </section>
  );
}
