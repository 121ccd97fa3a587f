'use client';

import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { updateSettingsAction } from '@/lib/actions/admin-settings';
import { idle } from '@/lib/actions/state';
import type { OrganisationSettings } from '@/lib/data/admin-settings';
import { organisationKindOptions } from '@/lib/labels';

export function SettingsForm({ settings }: { settings: OrganisationSettings }) {
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
      <Field label="Organisationens namn" name="name" defaultValue={values.name} error={state.fieldErrors?.name?.[0]} />
      <fieldset aria-describedby={kindError ? 'kind-error' : undefined}>
        <legend className="mb-1 font-medium">Typ av organisation</legend>
        {organisationKindOptions.map((option) => (
          <label key={option.value} className="mr-6 inline-flex items-center gap-2">
            <input type="radio" name="kind" value={option.value} defaultChecked={values.kind === option.value} />
            {option.label}
          </label>
        ))}
        {kindError ? (
          <p id="kind-error" className="mt-1 text-sm font-medium text-red-700">
            {kindError}
          </p>
        ) : null}
      </fieldset>
      <Field
        label="Datum då CEMR-deklarationen undertecknades"
        name="cemrSignedAt"
        type="date"
        defaultValue={values.cemrSignedAt}
        error={state.fieldErrors?.cemrSignedAt?.[0]}
        hint="Lämna tomt om ni inte har undertecknat. Checklistan räknar tiden för handlingsplanen från datumet."
      />
      <fieldset className="space-y-2">
        <legend className="mb-1 font-medium">Jämförelse med andra organisationer</legend>
        <p id="share-hint" className="text-sm text-slate-700">
          Organisationer i portalen som delar sina nyckeltal kan jämföra dem under Statistik, Jämför. Bara siffror för
          hela organisationen delas, med samma skydd av små grupper som i er egen statistik. Ni ser andras siffror bara
          så länge ni delar era egna, och slutar ni dela försvinner ni direkt ur de andras vy.
        </p>
        <label className="flex items-start gap-2">
          <input
            type="checkbox"
            name="shareStatistics"
            defaultChecked={values.shareStatistics === 'on'}
            aria-describedby="share-hint"
            className="mt-1"
          />
          Dela våra nyckeltal med andra organisationer i portalen
        </label>
        <label className="flex items-start gap-2">
          <input type="checkbox" name="shareName" defaultChecked={values.shareName === 'on'} className="mt-1" />
          Visa vårt namn för dem (annars visas vi som till exempel {'"'}Kommun A{'"'})
        </label>
      </fieldset>
      <fieldset className="space-y-2">
        <legend className="mb-1 font-medium">Lärande exempel</legend>
        <label className="flex items-start gap-2">
          <input
            type="checkbox"
            name="examplesPublic"
            defaultChecked={values.examplesPublic === 'on'}
            aria-describedby="examples-hint"
            className="mt-1"
          />
          Publicerade lärande exempel får läsas utan inloggning
        </label>
        <p id="examples-hint" className="text-sm text-slate-700">
          Annars läser bara de som är inloggade i er organisation dem. Exemplen publiceras först när en strateg har
          godkänt dem, och med det namn som den som skrev valde.
        </p>
      </fieldset>
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? 'Sparar …' : 'Spara inställningarna'}
      </button>
    </form>
  );
}
