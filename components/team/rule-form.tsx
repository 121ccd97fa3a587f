'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { createRuleAction } from '@/lib/actions/rules';
import { idle } from '@/lib/actions/state';
import { audienceOrder } from '@/lib/audiences';
import { Alert } from '@/components/ui/alert';
import { describedBy, FieldError, inputClass, ItemSelect, type AssignableOptions } from './form-bits';
import { keepValuesOnSubmit } from './keep-values';

type Props = {
  items: AssignableOptions;
  units: { id: string; name: string; depth: number }[];
  organisationWide: boolean;
  /** Where the form starts: from the needs page, the recommended course and the unit with the largest need. */
  defaults?: { item?: string; unitId?: string };
};

export function RuleForm({ items, units, organisationWide, defaults }: Props) {
  const [state, action, pending] = useActionState(createRuleAction, idle);
  const t = useTranslations('rules');
  const labels = useTranslations('labels');
  const err = (name: string) => state.fieldErrors?.[name]?.[0];
  const minDepth = Math.min(...units.map((u) => u.depth));
  return (
    <form action={action} onSubmit={keepValuesOnSubmit(action)} className="max-w-3xl space-y-5" noValidate>
      {state.message ? <Alert tone={state.status === 'error' ? 'error' : 'success'}>{state.message}</Alert> : null}
      <ItemSelect items={items} error={err('item')} defaultItem={defaults?.item} />
      <fieldset className="space-y-3 rounded-lg border border-slate-300 p-4">
        <legend className="px-1 font-semibold">{t('who')}</legend>
        <div>
          <label htmlFor="unitId" className="mb-1 block">
            {t('unit')}
          </label>
          <select
            id="unitId"
            name="unitId"
            defaultValue={defaults?.unitId ?? ''}
            aria-invalid={err('unitId') ? true : undefined}
            aria-describedby={describedBy(err('unitId') && 'unitId-error')}
            className={inputClass}
          >
            <option value="">{organisationWide ? t('allUnits') : t('chooseUnit')}</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {'\u00a0\u00a0'.repeat(u.depth - minDepth)}
                {u.name}
              </option>
            ))}
          </select>
          <FieldError id="unitId-error" error={err('unitId')} />
        </div>
        <div className="flex items-center gap-2">
          <input type="checkbox" id="includeSubunits" name="includeSubunits" defaultChecked className="size-4" />
          <label htmlFor="includeSubunits">{t('includeSubunits')}</label>
        </div>
        <div>
          <label htmlFor="audience" className="mb-1 block">
            {t('audience')}
          </label>
          <select id="audience" name="audience" defaultValue="" className={inputClass}>
            <option value="">{t('allAudiences')}</option>
            {audienceOrder.map((a) => (
              <option key={a} value={a}>
                {labels(`audience.${a}`)}
              </option>
            ))}
          </select>
        </div>
      </fieldset>
      <div>
        <label htmlFor="dueDays" className="mb-1 block font-medium">
          {t('dueDays')}
        </label>
        <p id="dueDays-hint" className="mb-1 text-sm text-slate-700">
          {t('dueDaysHint')}
        </p>
        <input
          id="dueDays"
          name="dueDays"
          type="number"
          inputMode="numeric"
          min={1}
          max={365}
          defaultValue={30}
          aria-invalid={err('dueDays') ? true : undefined}
          aria-describedby={describedBy('dueDays-hint', err('dueDays') && 'dueDays-error')}
          className="w-32 rounded border border-slate-400 px-3 py-2"
        />
        <FieldError id="dueDays-error" error={err('dueDays')} />
      </div>
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? t('saving') : t('save')}
      </button>
    </form>
  );
}
