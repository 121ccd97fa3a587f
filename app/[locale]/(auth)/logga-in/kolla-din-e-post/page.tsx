import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { isLocale } from '@/lib/i18n/config';
import { pageLocale, type LocaleParams } from '@/lib/i18n/page-locale';

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const { locale } = await params;
  return {
    title: (await getTranslations({ locale: isLocale(locale) ? locale : 'sv', namespace: 'signIn' }))('checkTitle'),
  };
}

export default async function CheckEmailPage({ params }: { params: LocaleParams }) {
  await pageLocale(params);
  const t = await getTranslations('signIn');
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="mb-4 text-3xl font-bold tracking-tight">{t('checkTitle')}</h1>
      <p className="mb-3">{t('checkSent')}</p>
      <p className="mb-6">{t('checkMissing')}</p>
      <Link href="/logga-in">{t('backToSignIn')}</Link>
    </div>
  );
}
