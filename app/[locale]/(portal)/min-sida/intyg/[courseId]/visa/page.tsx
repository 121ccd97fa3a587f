import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { CertificateView } from '@/components/certificates/certificate-view';
import { requirePermission } from '@/lib/auth/guards';
import { getMyCompletion } from '@/lib/data/my-data';
import { ExpectedError } from '@/lib/errors';
import type { Locale } from '@/lib/i18n/config';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('certificate'))('title') };
}

type Props = { params: Promise<{ courseId: string }> };

/** The signed-in person's course certificate as a web page, one click from the PDF. */
export default async function CourseCertificatePage({ params }: Props) {
  const { courseId } = await params;
  const me = await requirePermission('profile:own', `/min-sida/intyg/${courseId}/visa`);
  const completion = await getMyCompletion(me.id, courseId, (await getLocale()) as Locale).catch((error: unknown) => {
    if (error instanceof ExpectedError && error.code === 'NOT_FOUND') notFound();
    throw error;
  });
  return (
    <CertificateView
      kind="course"
      name={me.name}
      title={completion.courseTitle}
      titleLang={completion.titleLang}
      organisationName={me.organisationName}
      completedAt={completion.completedAt}
      certificateNo={completion.certificateNo}
      pdfHref={`/min-sida/intyg/${courseId}`}
      verifyHref={`/intyg/${encodeURIComponent(completion.certificateNo)}`}
    />
  );
}
