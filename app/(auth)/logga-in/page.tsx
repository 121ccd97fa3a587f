import type { Metadata } from 'next';
import { SignInForms } from '@/components/auth/sign-in-forms';
import { entraEnabled } from '@/lib/env';

export const metadata: Metadata = { title: 'Logga in' };

const errorMessages: Record<string, string> = {
  Verification: 'Inloggningslänken har redan använts eller gått ut. Be om en ny länk.',
  AccessDenied: 'Det finns inget aktivt konto för den adressen. Kontakta portalens administratör.',
  OAuthAccountNotLinked: 'Kontot kunde inte kopplas. Kontakta portalens administratör.',
  SessionRequired: 'Du behöver logga in för att se sidan.',
};

type Props = { searchParams: Promise<{ error?: string; callbackUrl?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  const { error, callbackUrl } = await searchParams;
  const safeCallback = callbackUrl?.startsWith('/') && !callbackUrl.startsWith('//') ? callbackUrl : '/min-sida';
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="mb-2 text-3xl font-bold tracking-tight">Logga in</h1>
      <p className="mb-6 text-slate-700">Logga in för att gå kurser, se dina uppdrag och följa ditt lärande.</p>
      <SignInForms
        callbackUrl={safeCallback}
        entraEnabled={entraEnabled}
        initialError={error ? (errorMessages[error] ?? 'Inloggningen misslyckades. Försök igen.') : undefined}
      />
    </div>
  );
}
