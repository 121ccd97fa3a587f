import type { Metadata } from 'next';
import { SignInForms } from '@/components/auth/sign-in-forms';
import { safeCallbackPath } from '@/lib/auth/redirect';
import { signInErrorMessage } from '@/lib/auth/sign-in-errors';
import { anyProviderEnabled } from '@/lib/data/identity-providers';
import { entraEnabled, env } from '@/lib/env';

export const metadata: Metadata = { title: 'Logga in' };

// A parameter given twice arrives as an array; both rules below refuse anything but one string.
type Props = { searchParams: Promise<{ error?: string | string[]; callbackUrl?: string | string[] }> };

export default async function SignInPage({ searchParams }: Props) {
  const { error, callbackUrl } = await searchParams;
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="mb-2 text-3xl font-bold tracking-tight">Logga in</h1>
      <p className="mb-6 text-slate-700">Logga in för att gå kurser, se dina uppdrag och följa ditt lärande.</p>
      <SignInForms
        callbackUrl={safeCallbackPath(callbackUrl, env.NEXTAUTH_URL)}
        workAccounts={entraEnabled || (await anyProviderEnabled())}
        initialError={error ? signInErrorMessage(error) : undefined}
      />
    </div>
  );
}
