// A group session as an iCalendar file (RFC 5545) for Outlook, Google Calendar and the rest. The
// UID is the session's id, so a calendar program treats a new file for the same session as the
// same event, and SEQUENCE grows with every change of time or place so the change wins.
import { TZDate } from '@date-fns/tz';
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';

const ZONE = 'Europe/Stockholm';

// Sweden follows the EU rule since 1996: summer time from the last Sunday of March at 02:00 to
// the last Sunday of October at 03:00 local time. The definition travels in the file, so a
// program that does not know the zone by name still shows the right time.
const STOCKHOLM = [
  'BEGIN:VTIMEZONE',
  `TZID:${ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

export type CalendarSession = {
  id: string;
  sequence: number;
  startsAt: Date;
  minutes: number;
  place: string;
  title: string;
  description: string;
  url: string;
  host: string;
  /** A cancelled session: the same event, marked cancelled, so a calendar that opens the file removes it. */
  cancelled?: boolean;
  /** The language the title and text are written in, named in the calendar's PRODID. */
  language?: 'SV' | 'EN';
};

const utc = (instant: Date) => `${instant.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;

export function sessionCalendar(session: CalendarSession, stamp = new Date()): string {
  const calendar = ical({
    prodId: { company: 'Jämställdhetsportalen', product: 'Gruppträffar', language: session.language ?? 'SV' },
  });
  calendar.method(session.cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.PUBLISH);
  calendar.timezone({ name: ZONE, generator: () => STOCKHOLM });
  const zoned = (instant: Date) => new TZDate(instant, ZONE);
  calendar.createEvent({
    id: `${session.id}@${session.host}`,
    sequence: session.sequence,
    start: zoned(session.startsAt),
    end: zoned(new Date(session.startsAt.getTime() + session.minutes * 60_000)),
    timezone: ZONE,
    stamp: zoned(stamp),
    summary: session.title,
    description: session.description,
    location: session.place,
    url: session.url,
    status: session.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  // The library writes DTSTAMP in the calendar's zone without a Z; the standard wants it in UTC.
  return calendar.toString().replace(/^DTSTAMP:.*$/m, `DTSTAMP:${utc(stamp)}`);
}
