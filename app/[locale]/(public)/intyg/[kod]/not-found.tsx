import { CertificateCodeForm } from '@/components/certificates/code-form';
import { PageHeader } from '@/components/ui/page-header';

/** The same answer for every code that names no certificate: it says nothing about what exists. */
export default function CertificateNotFound() {
  return (
    <>
      <PageHeader
        title="Inget intyg med den koden"
        lead="Vi hittar inget intyg med den koden. Kontrollera att du har skrivit koden precis som den står på intyget och försök igen."
      />
      <CertificateCodeForm />
    </>
  );
}
