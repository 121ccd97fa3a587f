import { createTranslator } from 'use-intl/core';
import { authorize } from '@/lib/auth/guards';
import { courseTitleIn } from '@/lib/learning/translations';
import { getCalendarSession, invitedSession } from '@/lib/data/group-sessions';
import { handle } from '@/lib/http';
import { messages } from '@/lib/i18n';
import { isLocale, localeOf } from '@/lib/i18n/config';
import { portalUrl } from '@/lib/mail/unsubscribe';
import { sessionCalendar } from '@/lib/sessions/calendar';
import { DIGITAL_PLACE } from '@/lib/sessions/session';
import { verifyCalendarToken } from '@/lib/sessions/calendar-link';

type Params = { params: Promise<{ locale: string; id: string }> };

/**
 * A group session as a calendar file, for those who manage it and for the invited: signed in, or
 * through the signed link in their invitation (many never sign in). In the language of the one it
 * is for: an invitee's stored choice (as their invitation), else the reader's.
 */
export const GET = handle(async (request: Request, { params }: Params) => {
  const { id, locale: requested } = await params;
  const query = new URL(request.url).searchParams;
  const person = query.get('person') ?? '';
  const signed = person !== '' && verifyCalendarToken(id, person, query.get('token') ?? '');
  const session = signed ? await invitedSession(id, person) : await getCalendarSession(await authorize(), id);
  const stored = 'inviteeLocale' in session && signed ? session.inviteeLocale : null;
  const locale = isLocale(stored) ? stored : localeOf(requested);
  const t = createTranslator({ locale, messages: messages(locale), namespace: 'sessions' });
  const what = session.course ? courseTitleIn(session.course, locale) : t('calendarTopic');
  const url = portalUrl(session.course ? `/kurser/${session.course.slug}` : '/vagledning');
  const words = { kind: t(`kind.${session.kind}`), what };
  const body = sessionCalendar({
    id: session.id,
    sequence: session.sequence,
    startsAt: session.startsAt,
    minutes: session.minutes,
    place: session.place === DIGITAL_PLACE ? t('digital') : session.place,
    title: session.cancelledAt ? t('calendarCancelled', words) : t('calendarTitle', words),
    description: `${t('calendarText', { what })}\n${url}`,
    url,
    host: new URL(portalUrl('/')).hostname,
    cancelled: session.cancelledAt !== null,
    language: locale === 'en' ? 'EN' : 'SV',
  });
  return new Response(body, {
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `attachment; filename="grupptraff-${session.startsAt.toISOString().slice(0, 10)}.ics"`,
      'cache-control': 'private, no-store',
    },
  });
});
