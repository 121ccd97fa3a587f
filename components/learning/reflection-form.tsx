'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { saveReflectionAction } from '@/lib/actions/learning';
import { idle } from '@/lib/actions/state';
import { Alert } from '@/components/ui/alert';
import { LessonFields, type LessonFieldsProps } from './lesson-fields';

export function ReflectionForm({
  prompt,
  promptLang,
  saved,
  ...ref
}: LessonFieldsProps & { prompt: string; promptLang?: string; saved: string | null }) {
  const t = useTranslations('course');
  const [state, action, pending] = useActionState(saveReflectionAction, idle);
  const error = state.fieldErrors?.text?.[0];
  return (
    <form action={action} className="space-y-3">
      <LessonFields {...ref} />
      <label htmlFor="reflection" className="block text-lg font-semibold" lang={promptLang}>
        {prompt}
      </label>
      <p id="reflection-hint" className="text-sm text-slate-600">
        {t('reflectionHint')}
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
        {pending ? t('saving') : saved ? t('saveChange') : t('saveAnswer')}
      </button>
    </form>
  );
}
