'use client';

import { useActionState } from 'react';
import { submitQuizAction } from '@/lib/actions/learning';
import { idle } from '@/lib/actions/state';
import { Alert } from '@/components/ui/alert';
import { LessonFields, type LessonFieldsProps } from './lesson-fields';

export type PublicQuestion = { question: string; options: { text: string }[] };
type Props = LessonFieldsProps & { questions: PublicQuestion[]; passMark: number };

// Options reach the browser without the right answer; feedback comes back after grading.
export function QuizForm({ questions, passMark, ...ref }: Props) {
  const [state, action, pending] = useActionState(submitQuizAction, idle);
  const result = state.data;
  return (
    <form action={action} className="space-y-6">
      <LessonFields {...ref} />
      <p>
        Svara på alla {questions.length} frågor. För att bli godkänd behöver du {Math.ceil(passMark * questions.length)}{' '}
        rätt.
      </p>
      {questions.map((q, i) => {
        const feedback = result?.feedback[i];
        return (
          <fieldset key={i} className="rounded-lg border border-slate-300 p-4">
            <legend className="px-1 font-semibold">
              Fråga {i + 1}: {q.question}
            </legend>
            <div className="mt-2 space-y-2">
              {q.options.map((o, j) => (
                <label key={j} className="flex items-start gap-2">
                  <input
                    type="radio"
                    name={`answer-${i}`}
                    value={j}
                    defaultChecked={result?.answers[String(i)] === String(j)}
                    className="mt-1.5"
                  />
                  <span>
                    {o.text}
                    {feedback && feedback.correctIndex === j ? (
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
      {state.message ? <Alert tone={state.status === 'success' ? 'success' : 'error'}>{state.message}</Alert> : null}
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? 'Rättar …' : result ? 'Skicka in igen' : 'Skicka in svaren'}
      </button>
    </form>
  );
}
