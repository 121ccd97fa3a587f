'use client';

import { useActionState, useRef } from 'react';
import { useTranslations } from 'next-intl';
import { remindAction } from '@/lib/actions/assignments';
import { idle } from '@/lib/actions/state';
import { Alert } from '@/components/ui/alert';

/** Wraps the team table so its boxes pick the people to remind; the server limits one reminder per person and day. */
export function ReminderForm({
  children,
  single,
}: {
  children?: React.ReactNode;
  single?: { id: string; name: string };
}) {
  const t = useTranslations('team');
  const [state, action, pending] = useActionState(remindAction, idle);
  const form = useRef<HTMLFormElement>(null);
  const selectAll = () =>
    form.current?.querySelectorAll<HTMLInputElement>('input[name="userIds"]').forEach((box) => (box.checked = true));
  return (
    <form ref={form} action={action} className="space-y-4">
      {single ? <input type="hidden" name="userIds" value={single.id} /> : null}
      {state.message ? <Alert tone={state.status === 'error' ? 'error' : 'success'}>{state.message}</Alert> : null}
      {children}
      <div className="flex flex-wrap items-center gap-3">
        {single ? null : (
          <button type="button" className="btn-secondary" onClick={selectAll}>
            {t('selectAll')}
          </button>
        )}
        <button type="submit" className="btn-primary" disabled={pending}>
          {single ? t('remindOne', { name: single.name }) : t('remindChosen')}
        </button>
        <span className="text-sm text-slate-700">{t('remindNote')}</span>
      </div>
    </form>
  );
}
