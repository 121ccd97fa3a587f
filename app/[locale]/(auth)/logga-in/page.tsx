import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { SignInForms } from '@/components/auth/sign-in-forms';
import { safeCallbackPath } from '@/lib/auth/redirect';
import { signInErrorMessage } from '@/lib/auth/sign-in-errors';
import { anyProviderEnabled } from '@/lib/data/identity-providers';
import { entraEnabled, env } from '@/lib/env';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('signIn'))('title') };
}

// A parameter given twice arrives as an array; both rules below refuse anything but one string.
type Props = { searchParams: Promise<{ error?: string | string[]; callbackUrl?: string | string[] }> };

export default async function SignInPage({ searchParams }: Props) {
  const { error, callbackUrl } = await searchParams;
  const [t, locale] = await Promise.all([getTranslations('signIn'), getLocale()]);
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="mb-2 text-3xl font-bold tracking-tight">{t('title')}</h1>
      <p className="mb-6 text-slate-700">{t('intro')}</p>
      <SignInForms
        callbackUrl={safeCallbackPath(callbackUrl, env.NEXTAUTH_URL)}
        workAccounts={entraEnabled || (await anyProviderEnabled())}
        initialError={error ? signInErrorMessage(error, locale) : undefined}
      />
    </div>
  );
}
