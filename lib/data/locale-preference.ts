import 'server-only';
import { db } from '@/lib/db';
import { isLocale, type Locale } from '@/lib/i18n/config';

// A person's own choice of language for the portal (README, "Språk"); sign-in reads it with the
// session version (session-user.ts, sessionVersionOf) and sets the language cookie from it.

/** The language a person chose for the portal, or null: their browser's decides. */
export async function preferredLocaleOf(id: string): Promise<Locale | null> {
  const user = await db.user.findUnique({ where: { id }, select: { locale: true } });
  return isLocale(user?.locale) ? user.locale : null;
}

/** Sets it; a person's own choice, any time. */
export async function setPreferredLocale(id: string, locale: Locale | null): Promise<void> {
  await db.user.update({ where: { id }, data: { locale } });
}
