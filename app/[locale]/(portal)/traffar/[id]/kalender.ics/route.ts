import { authorize } from '@/lib/auth/guards';
import { getCalendarSession, invitedSession } from '@/lib/data/group-sessions';
import { handle } from '@/lib/http';
import { meetingKindLabels } from '@/lib/labels';
import { portalUrl } from '@/lib/mail/unsubscribe';
import { sessionCalendar } from '@/lib/sessions/calendar';
import { verifyCalendarToken } from '@/lib/sessions/calendar-link';

/**
 * A group session as a calendar file, for those who manage it and for the invited: signed in, or
 * through the signed link in their invitation (many never sign in).
 */
export const GET = handle(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const query = new URL(request.url).searchParams;
  const person = query.get('person') ?? '';
  const signed = person !== '' && verifyCalendarToken(id, person, query.get('token') ?? '');
  const session = signed ? await invitedSession(id, person) : await getCalendarSession(await authorize(), id);
  const what = session.course?.title ?? 'jämställdhet i vårt arbete';
  const url = portalUrl(session.course ? `/kurser/${session.course.slug}` : '/vagledning');
  const body = sessionCalendar({
    id: session.id,
    sequence: session.sequence,
    startsAt: session.startsAt,
    minutes: session.minutes,
    place: session.place,
    title: `${session.cancelledAt ? 'Inställd: ' : ''}${meetingKindLabels[session.kind]}: ${what}`,
    description: `Vi går igenom ${what} tillsammans. Det ni går igenom räknas in i det du har genomfört.\n${url}`,
    url,
    host: new URL(portalUrl('/')).hostname,
    cancelled: session.cancelledAt !== null,
  });
  return new Response(body, {
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `attachment; filename="grupptraff-${session.startsAt.toISOString().slice(0, 10)}.ics"`,
      'cache-control': 'private, no-store',
    },
  });
});
