// The mails about a group session (gruppträff), in the invited person's language: the
// invitation, a new time or place, and a cancellation, with a link to the calendar file and to
// the course for those who want to read on their own.
import { formatLongDateTime } from '@/lib/dates';
import type { Locale } from '@/lib/i18n/config';
import type { MeetingKind } from '@/lib/generated/sqlite/enums';
import { calendarUrl } from '@/lib/sessions/calendar-link';
import { DIGITAL_PLACE } from '@/lib/sessions/session';
import { mailWords, type MailText } from './templates';
import { portalUrl } from './unsubscribe';

type MailSession = { kind: MeetingKind; startsAt: Date; minutes: number; place: string };
/** `translations` is the course's column (required, as in MailCourse). */
type MailSessionCourse = { title: string; translations: string | null | undefined };
type Recipient = { userId: string; name: string; locale?: Locale; sessionId: string; session: MailSession };

function sessionWords(input: Recipient) {
  const w = mailWords(input.locale);
  const { session } = input;
  const when = formatLongDateTime(session.startsAt, w.locale);
  const place = session.place === DIGITAL_PLACE ? w.t('session.digital') : session.place;
  return {
    ...w,
    when,
    place,
    subjectValues: { kind: w.t(`session.kind.${session.kind}`), when },
    whenWhere: [w.t('session.when', { when, minutes: session.minutes }), w.t('session.where', { place })],
    calendar: calendarUrl(input.sessionId, input.userId),
  };
}

export function sessionInvitationMail(
  input: Recipient & { plannedBy: string; course: (MailSessionCourse & { slug: string }) | null },
): MailText {
  const w = sessionWords(input);
  const { t } = w;
  const what = input.course
    ? t('session.invitationCourse', { title: w.title(input.course) })
    : t('session.invitationTopic');
  return {
    subject: t('session.invitationSubject', w.subjectValues),
    text: [
      ...w.greeting(input.name),
      t('session.invitation', { by: input.plannedBy, kind: t(`session.kindInText.${input.session.kind}`), what }),
      '',
      ...w.whenWhere,
      '',
      t('session.noComputer'),
      '',
      t('session.addToCalendar', { url: w.calendar }),
      ...(input.course ? [t('session.readAlone', { url: portalUrl(`/kurser/${input.course.slug}`) })] : []),
      ...w.signature,
    ].join('\n'),
  };
}

/** When a planned session gets a new time or place. */
export function sessionChangedMail(
  input: Recipient & { changedBy: string; course: MailSessionCourse | null },
): MailText {
  const w = sessionWords(input);
  const { t } = w;
  return {
    subject: t('session.changedSubject', w.subjectValues),
    text: [
      ...w.greeting(input.name),
      input.course
        ? t('session.changedCourse', { by: input.changedBy, title: w.title(input.course) })
        : t('session.changed', { by: input.changedBy }),
      '',
      ...w.whenWhere,
      '',
      t('session.moveInCalendar', { url: w.calendar }),
      ...w.signature,
    ].join('\n'),
  };
}

/** When a planned session is cancelled. */
export function sessionCancelledMail(
  input: Recipient & { cancelledBy: string; course: MailSessionCourse | null; reason: string },
): MailText {
  const w = sessionWords(input);
  const { t } = w;
  const values = { by: input.cancelledBy, when: w.when, place: w.place };
  return {
    subject: t('session.cancelledSubject', w.subjectValues),
    text: [
      ...w.greeting(input.name),
      input.course
        ? t('session.cancelledCourse', { ...values, title: w.title(input.course) })
        : t('session.cancelled', values),
      ...(input.reason ? ['', input.reason] : []),
      '',
      t('session.removeFromCalendar', { url: w.calendar }),
      ...w.signature,
    ].join('\n'),
  };
}
