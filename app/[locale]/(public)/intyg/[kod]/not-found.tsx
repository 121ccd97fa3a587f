import { useTranslations } from 'next-intl';
import { CertificateCodeForm } from '@/components/certificates/code-form';
import { PageHeader } from '@/components/ui/page-header';

/** The same answer for every code that names no certificate: it says nothing about what exists. */
export default function CertificateNotFound() {
  const t = useTranslations('verify');
  return (
    <>
      <PageHeader title={t('notFoundTitle')} lead={t('notFoundLead')} />
      <CertificateCodeForm />
    </>
  );
}
