import { authorize } from '@/lib/auth/guards';
import { getCalendarSession } from '@/lib/data/group-sessions';
import { handle } from '@/lib/http';
import { meetingKindLabels } from '@/lib/labels';
import { portalUrl } from '@/lib/mail/unsubscribe';
import { sessionCalendar } from '@/lib/sessions/calendar';

/** A group session as a calendar file, for the one who planned it and for the invited. */
export const GET = handle(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const viewer = await authorize();
  const session = await getCalendarSession(viewer, (await params).id);
  const what = session.course?.title ?? 'jämställdhet i vårt arbete';
  const url = portalUrl(session.course ? `/kurser/${session.course.slug}` : '/vagledning');
  const body = sessionCalendar({
    id: session.id,
    sequence: session.sequence,
    startsAt: session.startsAt,
    minutes: session.minutes,
    place: session.place,
    title: `${meetingKindLabels[session.kind]}: ${what}`,
    description: `Vi går igenom ${what} tillsammans. Det ni går igenom räknas in i det du har genomfört.\n${url}`,
    url,
    host: new URL(portalUrl('/')).hostname,
  });
  return new Response(body, {
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `attachment; filename="grupptraff-${session.startsAt.toISOString().slice(0, 10)}.ics"`,
      'cache-control': 'private, no-store',
    },
  });
});
