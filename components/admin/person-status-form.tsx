'use client';

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
  return (
    <form action={formAction} className="space-y-3">
      {state.message ? <Alert tone={state.status === 'error' ? 'error' : 'success'}>{state.message}</Alert> : null}
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="active" value={active ? 'false' : 'true'} />
      {active ? (
        <p className="text-slate-700">
          En inaktiverad person kan inte logga in och räknas inte bland aktiv personal. Allt personen har gjort finns
          kvar.
        </p>
      ) : (
        <p className="text-slate-700">
          {deletedByProvider
            ? 'Er identitetsleverantör har tagit bort personen (provisioneringen), så hen är inaktiverad och kan inte logga in. Återaktiverar du personen syns hen för leverantören igen.'
            : 'Personen är inaktiverad och kan inte logga in.'}
        </p>
      )}
      {isSelf && active ? (
        <p className="text-slate-700">Du kan inte inaktivera dig själv.</p>
      ) : (
        <button type="submit" className="btn-secondary" disabled={pending}>
          {active ? 'Inaktivera personen' : 'Återaktivera personen'}
        </button>
      )}
    </form>
  );
}
