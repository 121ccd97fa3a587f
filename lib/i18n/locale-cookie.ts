import 'server-only';
import { cookies } from 'next/headers';
import { env } from '@/lib/env';
import { LOCALE_COOKIE, LOCALE_COOKIE_SECONDS, type Locale } from './config';

/**
 * The browser keeps the reader's language (proxy.ts reads it before anything else). Called where
 * a response can set cookies: the language switch (app/api/sprak) and sign-in (the jwt callback,
 * inside next-auth's route). `null` forgets it: the browser's language decides again.
 */
export async function rememberLocale(locale: Locale | null): Promise<void> {
  const jar = await cookies();
  if (locale === null) {
    jar.delete(LOCALE_COOKIE);
    return;
  }
  jar.set(LOCALE_COOKIE, locale, {
    path: '/',
    maxAge: LOCALE_COOKIE_SECONDS,
    sameSite: 'lax',
    httpOnly: true,
    secure: new URL(env.NEXTAUTH_URL).protocol === 'https:',
  });
}
