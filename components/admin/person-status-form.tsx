'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { setPersonActiveAction } from '@/lib/actions/admin-people';
import { idle } from '@/lib/actions/state';

/** Deactivate or reactivate. People are never deleted: their history stays. */
export function PersonStatusForm({
  id,
  active,
  isSelf,
  deletedByProvider,
}: {
  id: string;
  active: boolean;
  isSelf: boolean;
  /** Deleted by the organisation's provisioning (SCIM): say so, as it explains the deactivation. */
  deletedByProvider: boolean;
}) {
  const [state, formAction, pending] = useActionState(setPersonActiveAction, idle);
  const t = useTranslations('adminPeople.status');
  return (
    <form action={formAction} className="space-y-3">
      {state.message ? <Alert tone={state.status === 'error' ? 'error' : 'success'}>{state.message}</Alert> : null}
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="active" value={active ? 'false' : 'true'} />
      {active ? (
        <p className="text-slate-700">{t('activeText')}</p>
      ) : (
        <p className="text-slate-700">{deletedByProvider ? t('deletedByProvider') : t('inactiveText')}</p>
      )}
      {isSelf && active ? (
        <p className="text-slate-700">{t('self')}</p>
      ) : (
        <button type="submit" className="btn-secondary" disabled={pending}>
          {active ? t('deactivate') : t('reactivate')}
        </button>
      )}
    </form>
  );
}
