import { authorize } from '@/lib/auth/guards';
import { pathCertificatePdf } from '@/lib/certificate';
import { getMyPathCompletion } from '@/lib/data/certificates';
import { handle } from '@/lib/http';
import { localeOf } from '@/lib/i18n/config';

type Params = { params: Promise<{ locale: string; pathId: string }> };

/** The signed-in person's certificate for one completed learning path; nobody else's. */
export const GET = handle(async (_request: Request, { params }: Params) => {
  const viewer = await authorize('profile:own');
  const { locale: requested, pathId } = await params;
  // In the reader's language (the proxy's choice), with the titles in it where they have one.
  const locale = localeOf(requested);
  const completion = await getMyPathCompletion(viewer.id, pathId, locale);
  const pdf = await pathCertificatePdf({
    name: viewer.name,
    organisationName: viewer.organisationName,
    locale,
    ...completion,
    courses: completion.courses.map((c) => c.title),
  });
  return new Response(Buffer.from(pdf), {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="intyg-${completion.certificateNo}.pdf"`,
      'cache-control': 'private, no-store',
    },
  });
});
