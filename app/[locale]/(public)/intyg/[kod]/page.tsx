import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageHeader } from '@/components/ui/page-header';
import { verifyCertificate } from '@/lib/data/certificates';
import { formatDay } from '@/lib/dates';

// The page a certificate's QR code leads to. It confirms the name, the course or path, the date
// and the organisation, and nothing else; a revoked certificate says so with the date (never the
// reason); any other code gets the same "not found", so nothing tells whether a code exists.

export const metadata: Metadata = { title: 'Kontrollera ett intyg', robots: { index: false } };

type Props = { params: Promise<{ kod: string }> };

export default async function VerifyPage({ params }: Props) {
  const certificate = await verifyCertificate((await params).kod);
  if (!certificate) notFound();
  if (certificate.revokedAt) {
    return (
      <>
        <PageHeader title="Intyget är återkallat" />
        <p className="mb-6">Intyget återkallades {formatDay(certificate.revokedAt)} och gäller inte längre.</p>
        <p>
          <Link href="/intyg">Kontrollera ett annat intyg</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <PageHeader
        title="Intyget gäller"
        lead="Intyget är utfärdat av Jämställdhetsportalen och har inte återkallats."
      />
      <dl className="mb-8 grid max-w-xl gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium">Namn</dt>
        <dd className="break-words">{certificate.name}</dd>
        <dt className="font-medium">{certificate.kind === 'path' ? 'Lärväg' : 'Kurs'}</dt>
        <dd>{certificate.title}</dd>
        <dt className="font-medium">Slutförd</dt>
        <dd>{formatDay(certificate.completedAt)}</dd>
        <dt className="font-medium">Organisation</dt>
        <dd>{certificate.organisationName}</dd>
      </dl>
      <p>
        <Link href="/intyg">Kontrollera ett annat intyg</Link>
      </p>
    </>
  );
}
