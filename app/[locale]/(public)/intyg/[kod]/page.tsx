import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';
import { verifyCertificate } from '@/lib/data/certificates';
import { formatDay } from '@/lib/dates';
import type { Locale } from '@/lib/i18n/config';
import { passageLang } from '@/lib/i18n/passage';

// The page a certificate's QR code leads to. It confirms the name, the course or path, the date
// and the organisation, and nothing else; a revoked certificate says so with the date (never the
// reason); any other code gets the same "not found", so nothing tells whether a code exists.

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('verify'))('title'), robots: { index: false } };
}

type Props = { params: Promise<{ kod: string }> };

export default async function VerifyPage({ params }: Props) {
  const [{ kod }, locale, t] = await Promise.all([params, getLocale(), getTranslations('verify')]);
  const certificate = await verifyCertificate(kod, locale as Locale);
  if (!certificate) notFound();
  const another = (
    <p>
      <Link href="/intyg">{t('another')}</Link>
    </p>
  );
  if (certificate.revokedAt) {
    return (
      <>
        <PageHeader title={t('revokedTitle')} />
        <p className="mb-6">{t('revoked', { date: formatDay(certificate.revokedAt, locale as Locale) })}</p>
        {another}
      </>
    );
  }
  return (
    <>
      <PageHeader title={t('validTitle')} lead={t('validLead')} />
      <dl className="mb-8 grid max-w-xl gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium">{t('name')}</dt>
        <dd className="break-words">{certificate.name}</dd>
        <dt className="font-medium">{certificate.kind === 'path' ? t('path') : t('course')}</dt>
        <dd lang={passageLang(locale as Locale, certificate.lang)}>{certificate.title}</dd>
        <dt className="font-medium">{t('completed')}</dt>
        <dd>{formatDay(certificate.completedAt, locale as Locale)}</dd>
        <dt className="font-medium">{t('organisation')}</dt>
        <dd>{certificate.organisationName}</dd>
      </dl>
      {another}
    </>
  );
}
