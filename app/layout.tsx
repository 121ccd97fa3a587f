import type { Metadata } from 'next';
import localFont from 'next/font/local';
import { Providers } from '@/components/layout/providers';
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
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
