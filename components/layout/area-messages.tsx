import { NextIntlClientProvider } from 'next-intl';
import { getLocale } from 'next-intl/server';
import { clientMessages, type Area } from '@/lib/i18n';
import type { Locale } from '@/lib/i18n/config';

/**
 * The client components of a staff area (administration, editing) get their area's words too;
 * other pages do not carry them (lib/i18n `clientMessages`).
 */
export async function AreaMessages({ area, children }: { area: Area; children: React.ReactNode }) {
  const locale = (await getLocale()) as Locale;
  return (
    <NextIntlClientProvider locale={locale} messages={clientMessages(locale, area)}>
      {children}
    </NextIntlClientProvider>
  );
}
