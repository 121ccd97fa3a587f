import type { Metadata } from 'next';
import { StaticPage } from '@/components/content/static-page';
import { loadPage } from '@/lib/content/loader';
import { languageAlternates } from '@/lib/i18n/alternates';
import { isLocale } from '@/lib/i18n/config';
import { pageLocale, type LocaleParams } from '@/lib/i18n/page-locale';

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const { locale } = await params;
  return {
    title: loadPage('personuppgifter', undefined, isLocale(locale) ? locale : undefined).data.title,
    alternates: languageAlternates('/om/personuppgifter'),
  };
}

export default async function PrivacyPage({ params }: { params: LocaleParams }) {
  await pageLocale(params);
  return <StaticPage slug="personuppgifter" />;
}
