import { authorize } from '@/lib/auth/guards';
import { certificatePdf } from '@/lib/certificate';
import { getMyCompletion } from '@/lib/data/my-data';
import { handle } from '@/lib/http';

/** The signed-in person's certificate for one completed course; nobody else's. */
export const GET = handle(async (_request: Request, { params }: { params: Promise<{ courseId: string }> }) => {
  const viewer = await authorize('profile:own');
  const completion = await getMyCompletion(viewer.id, (await params).courseId);
  const pdf = await certificatePdf({ name: viewer.name, organisationName: viewer.organisationName, ...completion });
  return new Response(Buffer.from(pdf), {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="intyg-${completion.certificateNo}.pdf"`,
      'cache-control': 'private, no-store',
    },
  });
});
