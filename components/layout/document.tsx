import { NextIntlClientProvider } from 'next-intl';
import { inter } from '@/app/fonts';
import { clientMessages } from '@/lib/i18n';
import type { Locale } from '@/lib/i18n/config';
import { Providers } from './providers';

/** The HTML document in the page's language; the client components get its messages (not the mails'). */
export function Document({ locale, children }: { locale: Locale; children: React.ReactNode }) {
  return (
    <html lang={locale} className={inter.variable}>
      <body className="flex min-h-screen flex-col font-sans">
        <NextIntlClientProvider locale={locale} messages={clientMessages(locale)}>
          <Providers>{children}</Providers>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
