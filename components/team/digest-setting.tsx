'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { digestSettingAction } from '@/lib/actions/assignments';
import { idle } from '@/lib/actions/state';
import { Alert } from '@/components/ui/alert';

export function DigestSetting({ optedOut }: { optedOut: boolean }) {
  const t = useTranslations('team');
  const [state, action, pending] = useActionState(digestSettingAction, idle);
  return (
    <form action={action} className="space-y-3">
      <div className="flex items-start gap-2">
        <input
          id="digest"
          name="digest"
          type="checkbox"
          defaultChecked={!optedOut}
          className="mt-1 size-4"
          aria-describedby="digest-hint"
        />
        <div>
          <label htmlFor="digest" className="font-medium">
            {t('digest')}
          </label>
          <p id="digest-hint" className="text-sm text-slate-700">
            {t('digestHint')}
          </p>
        </div>
      </div>
      {state.message ? <Alert tone={state.status === 'error' ? 'error' : 'success'}>{state.message}</Alert> : null}
      <button type="submit" className="btn-secondary" disabled={pending}>
        {t('digestSave')}
      </button>
    </form>
  );
}
