'use client';

import { useActionState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { submitQuizAction } from '@/lib/actions/learning';
import { idle } from '@/lib/actions/state';
import { Alert } from '@/components/ui/alert';
import { ErrorSummary } from '@/components/ui/error-summary';
import { keepValuesOnSubmit } from '@/components/team/keep-values';
import { LessonFields, type LessonFieldsProps } from './lesson-fields';

/** `id` is the option's index in the quiz: the order shown is shuffled, the ids are not. */
export type PublicQuestion = { question: string; options: { id: number; text: string }[] };
/** `textLang`: the language of the questions when it is not the page's. */
type Props = LessonFieldsProps & { questions: PublicQuestion[]; passMark: number; textLang?: string };

// Options reach the browser without the right answer; feedback comes back after grading. A
// question left unanswered is named at the top (linked) and beside it, focus moves to the list,
// and every answer already chosen stays chosen.
export function QuizForm({ questions, passMark, textLang, ...ref }: Props) {
  const t = useTranslations('course');
  const locale = useLocale();
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
        {t('answerAll', { count: questions.length })} {t('needed', { needed: Math.ceil(passMark * questions.length) })}
      </p>
      {missing.length > 0 ? (
        <ErrorSummary
          message={state.message}
          answer={state}
          items={missing.map((i) => ({
            href: `#question-${i}`,
            text: (
              <>
                {t('questionNumber', { number: i + 1 })} <span lang={textLang}>{questions[i]!.question}</span>
              </>
            ),
          }))}
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
              {t('questionNumber', { number: i + 1 })} <span lang={textLang}>{q.question}</span>
            </legend>
            {error ? (
              <p id={`question-${i}-error`} className="mt-1 font-semibold text-red-800">
                {error}
              </p>
            ) : null}
            <div className="mt-2 space-y-2" lang={textLang}>
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
                      <strong className="ml-2 text-green-900" lang={textLang ? locale : undefined}>
                        {t('rightAnswer')}
                      </strong>
                    ) : null}
                  </span>
                </label>
              ))}
            </div>
            {feedback ? (
              <p
                className={`mt-3 rounded p-3 ${feedback.right ? 'bg-green-50 text-green-900' : 'bg-amber-50 text-amber-950'}`}
              >
                <strong>{feedback.right ? t('right') : t('wrong')}</strong>{' '}
                <span lang={textLang}>{feedback.explanation}</span>
              </p>
            ) : null}
          </fieldset>
        );
      })}
      {state.message && missing.length === 0 ? (
        <Alert tone={state.status === 'success' ? 'success' : 'error'}>{state.message}</Alert>
      ) : null}
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? t('grading') : result ? t('submitAgain') : t('submit')}
      </button>
    </form>
  );
}
