'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { ErrorSummary } from '@/components/ui/error-summary';
import { ErrorText, TextAreaField, describedBy } from '@/components/ui/field';
import { handleDeletionRequestAction } from '@/lib/actions/privacy';
import { idle } from '@/lib/actions/state';
import { ANSWER_MAX } from '@/lib/validation/deletion-requests';
import type { Locale } from '@/lib/i18n/config';
import { formatCount } from '@/lib/numbers';

// The outcomes in the order the form offers them.
const outcomes = ['ERASED', 'PARTLY_ERASED', 'REFUSED'] as const;

/** The administrator's decision on one request: an outcome and the answer the person reads on Min sida. */
export function DeletionHandlingForm({ requestId }: { requestId: string }) {
  const t = useTranslations('adminRecords.deletionForm');
  const locale = useLocale() as Locale;
  const fieldNames: Record<string, string> = { outcome: t('outcomeLegend'), answer: t('answerLabel') };
  const [state, action, pending] = useActionState(handleDeletionRequestAction, idle);
  const values = state.values ?? {};
  const outcomeError = state.fieldErrors?.outcome?.[0];
  const problems = Object.keys(state.fieldErrors ?? {}).filter((field) => fieldNames[field]);
  return (
    <form action={action} noValidate className="max-w-2xl space-y-6" key={state.nonce ?? 0}>
      {state.status === 'error' ? (
        <ErrorSummary
          message={state.message}
          answer={state}
          items={problems.map((field) => ({ href: `#${field}`, text: fieldNames[field]! }))}
        />
      ) : null}
      <input type="hidden" name="requestId" value={requestId} />
      <fieldset
        id="outcome"
        tabIndex={-1}
        aria-describedby={describedBy({ id: 'outcome', error: outcomeError })}
        className="space-y-3"
      >
        <legend className="mb-1 font-medium">{fieldNames.outcome}</legend>
        {outcomes.map((value) => (
          <div key={value} className="flex items-start gap-2">
            <input
              type="radio"
              id={`outcome-${value}`}
              name="outcome"
              value={value}
              defaultChecked={values.outcome === value}
              aria-describedby={`outcome-${value}-hint`}
              className="mt-1 size-4 shrink-0"
            />
            <div>
              <label htmlFor={`outcome-${value}`} className="font-medium">
                {t(`choices.${value}`)}
              </label>
              <p id={`outcome-${value}-hint`} className="text-sm text-slate-700">
                {t(`explanations.${value}`)}
              </p>
            </div>
          </div>
        ))}
        <ErrorText id="outcome" error={outcomeError} />
      </fieldset>
      <TextAreaField
        label={fieldNames.answer!}
        name="answer"
        rows={6}
        defaultValue={values.answer}
        error={state.fieldErrors?.answer?.[0]}
        hint={t('answerHint', { max: formatCount(ANSWER_MAX, locale) })}
      />
      <p className="text-sm text-slate-700">{t('final')}</p>
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? t('saving') : t('submit')}
      </button>
    </form>
  );
}
