'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { rescheduleAction } from '@/lib/actions/group-sessions';
import { idle } from '@/lib/actions/state';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { keepValuesOnSubmit } from '@/components/team/keep-values';

type Props = { sessionId: string; date: string; time: string; minutes: number; place: string; digital: boolean };

/** A new time or place for a session that has not begun; the invited are told by e-mail. */
export function RescheduleForm({ sessionId, date, time, minutes, place, digital }: Props) {
  const [state, action, pending] = useActionState(rescheduleAction, idle);
  const t = useTranslations('sessions');
  const err = (name: string) => state.fieldErrors?.[name]?.[0];
  return (
    <form action={action} onSubmit={keepValuesOnSubmit(action)} className="space-y-4" noValidate>
      {state.message ? <Alert tone={state.status === 'error' ? 'error' : 'success'}>{state.message}</Alert> : null}
      <input type="hidden" name="sessionId" value={sessionId} />
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label={t('newDate')} name="date" type="date" defaultValue={date} error={err('date')} required />
        <Field label={t('newTime')} name="time" type="time" defaultValue={time} error={err('time')} required />
        <Field
          label={t('minutes')}
          name="minutes"
          type="number"
          defaultValue={String(minutes)}
          error={err('minutes')}
        />
      </div>
      <Field label={t('place')} name="place" defaultValue={digital ? '' : place} error={err('place')} />
      <div className="flex items-center gap-2">
        <input type="checkbox" id="reschedule-digital" name="digital" defaultChecked={digital} className="size-4" />
        <label htmlFor="reschedule-digital">{t('isDigital')}</label>
      </div>
      <button type="submit" className="btn-secondary" disabled={pending}>
        {pending ? t('saving') : t('reschedule')}
      </button>
    </form>
  );
}
