'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { cancelSessionAction } from '@/lib/actions/group-sessions';
import { idle } from '@/lib/actions/state';
import { Alert } from '@/components/ui/alert';
import { TextAreaField } from '@/components/ui/field';
import { CANCEL_REASON_MAX } from '@/lib/validation/group-sessions';

/** Cancels a session that has not begun; the invited with e-mail are told, with the reason if one is given. */
export function CancelForm({ sessionId }: { sessionId: string }) {
  const [state, action, pending] = useActionState(cancelSessionAction, idle);
  const t = useTranslations('sessions');
  return (
    // The key remounts the field after a refusal, so it shows what was sent.
    <form action={action} className="space-y-4" noValidate key={JSON.stringify(state.values ?? null)}>
      {state.message ? <Alert tone="error">{state.message}</Alert> : null}
      <input type="hidden" name="sessionId" value={sessionId} />
      <TextAreaField
        label={t('cancelMessage')}
        name="reason"
        rows={3}
        defaultValue={state.values?.reason ?? ''}
        error={state.fieldErrors?.reason?.[0]}
        hint={t('cancelHint', { max: CANCEL_REASON_MAX })}
      />
      <button type="submit" className="btn-secondary" disabled={pending}>
        {pending ? t('cancelling') : t('cancel')}
      </button>
    </form>
  );
}
