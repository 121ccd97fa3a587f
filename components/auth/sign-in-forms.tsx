'use client';

import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { z } from 'zod';
import { safeCallbackPath } from '@/lib/auth/redirect';
import { signInErrorMessage } from '@/lib/auth/sign-in-errors';
import { magicLinkSchema, signInSchema } from '@/lib/validation/auth';
import { Field } from '@/components/ui/field';
import { Alert } from '@/components/ui/alert';
import { WorkAccountForm } from './work-account-form';

type Props = { callbackUrl: string; workAccounts: boolean; initialError?: string };

export function SignInForms({ callbackUrl, workAccounts, initialError }: Props) {
  const router = useRouter();
  const t = useTranslations('signIn');
  const locale = useLocale();
  const [error, setError] = useState(initialError);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string | undefined>>({});
  const [pending, setPending] = useState<'password' | 'email' | null>(null);

  async function onPassword(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = signInSchema.safeParse({ email: form.get('email'), password: form.get('password') });
    if (!parsed.success) {
      const errors = z.flattenError(parsed.error).fieldErrors;
      setFieldErrors({ email: errors.email?.[0], password: errors.password?.[0] });
      return;
    }
    setFieldErrors({});
    setPending('password');
    const result = await signIn('password', { ...parsed.data, redirect: false }).catch(() => undefined);
    setPending(null);
    if (!result || result.error || !result.ok) {
      // Only a sentence from the table: never what the server put in the error parameter.
      setError(signInErrorMessage(result?.error, locale));
      return;
    }
    // The page has already applied the rule; applied again here, the one place that navigates.
    router.push(safeCallbackPath(callbackUrl, window.location.origin));
    router.refresh();
  }

  async function onMagicLink(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = magicLinkSchema.safeParse({ email: form.get('email') });
    if (!parsed.success) {
      setFieldErrors({ linkEmail: z.flattenError(parsed.error).fieldErrors.email?.[0] });
      return;
    }
    setFieldErrors({});
    setPending('email');
    try {
      await signIn('email', { email: parsed.data.email, callbackUrl });
    } catch {
      // The server did not answer with JSON (it is down): the generic sentence, not a stuck button.
      setPending(null);
      setError(signInErrorMessage(undefined, locale));
    }
  }

  return (
    <div className="space-y-8">
      {error ? <Alert tone="error">{error}</Alert> : null}
      {/* Most staff of an organisation with its own provider sign in this way: it comes first. */}
      {workAccounts ? <WorkAccountForm callbackUrl={callbackUrl} /> : null}
      <section aria-labelledby="password-heading" className="rounded-lg border border-slate-200 p-6">
        <h2 id="password-heading" className="mb-4 text-xl font-semibold">
          {t('passwordHeading')}
        </h2>
        <form onSubmit={onPassword} noValidate className="space-y-4">
          <Field label={t('email')} name="email" type="email" autoComplete="username" error={fieldErrors.email} />
          <Field
            label={t('password')}
            name="password"
            type="password"
            autoComplete="current-password"
            error={fieldErrors.password}
          />
          <button type="submit" disabled={pending !== null} className="btn-primary">
            {pending === 'password' ? t('signingIn') : t('submit')}
          </button>
        </form>
      </section>
      <section aria-labelledby="link-heading" className="rounded-lg border border-slate-200 p-6">
        <h2 id="link-heading" className="mb-2 text-xl font-semibold">
          {t('linkHeading')}
        </h2>
        <p className="mb-4 text-slate-700">{t('linkIntro')}</p>
        <form onSubmit={onMagicLink} noValidate className="space-y-4">
          <Field
            label={t('email')}
            name="email"
            id="link-email"
            type="email"
            autoComplete="email"
            error={fieldErrors.linkEmail}
          />
          <button type="submit" disabled={pending !== null} className="btn-secondary">
            {pending === 'email' ? t('sending') : t('sendLink')}
          </button>
        </form>
      </section>
    </div>
  );
}
