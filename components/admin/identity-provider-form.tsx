'use client';

import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { removeProviderAction, saveProviderAction } from '@/lib/actions/identity-provider';
import { idle } from '@/lib/actions/state';
import type { ProviderSettings } from '@/lib/data/identity-providers';

type Props = { settings: ProviderSettings | null; redirectUri: string | null };

/** The organisation's OpenID Connect provider: where it is, the portal's client there, and whose addresses. */
export function IdentityProviderForm({ settings, redirectUri }: Props) {
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
      {settings && !settings.hasSecret ? (
        <Alert tone="error">
          Ingen kan logga in med jobbkonto just nu: den sparade klienthemligheten går inte att läsa med portalens
          nyckel. Skriv in hemligheten igen och spara.
        </Alert>
      ) : null}
      {redirectUri ? (
        <section aria-labelledby="redirect-heading" className="rounded-lg border border-slate-200 p-4">
          <h2 id="redirect-heading" className="mb-2 font-semibold">
            Adress att registrera hos leverantören
          </h2>
          <p className="mb-2 text-sm text-slate-700">
            Lägg in den här adressen som omdirigerings-URI (redirect URI, typen webb) för portalens klient hos er
            leverantör. Utan den kan ingen logga in.
          </p>
          <p className="break-all rounded bg-slate-100 p-2 font-mono text-sm">{redirectUri}</p>
        </section>
      ) : null}
      <form action={action} noValidate className="space-y-5" key={state.nonce}>
        {state.message ? <Alert tone={state.status === 'error' ? 'error' : 'success'}>{state.message}</Alert> : null}
        <Field
          label="Utfärdare (issuer)"
          name="issuer"
          defaultValue={values.issuer}
          error={error('issuer')}
          hint="För Microsoft Entra ID: https://login.microsoftonline.com/<katalog-id>/v2.0. Portalen läser leverantörens inställningar därifrån när du sparar."
        />
        <Field
          label="Klient-id (application id)"
          name="clientId"
          defaultValue={values.clientId}
          error={error('clientId')}
        />
        <Field
          label="Klienthemlighet"
          name="clientSecret"
          type="password"
          autoComplete="off"
          error={error('clientSecret')}
          hint={
            settings && !settings.hasSecret
              ? 'Den sparade hemligheten går inte att läsa med portalens nyckel (SECRETS_KEY har bytts). Skriv in den igen.'
              : settings
                ? 'En hemlighet är sparad. Lämna fältet tomt för att behålla den. Den sparas krypterad och visas aldrig igen.'
                : 'Sparas krypterad och visas aldrig igen.'
          }
        />
        <Field
          label="E-postdomäner"
          name="domains"
          defaultValue={values.domains}
          error={error('domains')}
          hint="De domäner som era medarbetares adresser har, åtskilda med kommatecken, till exempel sjostad.se. Den som skriver en sådan adress på inloggningssidan får er inloggning."
        />
        <Field
          label="Knappens text"
          name="label"
          defaultValue={values.label}
          error={error('label')}
          hint="Till exempel: Logga in med Sjöstads konto."
        />
        <label className="flex items-start gap-2">
          <input type="checkbox" name="enabled" defaultChecked={values.enabled === 'on'} className="mt-1" />
          Inloggningen med jobbkonto är på
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
            Skapa ett konto när någon loggar in första gången
          </label>
          <p id="create-hint" className="mt-1 text-sm text-slate-700">
            Gäller bekräftade adresser i era domäner som inte har något konto. Kontot blir medarbetare utan enhet; ni
            anger enhet och målgrupp under Personer. Tills dess ser personen ett meddelande om det. Annars skapas konton
            bara av er eller genom import och provisionering.
          </p>
        </div>
        <button type="submit" className="btn-primary" disabled={pending}>
          {pending ? 'Kontrollerar och sparar …' : 'Spara'}
        </button>
      </form>
      {settings ? (
        <form action={remove}>
          <button type="submit" className="btn-secondary" disabled={removing}>
            {removing ? 'Tar bort …' : 'Ta bort inloggningen med jobbkonto'}
          </button>
        </form>
      ) : null}
    </div>
  );
}
