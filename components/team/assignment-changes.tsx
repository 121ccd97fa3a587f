'use client';

import { useActionState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { changeDueAction, withdrawAssignmentAction } from '@/lib/actions/assignments';
import { idle, type ActionState } from '@/lib/actions/state';
import { Alert } from '@/components/ui/alert';
import type { Locale } from '@/lib/i18n/config';
import { passageLang } from '@/lib/i18n/passage';
import { describedBy, FieldError, inputClass } from './form-bits';

export type ChangeableAssignment = {
  assignmentId: string;
  /** The course's title in the manager's language where it has one, and the language it is in. */
  title: string;
  titleLang: Locale;
  /** The current due day ('2027-01-31'), or null. */
  dueDay: string | null;
  fromRule: boolean;
};

/**
 * Per assigned course: a new due date or a withdrawal, each its own small form inside a
 * disclosure (native <details>, so it opens without JavaScript too).
 */
export function AssignmentChanges({
  items,
  today,
  latest,
}: {
  items: ChangeableAssignment[];
  today: string;
  latest: string;
}) {
  // One withdrawal state for the whole list: the withdrawn course leaves the list, its answer stays.
  const [withdrawal, withdraw, withdrawing] = useActionState(withdrawAssignmentAction, idle);
  const t = useTranslations('person');
  const locale = useLocale();
  return (
    <div className="space-y-3">
      {withdrawal.message ? (
        <Alert tone={withdrawal.status === 'error' ? 'error' : 'success'}>{withdrawal.message}</Alert>
      ) : null}
      <ul className="space-y-2">
        {items.map((item) => (
          <li key={item.assignmentId}>
            <details className="rounded border border-slate-300 p-3">
              <summary className="cursor-pointer font-medium">
                <span lang={passageLang(locale, item.titleLang)}>{item.title}</span>
                {t('changeSummary')}
              </summary>
              <div className="mt-4 grid gap-6 md:grid-cols-2">
                <ChangeDueForm item={item} today={today} latest={latest} />
                <WithdrawForm
                  item={item}
                  action={withdraw}
                  pending={withdrawing}
                  state={withdrawal.values?.assignmentId === item.assignmentId ? withdrawal : idle}
                />
              </div>
            </details>
          </li>
        ))}
      </ul>
    </div>
  );
}

function ChangeDueForm({ item, today, latest }: { item: ChangeableAssignment; today: string; latest: string }) {
  const [state, action, pending] = useActionState(changeDueAction, idle);
  const t = useTranslations('person');
  const id = `due-${item.assignmentId}`;
  const error = state.fieldErrors?.dueDate?.[0];
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="assignmentId" value={item.assignmentId} />
      {state.message ? <Alert tone={state.status === 'error' ? 'error' : 'success'}>{state.message}</Alert> : null}
      <div>
        <label htmlFor={id} className="mb-1 block font-medium">
          {t('newDue')}
        </label>
        <p id={`${id}-hint`} className="mb-1 text-sm text-slate-700">
          {t('newDueHint')}
          {item.fromRule ? ` ${t('newDueRule')}` : ''}
        </p>
        <input
          id={id}
          name="dueDate"
          type="date"
          min={today}
          max={latest}
          defaultValue={state.values?.dueDate ?? item.dueDay ?? ''}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(`${id}-hint`, error && `${id}-error`)}
          className={inputClass}
        />
        <FieldError id={`${id}-error`} error={error} />
      </div>
      <button type="submit" className="btn-secondary" disabled={pending}>
        {pending ? t('saving') : t('saveDue')}
      </button>
    </form>
  );
}

type WithdrawProps = {
  item: ChangeableAssignment;
  action: (form: FormData) => void;
  pending: boolean;
  /** The list's withdrawal state when it is about this course (its field error, what was typed). */
  state: ActionState;
};

function WithdrawForm({ item, action, pending, state }: WithdrawProps) {
  const t = useTranslations('person');
  const id = `reason-${item.assignmentId}`;
  const error = state.fieldErrors?.reason?.[0];
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="assignmentId" value={item.assignmentId} />
      <div>
        <label htmlFor={id} className="mb-1 block font-medium">
          {t('reasonLabel')}
        </label>
        <p id={`${id}-hint`} className="mb-1 text-sm text-slate-700">
          {t('reasonHint')}
        </p>
        <textarea
          id={id}
          name="reason"
          rows={2}
          maxLength={500}
          required
          defaultValue={state.values?.reason ?? ''}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(`${id}-hint`, error && `${id}-error`)}
          className={inputClass}
        />
        <FieldError id={`${id}-error`} error={error} />
      </div>
      <button type="submit" className="btn-secondary" disabled={pending}>
        {pending ? t('withdrawing') : t('withdraw')}
      </button>
    </form>
  );
}
