import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { CertificateCodeForm } from '@/components/certificates/code-form';
import { PageHeader } from '@/components/ui/page-header';
import { normaliseCertificateCode } from '@/lib/certificates/code';
import type { Locale } from '@/lib/i18n/config';
import { inLanguage } from '@/lib/i18n/messages';
import { certificateCodeSchema } from '@/lib/validation/certificates';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('verify'))('title'), robots: { index: false } };
}

type Props = { searchParams: Promise<{ kod?: string | string[] }> };

/** Anyone, signed in or not, types a certificate's code here; a well-formed code goes to its page. */
export default async function VerifyFormPage({ searchParams }: Props) {
  const [{ kod }, locale, t] = await Promise.all([searchParams, getLocale(), getTranslations('verify')]);
  const typed = Array.isArray(kod) ? kod[0] : kod;
  let error: string | undefined;
  if (typed !== undefined) {
    const parsed = certificateCodeSchema.safeParse(typed);
    const code = parsed.success ? normaliseCertificateCode(parsed.data) : null;
    if (code) redirect(`/intyg/${encodeURIComponent(code)}`);
    const message = parsed.success ? t('badCharacters') : parsed.error.issues[0]?.message;
    error = message && inLanguage(message, locale as Locale);
  }
  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')} />
      <CertificateCodeForm value={typed?.slice(0, 100)} error={error} />
    </>
  );
}
