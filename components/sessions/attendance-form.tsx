'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { attendanceAction } from '@/lib/actions/group-sessions';
import { idle } from '@/lib/actions/state';
import { Alert } from '@/components/ui/alert';
import { TextAreaField } from '@/components/ui/field';
import { keepValuesOnSubmit } from '@/components/team/keep-values';

type Props = {
  sessionId: string;
  people: { id: string; name: string; unitName: string | null; hasEmail: boolean }[];
  present: string[] | null;
  notes: string;
};

/**
 * Who took part. Before anything is recorded everyone is ticked, so the usual case is one click
 * and the exceptions are unticked; after that the form shows what was recorded, to correct it.
 */
export function AttendanceForm({ sessionId, people, present, notes }: Props) {
  const [state, action, pending] = useActionState(attendanceAction, idle);
  const t = useTranslations('sessions');
  const tickAll = (on: boolean) => (event: React.MouseEvent<HTMLButtonElement>) =>
    event.currentTarget.form
      ?.querySelectorAll<HTMLInputElement>('input[name=present]')
      .forEach((box) => (box.checked = on));
  return (
    <form action={action} onSubmit={keepValuesOnSubmit(action)} className="space-y-4" noValidate>
      {state.message ? <Alert tone={state.status === 'error' ? 'error' : 'success'}>{state.message}</Alert> : null}
      <input type="hidden" name="sessionId" value={sessionId} />
      <fieldset className="rounded-lg border border-slate-300 p-4">
        <legend className="px-1 font-semibold">{t('presentLegend', { count: people.length })}</legend>
        <p className="mb-2 flex flex-wrap gap-3">
          <button type="button" className="btn-secondary" onClick={tickAll(true)}>
            {t('allPresent')}
          </button>
          <button type="button" className="btn-secondary" onClick={tickAll(false)}>
            {t('nonePresent')}
          </button>
        </p>
        <ul className="space-y-1">
          {people.map((p) => (
            <li key={p.id} className="flex items-center gap-2">
              <input
                type="checkbox"
                id={`present-${p.id}`}
                name="present"
                value={p.id}
                defaultChecked={present ? present.includes(p.id) : true}
                className="size-4 shrink-0"
              />
              <label htmlFor={`present-${p.id}`} className="break-words">
                {p.name} <span className="text-slate-700">({p.unitName ?? t('noUnit')})</span>
                {p.hasEmail ? null : <span className="text-slate-700"> · {t('noEmail')}</span>}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <TextAreaField
        label={t('notes')}
        name="notes"
        rows={5}
        defaultValue={notes}
        hint={t('notesHint')}
        error={state.fieldErrors?.notes?.[0]}
      />
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? t('saving') : t('saveAttendance')}
      </button>
    </form>
  );
}
