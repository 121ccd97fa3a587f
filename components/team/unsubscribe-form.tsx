'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { unsubscribeAction } from '@/lib/actions/assignments';
import { idle } from '@/lib/actions/state';
import { Alert } from '@/components/ui/alert';

// A button rather than a bare link: mail scanners open links, and a click must be a person's.
export function UnsubscribeForm({ person, token }: { person: string; token: string }) {
  const [state, action, pending] = useActionState(unsubscribeAction, idle);
  const t = useTranslations('team');
  if (state.status === 'success') return <Alert tone="success">{state.message}</Alert>;
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="person" value={person} />
      <input type="hidden" name="token" value={token} />
      {state.message ? <Alert tone="error">{state.message}</Alert> : null}
      <button type="submit" className="btn-primary" disabled={pending}>
        {t('unsubscribeButton')}
      </button>
    </form>
  );
}
