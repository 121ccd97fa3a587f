import { getDiscussionGuide } from '@/lib/data/discussion-guides';
import { discussionGuidePdf } from '@/lib/discussion-guides/pdf';
import { notFound } from '@/lib/errors';
import { handle } from '@/lib/http';
import { translator } from '@/lib/i18n';
import { localeOf } from '@/lib/i18n/config';

type Params = { params: Promise<{ slug: string; locale: string }> };

/** The discussion guide as an A4 PDF to print for the meeting, in the reader's language; public like the guide's page. */
export const GET = handle(async (_request: Request, { params }: Params) => {
  const { slug, locale: segment } = await params;
  const locale = localeOf(segment);
  const guide = await getDiscussionGuide(slug);
  if (!guide) throw notFound('Det finns ingen samtalsguide för den här kursen.');
  const fileName = `${translator(locale)('discussionGuide.fileName')}-${guide.course.slug}.pdf`;
  return new Response(Buffer.from(await discussionGuidePdf(guide, locale)), {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="${fileName}"`,
      // The same address gives each language its own file (the language is chosen per request);
      // a few minutes keeps a renamed lesson from lingering.
      'cache-control': 'private, max-age=300',
      vary: 'Cookie, Accept-Language',
    },
  });
});
