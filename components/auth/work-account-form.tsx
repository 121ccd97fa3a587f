'use client';

import { getCsrfToken } from 'next-auth/react';
import { useLocale, useTranslations } from 'next-intl';
import { useActionState, useEffect, useRef, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { signInErrorMessage } from '@/lib/auth/sign-in-errors';
import { Field } from '@/components/ui/field';
import { findWorkAccountAction, type WorkAccount } from '@/lib/actions/work-account';
import type { ActionState } from '@/lib/actions/state';

const idle: ActionState<WorkAccount> = { status: 'idle' };

/**
 * Sign-in with the work account: the address tells which organisation's provider (its domain), and
 * the button then says whose account it is ("Logga in med Sjöstads konto").
 */
export function WorkAccountForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations('signIn');
  const locale = useLocale();
  const [state, action, pending] = useActionState(findWorkAccountAction, idle);
  const button = useRef<HTMLButtonElement>(null);
  const found = state.status === 'success' ? state.data : undefined;
  const email = state.values?.email ?? '';
  const [starting, setStarting] = useState(false);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (found) button.current?.focus();
  }, [found]);

  // next-auth's own sign-in request, asking for the provider's address as JSON and then going
  // there: an organisation's provider is added per request (app/api/auth/[...nextauth]), which
  // next-auth/react's signIn() does not know of, and a form post that redirects to another origin
  // is blocked by the page's form-action policy.
  async function start(providerId: string) {
    setStarting(true);
    setFailed(false);
    try {
      const csrfToken = await getCsrfToken();
      const response = await fetch(`/api/auth/signin/${providerId}?${new URLSearchParams({ login_hint: email })}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ csrfToken: csrfToken ?? '', callbackUrl, json: 'true' }),
      });
      const { url } = (await response.json()) as { url?: string };
      if (!url) throw new Error('no address');
      window.location.href = url;
    } catch {
      setFailed(true);
      setStarting(false);
    }
  }
  return (
    <section aria-labelledby="work-heading" className="rounded-lg border border-slate-200 p-6">
      <h2 id="work-heading" className="mb-2 text-xl font-semibold">
        {t('workHeading')}
      </h2>
      <p className="mb-4 text-slate-700">{t('workIntro')}</p>
      <form action={action} noValidate className="space-y-4" key={state.nonce}>
        {state.status === 'error' && state.message && !state.fieldErrors?.email ? (
          <Alert tone="error">{state.message}</Alert>
        ) : null}
        <Field
          label={t('workEmail')}
          name="email"
          id="work-email"
          type="email"
          autoComplete="email"
          defaultValue={email}
          error={state.fieldErrors?.email?.[0]}
        />
        <button type="submit" disabled={pending} className="btn-secondary">
          {pending ? t('searching') : t('continue')}
        </button>
      </form>
      {found ? (
        <p className="mt-4">
          <button
            ref={button}
            type="button"
            className="btn-primary"
            disabled={starting}
            onClick={() => start(found.providerId)}
          >
            {found.label}
          </button>
        </p>
      ) : null}
      {failed ? (
        <div className="mt-4">
          <Alert tone="error">{signInErrorMessage('OAuthSignin', locale)}</Alert>
        </div>
      ) : null}
    </section>
  );
}
