import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/config';
import { CertificateView } from '@/components/certificates/certificate-view';
import { requirePermission } from '@/lib/auth/guards';
import { getMyPathCompletion } from '@/lib/data/certificates';
import { ExpectedError } from '@/lib/errors';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('certificate'))('pathTitle') };
}

type Props = { params: Promise<{ pathId: string }> };

/** The signed-in person's path certificate as a web page, one click from the PDF. */
export default async function PathCertificatePage({ params }: Props) {
  const { pathId } = await params;
  const me = await requirePermission('profile:own', `/min-sida/intyg/larvag/${pathId}/visa`);
  const completion = await getMyPathCompletion(me.id, pathId, (await getLocale()) as Locale).catch((error: unknown) => {
    if (error instanceof ExpectedError && error.code === 'NOT_FOUND') notFound();
    throw error;
  });
  return (
    <CertificateView
      kind="path"
      name={me.name}
      title={completion.pathTitle}
      titleLang={completion.titleLang}
      organisationName={me.organisationName}
      completedAt={completion.completedAt}
      certificateNo={completion.certificateNo}
      courses={completion.courses}
      pdfHref={`/min-sida/intyg/larvag/${pathId}`}
      verifyHref={`/intyg/${encodeURIComponent(completion.certificateNo)}`}
    />
  );
}
