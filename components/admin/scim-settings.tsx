'use client';

import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { createScimTokenAction, setScimMappingAction } from '@/lib/actions/scim';
import { idle, type ActionState } from '@/lib/actions/state';
import type { ScimTokenRow } from '@/lib/data/scim-tokens';
import type { Mapping, UnitAttribute } from '@/lib/scim/user';
import { ScimTokenList } from './scim-token-list';

const unitOptions: { value: UnitAttribute; label: string }[] = [
  { value: 'department', label: 'department (avdelning)' },
  { value: 'division', label: 'division' },
  { value: 'organization', label: 'organization (organisation)' },
  { value: 'costCenter', label: 'costCenter (kostnadsställe)' },
];
const audienceOptions = [
  { value: 'userType', label: 'userType (typ av användare)' },
  { value: 'title', label: 'title (titel)' },
  ...unitOptions,
];

type Props = { endpoint: string; tokens: ScimTokenRow[]; mapping: Mapping };

/** The SCIM endpoint, the organisation's tokens (created, shown once, revoked) and the unit attribute. */
export function ScimSettings({ endpoint, tokens, mapping }: Props) {
  const [created, create, creating] = useActionState(createScimTokenAction, idle as ActionState<{ token: string }>);
  const [saved, save, saving] = useActionState(setScimMappingAction, idle);
  return (
    <div className="max-w-3xl space-y-10">
      <section aria-labelledby="endpoint-heading" className="space-y-2">
        <h2 id="endpoint-heading" className="text-xl font-semibold">
          Adress till tjänsten
        </h2>
        <p className="text-slate-700">Ange den som Tenant URL (klientens URL) hos leverantören:</p>
        <p className="break-all rounded bg-slate-100 p-2 font-mono text-sm">{endpoint}</p>
      </section>
      <section aria-labelledby="tokens-heading" className="space-y-4">
        <h2 id="tokens-heading" className="text-xl font-semibold">
          Nycklar
        </h2>
        <p className="text-slate-700">
          Leverantören skickar nyckeln som Secret Token (hemlig token). Den ger rätt att lägga till, ändra och
          inaktivera personer i er organisation, så förvara den som ett lösenord och återkalla den om den kan ha kommit
          i fel händer. Portalen sparar bara ett fingeravtryck av den.
        </p>
        <form action={create} noValidate className="space-y-4" key={created.nonce}>
          {created.message ? (
            <Alert tone={created.status === 'error' ? 'error' : 'success'}>
              {created.message}
              {created.data ? (
                <span className="mt-2 block break-all font-mono text-sm">{created.data.token}</span>
              ) : null}
            </Alert>
          ) : null}
          <Field
            label="Vad nyckeln är till för"
            name="name"
            defaultValue={created.values?.name ?? ''}
            error={created.fieldErrors?.name?.[0]}
            hint="Till exempel: Entra ID, provisionering."
          />
          <button type="submit" className="btn-primary" disabled={creating}>
            {creating ? 'Skapar …' : 'Skapa en nyckel'}
          </button>
        </form>
        <ScimTokenList tokens={tokens} />
      </section>
      <section aria-labelledby="unit-heading" className="space-y-4">
        <h2 id="unit-heading" className="text-xl font-semibold">
          Enhet och målgrupp
        </h2>
        <form action={save} noValidate className="space-y-4" key={saved.nonce}>
          {saved.message ? <Alert tone={saved.status === 'error' ? 'error' : 'success'}>{saved.message}</Alert> : null}
          <SelectField
            label="Attribut som anger personens enhet"
            name="unit"
            options={unitOptions}
            defaultValue={saved.values?.unit ?? mapping.unit}
            error={saved.fieldErrors?.unit?.[0]}
            hint="Värdet ska vara enhetens namn eller hela sökvägen, till exempel Utbildningsförvaltningen/Förskola. Personer vars enhet inte finns i portalen avvisas tills enheten läggs till under Enheter."
          />
          <SelectField
            label="Attribut som anger personens målgrupp"
            name="audience"
            options={audienceOptions}
            emptyLabel="Används inte (nya personer blir medarbetare)"
            defaultValue={saved.values?.audience ?? mapping.audience ?? ''}
            error={saved.fieldErrors?.audience?.[0]}
            hint="Värdet ska vara förtroendevald, chef, strateg eller medarbetare. Målgruppen avgör personens lärväg."
          />
          <button type="submit" className="btn-secondary" disabled={saving}>
            {saving ? 'Sparar …' : 'Spara'}
          </button>
        </form>
      </section>
    </div>
  );
}
