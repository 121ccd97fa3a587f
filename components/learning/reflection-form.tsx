'use client';

import { useActionState } from 'react';
import { saveReflectionAction } from '@/lib/actions/learning';
import { idle } from '@/lib/actions/state';
import { Alert } from '@/components/ui/alert';
import { LessonFields, type LessonFieldsProps } from './lesson-fields';

export function ReflectionForm({
  prompt,
  saved,
  ...ref
}: LessonFieldsProps & { prompt: string; saved: string | null }) {
  const [state, action, pending] = useActionState(saveReflectionAction, idle);
  const error = state.fieldErrors?.text?.[0];
  return (
    <form action={action} className="space-y-3">
      <LessonFields {...ref} />
      <label htmlFor="reflection" className="block text-lg font-semibold">
        {prompt}
      </label>
      <p id="reflection-hint" className="text-sm text-slate-600">
        Ditt svar är privat. Bara du kan läsa det – inte din chef och inte statistiken. Högst 5 000 tecken.
      </p>
      <textarea
        id="reflection"
        name="text"
        rows={8}
        defaultValue={saved ?? ''}
        aria-describedby={error ? 'reflection-hint reflection-error' : 'reflection-hint'}
        aria-invalid={error ? true : undefined}
        className="w-full rounded border border-slate-400 p-3"
      />
      {error ? (
        <p id="reflection-error" className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
      {state.message && !error ? (
        <Alert tone={state.status === 'error' ? 'error' : 'success'}>{state.message}</Alert>
      ) : null}
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? 'Sparar …' : saved ? 'Spara ändringen' : 'Spara mitt svar'}
      </button>
    </form>
  );
}
