import { authorize } from '@/lib/auth/guards';
import { pathCertificatePdf } from '@/lib/certificate';
import { getMyPathCompletion } from '@/lib/data/certificates';
import { handle } from '@/lib/http';

/** The signed-in person's certificate for one completed learning path; nobody else's. */
export const GET = handle(async (_request: Request, { params }: { params: Promise<{ pathId: string }> }) => {
  const viewer = await authorize('profile:own');
  const completion = await getMyPathCompletion(viewer.id, (await params).pathId);
  const pdf = await pathCertificatePdf({ name: viewer.name, organisationName: viewer.organisationName, ...completion });
  return new Response(Buffer.from(pdf), {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="intyg-${completion.certificateNo}.pdf"`,
      'cache-control': 'private, no-store',
    },
  });
});
