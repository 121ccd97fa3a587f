'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { removeProviderAction, saveProviderAction } from '@/lib/actions/identity-provider';
import { idle } from '@/lib/actions/state';
import type { ProviderSettings } from '@/lib/data/identity-providers';

type Props = { settings: ProviderSettings | null; redirectUri: string | null };

/** The organisation's OpenID Connect provider: where it is, the portal's client there, and whose addresses. */
export function IdentityProviderForm({ settings, redirectUri }: Props) {
  const t = useTranslations('adminRecords.identityProvider');
  const [state, action, pending] = useActionState(saveProviderAction, idle);
  const [removed, remove, removing] = useActionState(removeProviderAction, idle);
  const values = state.values ?? {
    issuer: settings?.issuer ?? '',
    clientId: settings?.clientId ?? '',
    domains: settings?.domains.join(', ') ?? '',
    label: settings?.label ?? '',
    enabled: settings?.enabled === false ? '' : 'on',
    createOnFirstSignIn: settings?.createOnFirstSignIn ? 'on' : '',
  };
  const error = (name: string) => state.fieldErrors?.[name]?.[0];
  return (
    <div className="max-w-2xl space-y-8">
      {removed.message ? (
        <Alert tone={removed.status === 'error' ? 'error' : 'success'}>{removed.message}</Alert>
      ) : null}
      {settings && !settings.hasSecret ? <Alert tone="error">{t('unreadableSecret')}</Alert> : null}
      {redirectUri ? (
        <section aria-labelledby="redirect-heading" className="rounded-lg border border-slate-200 p-4">
          <h2 id="redirect-heading" className="mb-2 font-semibold">
            {t('redirectHeading')}
          </h2>
          <p className="mb-2 text-sm text-slate-700">{t('redirectHint')}</p>
          <p className="break-all rounded bg-slate-100 p-2 font-mono text-sm">{redirectUri}</p>
        </section>
      ) : null}
      <form action={action} noValidate className="space-y-5" key={state.nonce}>
        {state.message ? <Alert tone={state.status === 'error' ? 'error' : 'success'}>{state.message}</Alert> : null}
        <Field
          label={t('issuer')}
          name="issuer"
          defaultValue={values.issuer}
          error={error('issuer')}
          hint={t('issuerHint')}
        />
        <Field label={t('clientId')} name="clientId" defaultValue={values.clientId} error={error('clientId')} />
        <Field
          label={t('clientSecret')}
          name="clientSecret"
          type="password"
          autoComplete="off"
          error={error('clientSecret')}
          hint={settings && !settings.hasSecret ? t('secretUnreadable') : settings ? t('secretSaved') : t('secretNew')}
        />
        <Field
          label={t('domains')}
          name="domains"
          defaultValue={values.domains}
          error={error('domains')}
          hint={t('domainsHint')}
        />
        <Field
          label={t('label')}
          name="label"
          defaultValue={values.label}
          error={error('label')}
          hint={t('labelHint')}
        />
        <label className="flex items-start gap-2">
          <input type="checkbox" name="enabled" defaultChecked={values.enabled === 'on'} className="mt-1" />
          {t('enabled')}
        </label>
        <div>
          <label className="flex items-start gap-2">
            <input
              type="checkbox"
              name="createOnFirstSignIn"
              defaultChecked={values.createOnFirstSignIn === 'on'}
              aria-describedby="create-hint"
              className="mt-1"
            />
            {t('createOnFirstSignIn')}
          </label>
          <p id="create-hint" className="mt-1 text-sm text-slate-700">
            {t('createHint')}
          </p>
        </div>
        <button type="submit" className="btn-primary" disabled={pending}>
          {pending ? t('saving') : t('save')}
        </button>
      </form>
      {settings ? (
        <form action={remove}>
          <button type="submit" className="btn-secondary" disabled={removing}>
            {removing ? t('removing') : t('remove')}
          </button>
        </form>
      ) : null}
    </div>
  );
}
