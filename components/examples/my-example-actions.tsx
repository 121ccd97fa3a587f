'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { exampleNameAction, withdrawExampleAction } from '@/lib/actions/examples';
import { idle } from '@/lib/actions/state';
import { Alert } from '@/components/ui/alert';

/** The author's own controls: the name shown, and taking the example back. */
export function MyExampleActions({
  exampleId,
  showName,
  title,
}: {
  exampleId: string;
  showName: boolean;
  title: string;
}) {
  const [nameState, nameAction, namePending] = useActionState(exampleNameAction, idle);
  const [withdrawState, withdrawAction, withdrawPending] = useActionState(withdrawExampleAction, idle);
  const t = useTranslations('examples.mineActions');
  // A withdrawal moves to the list's own message; only a refusal is said here.
  const said = withdrawState.status === 'error' ? withdrawState : nameState;
  return (
    <div className="mt-3 space-y-2">
      {said.message ? <Alert tone={said.status === 'error' ? 'error' : 'success'}>{said.message}</Alert> : null}
      <div className="flex flex-wrap gap-3">
        <form action={nameAction}>
          <input type="hidden" name="exampleId" value={exampleId} />
          {showName ? null : <input type="hidden" name="showName" value="true" />}
          <button type="submit" className="btn-secondary" disabled={namePending}>
            {showName ? t('asColleague') : t('showName')}
            <span className="sr-only">: {title}</span>
          </button>
        </form>
        <form action={withdrawAction}>
          <input type="hidden" name="exampleId" value={exampleId} />
          <button type="submit" className="btn-secondary" disabled={withdrawPending}>
            {t('withdraw')}
            <span className="sr-only"> {title}</span>
          </button>
        </form>
      </div>
    </div>
  );
}
