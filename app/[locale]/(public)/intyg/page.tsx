import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { CertificateCodeForm } from '@/components/certificates/code-form';
import { PageHeader } from '@/components/ui/page-header';
import { normaliseCertificateCode } from '@/lib/certificates/code';
import { certificateCodeSchema } from '@/lib/validation/certificates';

export const metadata: Metadata = { title: 'Kontrollera ett intyg', robots: { index: false } };

type Props = { searchParams: Promise<{ kod?: string | string[] }> };

/** Anyone, signed in or not, types a certificate's code here; a well-formed code goes to its page. */
export default async function VerifyFormPage({ searchParams }: Props) {
  const { kod } = await searchParams;
  const typed = Array.isArray(kod) ? kod[0] : kod;
  let error: string | undefined;
  if (typed !== undefined) {
    const parsed = certificateCodeSchema.safeParse(typed);
    const code = parsed.success ? normaliseCertificateCode(parsed.data) : null;
    if (code) redirect(`/intyg/${encodeURIComponent(code)}`);
    error = parsed.success
      ? 'Koden har bara bokstäverna A–Z, siffror och bindestreck, till exempel JP-2026-7K3MQ-9XA2B.'
      : parsed.error.issues[0]?.message;
  }
  return (
    <>
      <PageHeader
        title="Kontrollera ett intyg"
        lead="Har du fått ett intyg från Jämställdhetsportalen? Skriv koden som står på det, så ser du om intyget gäller."
      />
      <CertificateCodeForm value={typed?.slice(0, 100)} error={error} />
    </>
  );
}
