'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { assignmentMailSettingAction } from '@/lib/actions/account';
import { idle } from '@/lib/actions/state';
import { Alert } from '@/components/ui/alert';

/** The learner's own choice of mail about their courses; a checkbox, so it works without JavaScript. */
export function AssignmentMailSetting({ optedOut }: { optedOut: boolean }) {
  const t = useTranslations('account');
  const [state, action, pending] = useActionState(assignmentMailSettingAction, idle);
  return (
    <form action={action} className="space-y-3" key={String(optedOut)}>
      <div className="flex items-start gap-2">
        <input
          id="assignment-mail"
          name="mail"
          type="checkbox"
          defaultChecked={!optedOut}
          className="mt-1 size-4 shrink-0"
          aria-describedby="assignment-mail-hint"
        />
        <div>
          <label htmlFor="assignment-mail" className="font-medium">
            {t('mailLabel')}
          </label>
          <div id="assignment-mail-hint" className="text-sm text-slate-700">
            <p>{t('mailHint')}</p>
            <p className="mt-1">{t('mailManager')}</p>
          </div>
        </div>
      </div>
      {state.message ? <Alert tone={state.status === 'error' ? 'error' : 'success'}>{state.message}</Alert> : null}
      <button type="submit" className="btn-secondary" disabled={pending}>
        {pending ? t('saving') : t('saveSetting')}
      </button>
    </form>
  );
}
