import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Document } from '@/components/layout/document';
import { env } from '@/lib/env';
import { isLocale, locales } from '@/lib/i18n/config';
import { pageLocale, type LocaleParams } from '@/lib/i18n/page-locale';
import '../globals.css';

type Props = { children: React.ReactNode; params: LocaleParams };

// The root layout. Every page once per language: proxy.ts rewrites an address to the reader's
// language (/vagledning → /en/vagledning inside the app), so addresses stay as they are and a
// prerendered page stays prerendered. The API and SCIM routes are outside app/[locale]; an address
// that matches no page gets app/global-not-found.tsx.
export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}
export const dynamicParams = false;

export async function generateMetadata({ params }: Omit<Props, 'children'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale });
  return {
    // Absolute addresses in the head (the hreflang alternates, lib/i18n/alternates.ts) are the portal's.
    metadataBase: new URL(env.NEXTAUTH_URL),
    title: { default: t('siteName'), template: `%s – ${t('siteName')}` },
    description: t('siteDescription'),
  };
}

export default async function LocaleLayout({ children, params }: Props) {
  return <Document locale={await pageLocale(params)}>{children}</Document>;
}
