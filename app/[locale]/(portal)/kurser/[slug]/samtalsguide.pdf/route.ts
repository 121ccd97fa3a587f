import { getDiscussionGuide } from '@/lib/data/discussion-guides';
import { discussionGuidePdf } from '@/lib/discussion-guides/pdf';
import { notFound } from '@/lib/errors';
import { handle } from '@/lib/http';

/** The discussion guide as an A4 PDF to print for the meeting; public like the guide's page. */
export const GET = handle(async (_request: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const { slug } = await params;
  const guide = await getDiscussionGuide(slug);
  if (!guide) throw notFound('Det finns ingen samtalsguide för den här kursen.');
  return new Response(Buffer.from(await discussionGuidePdf(guide)), {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="samtalsguide-${guide.course.slug}.pdf"`,
      // The same file for everyone; a few minutes keeps a renamed lesson from lingering.
      'cache-control': 'public, max-age=300',
    },
  });
});
