'use client';

import { useActionState, useState } from 'react';
import { useTranslations } from 'next-intl';
import { assignAction } from '@/lib/actions/assignments';
import { idle } from '@/lib/actions/state';
import { audienceOrder } from '@/lib/audiences';
import { Alert } from '@/components/ui/alert';
import { describedBy, FieldError, inputClass, ItemSelect, type AssignableOptions } from './form-bits';
import { keepValuesOnSubmit } from './keep-values';
import { PeoplePicker } from './people-picker';

type Props = {
  items: AssignableOptions;
  /** The people the name search shows. */
  people: { id: string; name: string; unitName: string | null }[];
  teamSize: number;
  search: string;
  units: { id: string; name: string; depth: number }[];
  preselected: string[];
  /** "course:<id>" to start from, when giving a withdrawn course again. */
  defaultItem?: string;
  /** Whether the manager herself is among the people a unit or audience reaches, and where. */
  selfNote: string;
  today: string;
};

type Target = 'people' | 'unit' | 'audience';

export function AssignForm({
  items,
  people,
  teamSize,
  search,
  units,
  preselected,
  defaultItem,
  selfNote,
  today,
}: Props) {
  const t = useTranslations('assign');
  const labels = useTranslations('labels');
  const [state, action, pending] = useActionState(assignAction, idle);
  const [target, setTarget] = useState<Target>('people');
  const err = (name: string) => state.fieldErrors?.[name]?.[0];
  const minDepth = Math.min(...units.map((u) => u.depth));
  // Choosing something inside an option also chooses the option (the radios still work alone).
  const pick = (value: Target) => () => setTarget(value);
  const radio = (value: Target, label: string) => (
    <div className="flex items-center gap-2">
      <input
        type="radio"
        id={`target-${value}`}
        name="target"
        value={value}
        checked={target === value}
        onChange={pick(value)}
        className="size-4"
      />
      <label htmlFor={`target-${value}`} className="font-medium">
        {label}
      </label>
    </div>
  );
  return (
    <form action={action} onSubmit={keepValuesOnSubmit(action)} className="max-w-3xl space-y-6" noValidate>
      {state.message ? <Alert tone={state.status === 'error' ? 'error' : 'success'}>{state.message}</Alert> : null}
      <ItemSelect items={items} error={err('item')} defaultItem={defaultItem} />
      <fieldset className="space-y-4 rounded-lg border border-slate-300 p-4">
        <legend className="px-1 font-semibold">{t('who')}</legend>
        <div className="space-y-2">
          {radio('people', t('people'))}
          <PeoplePicker
            people={people}
            teamSize={teamSize}
            search={search}
            preselected={preselected}
            onPick={pick('people')}
            error={err('userIds')}
          />
        </div>
        <div className="space-y-2">
          {radio('unit', t('unitAll'))}
          <div className="ml-6 space-y-2">
            <p id="self-note" className="text-sm text-slate-700">
              {selfNote}
            </p>
            <label htmlFor="unitId" className="block">
              {t('unit')}
            </label>
            <select
              id="unitId"
              name="unitId"
              defaultValue=""
              onChange={pick('unit')}
              aria-invalid={err('unitId') ? true : undefined}
              aria-describedby={describedBy('self-note', err('unitId') && 'unitId-error')}
              className={inputClass}
            >
              <option value="">{t('chooseUnit')}</option>
              {units.map((u) => (
                <option key={u.id} value={u.id}>
                  {'\u00a0\u00a0'.repeat(u.depth - minDepth)}
                  {u.name}
                </option>
              ))}
            </select>
            <FieldError id="unitId-error" error={err('unitId')} />
            <div className="flex items-center gap-2">
              <input type="checkbox" id="includeSubunits" name="includeSubunits" defaultChecked className="size-4" />
              <label htmlFor="includeSubunits">{t('subunits')}</label>
            </div>
          </div>
        </div>
        <div className="space-y-2">
          {radio('audience', t('audienceAll'))}
          <div className="ml-6">
            <label htmlFor="audience" className="block">
              {t('audience')}
            </label>
            <select
              id="audience"
              name="audience"
              defaultValue=""
              onChange={pick('audience')}
              aria-invalid={err('audience') ? true : undefined}
              aria-describedby={describedBy(err('audience') && 'audience-error')}
              className={inputClass}
            >
              <option value="">{t('chooseAudience')}</option>
              {audienceOrder.map((a) => (
                <option key={a} value={a}>
                  {labels(`audience.${a}`)}
                </option>
              ))}
            </select>
            <FieldError id="audience-error" error={err('audience')} />
          </div>
        </div>
      </fieldset>
      <div>
        <label htmlFor="dueDate" className="mb-1 block font-medium">
          {t('due')}
        </label>
        <p id="dueDate-hint" className="mb-1 text-sm text-slate-700">
          {t('dueHint')}
        </p>
        <input
          id="dueDate"
          name="dueDate"
          type="date"
          min={today}
          aria-invalid={err('dueDate') ? true : undefined}
          aria-describedby={describedBy('dueDate-hint', err('dueDate') && 'dueDate-error')}
          className={inputClass}
        />
        <FieldError id="dueDate-error" error={err('dueDate')} />
      </div>
      <div>
        <label htmlFor="message" className="mb-1 block font-medium">
          {t('message')}
        </label>
        <p id="message-hint" className="mb-1 text-sm text-slate-700">
          {t('messageHint')}
        </p>
        <textarea
          id="message"
          name="message"
          rows={3}
          maxLength={1000}
          aria-invalid={err('message') ? true : undefined}
          aria-describedby={describedBy('message-hint', err('message') && 'message-error')}
          className={inputClass}
        />
        <FieldError id="message-error" error={err('message')} />
      </div>
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? t('assigning') : t('submit')}
      </button>
    </form>
  );
}
