// The invitation to a group session (gruppträff), in plain Swedish, with a link to the calendar
// file and to the course for those who want to read on their own.
import { formatLongDateTime } from '@/lib/dates';
import { meetingKindLabels } from '@/lib/labels';
import type { MailText } from './templates';
import { calendarUrl } from '@/lib/sessions/calendar-link';
import { portalUrl } from './unsubscribe';

type MailSession = { kind: keyof typeof meetingKindLabels; startsAt: Date; minutes: number; place: string };

export function sessionInvitationMail(input: {
  userId: string;
  name: string;
  plannedBy: string;
  session: MailSession;
  course: { title: string; slug: string } | null;
  sessionId: string;
}): MailText {
  const first = input.name.split(/\s+/)[0] ?? input.name;
  const when = formatLongDateTime(input.session.startsAt);
  const what = input.course ? `kursen ”${input.course.title}”` : 'jämställdhet i vårt arbete';
  return {
    subject: `Inbjudan: ${meetingKindLabels[input.session.kind]} ${when}`,
    text: [
      `Hej ${first}!`,
      '',
      `${input.plannedBy} bjuder in till ${meetingKindLabels[input.session.kind].toLowerCase()} där vi tillsammans går igenom ${what}.`,
      '',
      `När: ${when} (${input.session.minutes} minuter)`,
      `Var: ${input.session.place}`,
      '',
      'Du behöver ingen dator: vi går igenom materialet tillsammans på mötet, och det ni går igenom räknas in i det du har genomfört.',
      '',
      `Lägg in träffen i din kalender: ${calendarUrl(input.sessionId, input.userId)}`,
      ...(input.course
        ? [`Vill du läsa på egen hand före eller efter: ${portalUrl(`/kurser/${input.course.slug}`)}`]
        : []),
      '',
      'Hälsningar',
      'Jämställdhetsportalen',
    ].join('\n'),
  };
}

/** When a planned session gets a new time or place. */
export function sessionChangedMail(input: {
  userId: string;
  name: string;
  changedBy: string;
  session: MailSession;
  courseTitle: string | null;
  sessionId: string;
}): MailText {
  const first = input.name.split(/\s+/)[0] ?? input.name;
  const when = formatLongDateTime(input.session.startsAt);
  return {
    subject: `Ändrad tid eller plats: ${meetingKindLabels[input.session.kind]} ${when}`,
    text: [
      `Hej ${first}!`,
      '',
      `${input.changedBy} har ändrat träffen${input.courseTitle ? ` om ”${input.courseTitle}”` : ''}. Så här gäller nu:`,
      '',
      `När: ${when} (${input.session.minutes} minuter)`,
      `Var: ${input.session.place}`,
      '',
      `Har du lagt in träffen i kalendern? Öppna filen igen så flyttas den: ${calendarUrl(input.sessionId, input.userId)}`,
      '',
      'Hälsningar',
      'Jämställdhetsportalen',
    ].join('\n'),
  };
}

/** When a planned session is cancelled. */
export function sessionCancelledMail(input: {
  userId: string;
  name: string;
  cancelledBy: string;
  session: MailSession;
  courseTitle: string | null;
  reason: string;
  sessionId: string;
}): MailText {
  const first = input.name.split(/\s+/)[0] ?? input.name;
  const when = formatLongDateTime(input.session.startsAt);
  return {
    subject: `Inställd: ${meetingKindLabels[input.session.kind]} ${when}`,
    text: [
      `Hej ${first}!`,
      '',
      `${input.cancelledBy} har ställt in träffen${input.courseTitle ? ` om ”${input.courseTitle}”` : ''} ${when} (${input.session.place}).`,
      ...(input.reason ? ['', input.reason] : []),
      '',
      `Har du lagt in träffen i kalendern? Öppna filen igen så tas den bort: ${calendarUrl(input.sessionId, input.userId)}`,
      '',
      'Hälsningar',
      'Jämställdhetsportalen',
    ].join('\n'),
  };
}
