'use client';

import { useActionState } from 'react';
import { ErrorSummary } from '@/components/ui/error-summary';
import { ErrorText, TextAreaField, describedBy } from '@/components/ui/field';
import { handleDeletionRequestAction } from '@/lib/actions/privacy';
import { idle } from '@/lib/actions/state';
import { deletionChoiceLabels, optionsOf } from '@/lib/labels';
import { ANSWER_MAX } from '@/lib/validation/deletion-requests';
import { formatCount } from '@/lib/numbers';

const explanations = {
  ERASED:
    'Personens namn, e-postadress, anställningsnummer, lösenord och kön tas bort, och hen kan inte logga in längre. Reflektioner, självskattningar, försök i kunskapskontroller och opublicerade lärande exempel raderas. Genomförda kurser och tilldelningar finns kvar utan namn.',
  PARTLY_ERASED:
    'Portalen ändrar inga uppgifter vid det här valet. Skriv i svaret vilka uppgifter som måste sparas och varför, och vad som raderas.',
  REFUSED: 'Inget raderas. Skriv varför i svaret.',
} as const;

const fieldNames: Record<string, string> = { outcome: 'Vad ska göras med begäran?', answer: 'Svar till personen' };

/** The administrator's decision on one request: an outcome and the answer the person reads on Min sida. */
export function DeletionHandlingForm({ requestId }: { requestId: string }) {
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
        {optionsOf(deletionChoiceLabels).map((option) => (
          <div key={option.value} className="flex items-start gap-2">
            <input
              type="radio"
              id={`outcome-${option.value}`}
              name="outcome"
              value={option.value}
              defaultChecked={values.outcome === option.value}
              aria-describedby={`outcome-${option.value}-hint`}
              className="mt-1 size-4 shrink-0"
            />
            <div>
              <label htmlFor={`outcome-${option.value}`} className="font-medium">
                {option.label}
              </label>
              <p id={`outcome-${option.value}-hint`} className="text-sm text-slate-700">
                {explanations[option.value]}
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
        hint={`Krävs om du raderar delvis eller avslår: skriv vilka uppgifter som måste sparas och varför, till exempel enligt arkivlagen. Personen läser svaret på Min sida. Efter en radering kan personen inte logga in, så ge då beskedet på annat sätt också. Högst ${formatCount(ANSWER_MAX)} tecken.`}
      />
      <p className="text-sm text-slate-700">En radering kan inte ångras.</p>
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? 'Sparar …' : 'Handlägg begäran'}
      </button>
    </form>
  );
}
