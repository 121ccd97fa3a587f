import { authorize } from '@/lib/auth/guards';
import { certificatePdf } from '@/lib/certificate';
import { getMyCompletion } from '@/lib/data/my-data';
import { handle } from '@/lib/http';
import { localeOf } from '@/lib/i18n/config';

type Params = { params: Promise<{ locale: string; courseId: string }> };

/** The signed-in person's certificate for one completed course; nobody else's. */
export const GET = handle(async (_request: Request, { params }: Params) => {
  const viewer = await authorize('profile:own');
  const { locale: requested, courseId } = await params;
  // In the reader's language (the proxy's choice), with the course's title in it where it has one.
  const locale = localeOf(requested);
  const completion = await getMyCompletion(viewer.id, courseId, locale);
  const pdf = await certificatePdf({
    name: viewer.name,
    organisationName: viewer.organisationName,
    locale,
    ...completion,
  });
  return new Response(Buffer.from(pdf), {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="intyg-${completion.certificateNo}.pdf"`,
      'cache-control': 'private, no-store',
    },
  });
});
