'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { createScimTokenAction, setScimMappingAction } from '@/lib/actions/scim';
import { idle, type ActionState } from '@/lib/actions/state';
import type { ScimTokenRow } from '@/lib/data/scim-tokens';
import type { Mapping, UnitAttribute } from '@/lib/scim/user';
import { ScimTokenList } from './scim-token-list';

// The attributes a provider can send a person's unit and audience in.
const unitAttributes: UnitAttribute[] = ['department', 'division', 'organization', 'costCenter'];
const audienceAttributes = ['userType', 'title', ...unitAttributes] as const;

type Props = { endpoint: string; tokens: ScimTokenRow[]; mapping: Mapping };

/** The SCIM endpoint, the organisation's tokens (created, shown once, revoked) and the unit attribute. */
export function ScimSettings({ endpoint, tokens, mapping }: Props) {
  const t = useTranslations('adminRecords.scim');
  const option = (value: (typeof audienceAttributes)[number]) => ({ value, label: t(`attributes.${value}`) });
  const [created, create, creating] = useActionState(createScimTokenAction, idle as ActionState<{ token: string }>);
  const [saved, save, saving] = useActionState(setScimMappingAction, idle);
  return (
    <div className="max-w-3xl space-y-10">
      <section aria-labelledby="endpoint-heading" className="space-y-2">
        <h2 id="endpoint-heading" className="text-xl font-semibold">
          {t('endpointHeading')}
        </h2>
        <p className="text-slate-700">{t('endpointHint')}</p>
        <p className="break-all rounded bg-slate-100 p-2 font-mono text-sm">{endpoint}</p>
      </section>
      <section aria-labelledby="tokens-heading" className="space-y-4">
        <h2 id="tokens-heading" className="text-xl font-semibold">
          {t('tokensHeading')}
        </h2>
        <p className="text-slate-700">{t('tokensHint')}</p>
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
            label={t('tokenName')}
            name="name"
            defaultValue={created.values?.name ?? ''}
            error={created.fieldErrors?.name?.[0]}
            hint={t('tokenNameHint')}
          />
          <button type="submit" className="btn-primary" disabled={creating}>
            {creating ? t('creating') : t('create')}
          </button>
        </form>
        <ScimTokenList tokens={tokens} />
      </section>
      <section aria-labelledby="unit-heading" className="space-y-4">
        <h2 id="unit-heading" className="text-xl font-semibold">
          {t('mappingHeading')}
        </h2>
        <form action={save} noValidate className="space-y-4" key={saved.nonce}>
          {saved.message ? <Alert tone={saved.status === 'error' ? 'error' : 'success'}>{saved.message}</Alert> : null}
          <SelectField
            label={t('unitAttribute')}
            name="unit"
            options={unitAttributes.map(option)}
            defaultValue={saved.values?.unit ?? mapping.unit}
            error={saved.fieldErrors?.unit?.[0]}
            hint={t('unitHint')}
          />
          <SelectField
            label={t('audienceAttribute')}
            name="audience"
            options={audienceAttributes.map(option)}
            emptyLabel={t('audienceUnused')}
            defaultValue={saved.values?.audience ?? mapping.audience ?? ''}
            error={saved.fieldErrors?.audience?.[0]}
            hint={t('audienceHint')}
          />
          <button type="submit" className="btn-secondary" disabled={saving}>
            {saving ? t('saving') : t('save')}
          </button>
        </form>
      </section>
    </div>
  );
}
