'use client';

import { useActionState } from 'react';
import { submitQuizAction } from '@/lib/actions/learning';
import { idle } from '@/lib/actions/state';
import { Alert } from '@/components/ui/alert';
import { ErrorSummary } from '@/components/ui/error-summary';
import { keepValuesOnSubmit } from '@/components/team/keep-values';
import { LessonFields, type LessonFieldsProps } from './lesson-fields';

/** `id` is the option's index in the quiz: the order shown is shuffled, the ids are not. */
export type PublicQuestion = { question: string; options: { id: number; text: string }[] };
type Props = LessonFieldsProps & { questions: PublicQuestion[]; passMark: number };

// Options reach the browser without the right answer; feedback comes back after grading. A
// question left unanswered is named at the top (linked) and beside it, focus moves to the list,
// and every answer already chosen stays chosen.
export function QuizForm({ questions, passMark, ...ref }: Props) {
  const [state, action, pending] = useActionState(submitQuizAction, idle);
  const result = state.data && 'feedback' in state.data ? state.data : undefined;
  const missing = questions.flatMap((_, i) => (state.fieldErrors?.[`answer-${i}`] ? [i] : []));
  const chosen = (i: number) => result?.answers[String(i)] ?? state.values?.[`answer-${i}`];
  return (
    <form
      action={action}
      onSubmit={keepValuesOnSubmit(action)}
      className="space-y-6"
      key={JSON.stringify(state.values ?? null) + String(state.nonce ?? 0)}
    >
      <LessonFields {...ref} />
      <p>
        {questions.length === 1 ? 'Svara på frågan.' : `Svara på alla ${questions.length} frågor.`} För att bli godkänd
        behöver du {Math.ceil(passMark * questions.length)} rätt.
      </p>
      {missing.length > 0 ? (
        <ErrorSummary
          message={state.message}
          answer={state}
          items={missing.map((i) => ({ href: `#question-${i}`, text: `Fråga ${i + 1}: ${questions[i]!.question}` }))}
        />
      ) : null}
      {questions.map((q, i) => {
        const feedback = result?.feedback[i];
        const error = state.fieldErrors?.[`answer-${i}`]?.[0];
        return (
          <fieldset
            key={i}
            id={`question-${i}`}
            tabIndex={-1}
            className="rounded-lg border border-slate-300 p-4"
            aria-describedby={error ? `question-${i}-error` : undefined}
          >
            <legend className="px-1 font-semibold">
              Fråga {i + 1}: {q.question}
            </legend>
            {error ? (
              <p id={`question-${i}-error`} className="mt-1 font-semibold text-red-800">
                {error}
              </p>
            ) : null}
            <div className="mt-2 space-y-2">
              {q.options.map((o) => (
                <label key={o.id} className="flex items-start gap-2">
                  <input
                    type="radio"
                    name={`answer-${i}`}
                    value={o.id}
                    defaultChecked={chosen(i) === String(o.id)}
                    className="mt-1.5"
                  />
                  <span>
                    {o.text}
                    {feedback && feedback.correctIndex === o.id ? (
                      <strong className="ml-2 text-green-900">(rätt svar)</strong>
                    ) : null}
                  </span>
                </label>
              ))}
            </div>
            {feedback ? (
              <p
                className={`mt-3 rounded p-3 ${feedback.right ? 'bg-green-50 text-green-900' : 'bg-amber-50 text-amber-950'}`}
              >
                <strong>{feedback.right ? 'Rätt. ' : 'Inte rätt. '}</strong>
                {feedback.explanation}
              </p>
            ) : null}
          </fieldset>
        );
      })}
      {state.message && missing.length === 0 ? (
        <Alert tone={state.status === 'success' ? 'success' : 'error'}>{state.message}</Alert>
      ) : null}
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? 'Rättar …' : result ? 'Skicka in igen' : 'Skicka in svaren'}
      </button>
    </form>
  );
}
