import type { Metadata } from 'next';
import localFont from 'next/font/local';
import { Providers } from '@/components/layout/providers';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { t } from '@/lib/i18n';
import './globals.css';

const inter = localFont({
  src: '../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  variable: '--font-inter',
  display: 'swap',
});

export const metadata: Metadata = {
  title: { default: t.siteName, template: `%s – ${t.siteName}` },
  description: 'Vägledning, lärvägar och uppföljning för jämställdhetsintegrering i kommuner och regioner.',
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="sv" className={inter.variable}>
      <body className="flex min-h-screen flex-col font-sans">
        <Providers>
          <a
            href="#innehall"
            className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2"
          >
            {t.skipLink}
          </a>
          <SiteHeader />
          <main id="innehall" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none">
            {children}
          </main>
          <SiteFooter />
        </Providers>
      </body>
    </html>
  );
}
