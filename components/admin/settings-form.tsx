'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { updateSettingsAction } from '@/lib/actions/admin-settings';
import { idle } from '@/lib/actions/state';
import type { OrganisationSettings } from '@/lib/data/admin-settings';

// The kinds of organisation, in the order the form offers them.
const kinds = ['KOMMUN', 'REGION'] as const;

export function SettingsForm({ settings }: { settings: OrganisationSettings }) {
  const t = useTranslations('adminRecords.settings');
  const [state, action, pending] = useActionState(updateSettingsAction, idle);
  const values = state.values ?? {
    name: settings.name,
    kind: settings.kind,
    cemrSignedAt: settings.cemrSignedAt ?? '',
    shareStatistics: settings.shareStatistics ? 'on' : '',
    shareName: settings.shareName ? 'on' : '',
    examplesPublic: settings.examplesPublic ? 'on' : '',
  };
  const kindError = state.fieldErrors?.kind?.[0];
  return (
    <form action={action} noValidate className="max-w-xl space-y-5" key={JSON.stringify(values)}>
      {state.message ? <Alert tone={state.status === 'error' ? 'error' : 'success'}>{state.message}</Alert> : null}
      <Field label={t('name')} name="name" defaultValue={values.name} error={state.fieldErrors?.name?.[0]} />
      <fieldset aria-describedby={kindError ? 'kind-error' : undefined}>
        <legend className="mb-1 font-medium">{t('kindLegend')}</legend>
        {kinds.map((kind) => (
          <label key={kind} className="mr-6 inline-flex items-center gap-2">
            <input type="radio" name="kind" value={kind} defaultChecked={values.kind === kind} />
            {t(`kind.${kind}`)}
          </label>
        ))}
        {kindError ? (
          <p id="kind-error" className="mt-1 text-sm font-medium text-red-700">
            {kindError}
          </p>
        ) : null}
      </fieldset>
      <Field
        label={t('cemr')}
        name="cemrSignedAt"
        type="date"
        defaultValue={values.cemrSignedAt}
        error={state.fieldErrors?.cemrSignedAt?.[0]}
        hint={t('cemrHint')}
      />
      <fieldset className="space-y-2">
        <legend className="mb-1 font-medium">{t('compareLegend')}</legend>
        <p id="share-hint" className="text-sm text-slate-700">
          {t('compareHint')}
        </p>
        <label className="flex items-start gap-2">
          <input
            type="checkbox"
            name="shareStatistics"
            defaultChecked={values.shareStatistics === 'on'}
            aria-describedby="share-hint"
            className="mt-1"
          />
          {t('share')}
        </label>
        <label className="flex items-start gap-2">
          <input type="checkbox" name="shareName" defaultChecked={values.shareName === 'on'} className="mt-1" />
          {t('shareName')}
        </label>
      </fieldset>
      <fieldset className="space-y-2">
        <legend className="mb-1 font-medium">{t('examplesLegend')}</legend>
        <label className="flex items-start gap-2">
          <input
            type="checkbox"
            name="examplesPublic"
            defaultChecked={values.examplesPublic === 'on'}
            aria-describedby="examples-hint"
            className="mt-1"
          />
          {t('examplesPublic')}
        </label>
        <p id="examples-hint" className="text-sm text-slate-700">
          {t('examplesHint')}
        </p>
      </fieldset>
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? t('saving') : t('save')}
      </button>
    </form>
  );
}
