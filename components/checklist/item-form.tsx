'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { saveChecklistItemAction } from '@/lib/actions/checklist';
import { idle } from '@/lib/actions/state';
import { Alert } from '@/components/ui/alert';
import { checklistStates } from '@/lib/validation/checklist';
import { ErrorText, Field, Hint, TextAreaField, describedBy } from '@/components/ui/field';

export type ItemFormSaved = {
  version: number;
  status: string;
  reason: string;
  responsibleId: string;
  responsibleName: string | null;
  dueAt: string;
  evidenceText: string;
  evidenceLinks: string;
};

type Props = {
  checklistId: string;
  itemKey: string;
  saved: ItemFormSaved;
  people: { id: string; label: string }[];
  /** Managers change items they are responsible for, but not who is responsible. */
  mayAssign: boolean;
};

export function ItemForm({ checklistId, itemKey, saved, people, mayAssign }: Props) {
  const [state, action, pending] = useActionState(saveChecklistItemAction, idle);
  const t = useTranslations('checklist');
  const states = useTranslations('labels.checklistState');
  const assignHint = t('form.responsibleHint');
  // After an error or a conflict the form shows what this person entered; after a save, what is saved.
  const v = state.values ?? { ...saved, version: String(saved.version) };
  const err = (field: string) => state.fieldErrors?.[field]?.[0];
  const statusError = err('status');
  const options =
    people.some((p) => p.id === saved.responsibleId) || !saved.responsibleId
      ? people
      : [{ id: saved.responsibleId, label: t('form.inactive', { name: saved.responsibleName ?? '' }) }, ...people];
  return (
    <div className="space-y-4">
      {state.message ? <Alert tone={state.status === 'error' ? 'error' : 'success'}>{state.message}</Alert> : null}
      <form key={state.nonce ?? 'first'} action={action} className="max-w-2xl space-y-5" noValidate>
        <input type="hidden" name="checklistId" value={checklistId} />
        <input type="hidden" name="itemKey" value={itemKey} />
        <input type="hidden" name="version" value={v.version} />
        <fieldset aria-describedby={statusError ? 'status-error' : undefined}>
          <legend className="mb-1 font-medium">{t('status')}</legend>
          <div className="flex flex-wrap gap-x-6 gap-y-2">
            {checklistStates.map((s) => (
              <label key={s} className="flex items-center gap-2">
                <input type="radio" name="status" value={s} defaultChecked={v.status === s} />
                {states(s)}
              </label>
            ))}
          </div>
          <ErrorText id="status" error={statusError} />
        </fieldset>
        <TextAreaField
          id="reason"
          name="reason"
          label={t('form.reasonLabel')}
          hint={t('form.reasonHint')}
          rows={2}
          defaultValue={v.reason}
          error={err('reason')}
        />
        {mayAssign ? (
          <div>
            <label htmlFor="responsibleId" className="mb-1 block font-medium">
              {t('responsible')}
            </label>
            <Hint id="responsibleId" hint={assignHint} />
            <select
              id="responsibleId"
              name="responsibleId"
              defaultValue={v.responsibleId}
              aria-invalid={err('responsibleId') ? true : undefined}
              aria-describedby={describedBy({ id: 'responsibleId', hint: assignHint, error: err('responsibleId') })}
              className="w-full rounded border border-slate-400 px-3 py-2"
            >
              <option value="">{t('form.noResponsible')}</option>
              {options.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.label}
                </option>
              ))}
            </select>
            <ErrorText id="responsibleId" error={err('responsibleId')} />
          </div>
        ) : (
          <p>
            <span className="font-medium">{t('responsible')}:</span>{' '}
            {t('form.responsibleFixed', { name: saved.responsibleName ?? t('nobody') })}
            <input type="hidden" name="responsibleId" value={saved.responsibleId} />
          </p>
        )}
        <Field
          id="dueAt"
          name="dueAt"
          type="date"
          label={t('dueOn')}
          hint={t('form.dueHint')}
          defaultValue={v.dueAt}
          error={err('dueAt')}
        />
        <TextAreaField
          id="evidenceText"
          name="evidenceText"
          label={t('evidence')}
          hint={t('form.evidenceHint')}
          rows={5}
          defaultValue={v.evidenceText}
          error={err('evidenceText')}
        />
        <TextAreaField
          id="evidenceLinks"
          name="evidenceLinks"
          label={t('form.linksLabel')}
          hint={t('form.linksHint')}
          rows={3}
          defaultValue={v.evidenceLinks}
          error={err('evidenceLinks')}
        />
        <button type="submit" className="btn-primary" disabled={pending}>
          {pending ? t('form.saving') : t('form.save')}
        </button>
      </form>
    </div>
  );
}
