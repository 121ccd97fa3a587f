'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { requestDeletionAction } from '@/lib/actions/privacy';
import { idle } from '@/lib/actions/state';
import { Alert } from '@/components/ui/alert';

export function DeletionRequestForm({ pendingSince }: { pendingSince: string | null }) {
  const t = useTranslations('myPage');
  const [state, action, pending] = useActionState(requestDeletionAction, idle);
  if (pendingSince && state.status === 'idle') {
    return <p>{t('deletionPending', { date: pendingSince })}</p>;
  }
  const error = state.fieldErrors?.reason?.[0];
  return (
    <form action={action} className="space-y-3">
      <label htmlFor="reason" className="block font-medium">
        {t('deletionReason')}
      </label>
      <textarea
        id="reason"
        name="reason"
        rows={3}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'reason-error' : undefined}
        className="w-full max-w-xl rounded border border-slate-400 p-2"
      />
      {error ? (
        <p id="reason-error" className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
      {state.message ? <Alert tone={state.status === 'error' ? 'error' : 'success'}>{state.message}</Alert> : null}
      <button type="submit" className="btn-secondary" disabled={pending}>
        {t('deletionButton')}
      </button>
    </form>
  );
}
