// Every mail about assignments, in the recipient's language (their stored choice, else Swedish;
// the catalogues' `mail` namespace), with absolute links to the courses (built from NEXTAUTH_URL)
// and, in the digest, a link that stops it. A course's title is given in the recipient's language
// where the course has a version in it.
import { createTranslator } from 'use-intl/core';
import { formatDay } from '@/lib/dates';
import { messages } from '@/lib/i18n';
import { defaultLocale, type Locale } from '@/lib/i18n/config';
import { courseTitleIn } from '@/lib/learning/translations';
import { portalUrl, unsubscribeUrl } from './unsubscribe';

export type MailText = { subject: string; text: string };
/**
 * A course as the mails name it. `translations` is the course's column, for its title in the
 * recipient's language: a key every caller has to fill in, so a query that forgets to select it
 * does not compile (and English readers do not quietly get Swedish titles).
 */
export type MailCourse = { title: string; slug: string; dueAt: Date | null; translations: string | null | undefined };

const wordsByLocale = new Map<Locale, ReturnType<typeof wordsIn>>();

/** The words of the mails in a language, and the lines every mail starts and ends with (made once per language). */
export function mailWords(locale: Locale = defaultLocale) {
  let words = wordsByLocale.get(locale);
  if (!words) {
    words = wordsIn(locale);
    wordsByLocale.set(locale, words);
  }
  return words;
}

function wordsIn(locale: Locale) {
  const t = createTranslator({ locale, messages: messages(locale), namespace: 'mail' });
  const site = messages(locale).siteName;
  const firstName = (name: string) => name.split(/\s+/)[0] ?? name;
  return {
    t,
    locale,
    greeting: (name: string) => [t('greeting', { name: firstName(name) }), ''],
    signature: ['', t('regards'), site],
    day: (value: Date) => formatDay(value, locale),
    title: (course: Pick<MailCourse, 'title' | 'translations'>) => courseTitleIn(course, locale),
  };
}
type Words = ReturnType<typeof mailWords>;

const courseUrl = (slug: string) => portalUrl(`/kurser/${slug}`);

function courseLines(w: Words, courses: readonly MailCourse[]): string[] {
  return courses.flatMap((c) => [
    c.dueAt ? w.t('courseDue', { title: w.title(c), due: w.day(c.dueAt) }) : w.title(c),
    courseUrl(c.slug),
    '',
  ]);
}

export function assignedMail(input: {
  name: string;
  assignedBy: string | null;
  courses: readonly MailCourse[];
  pathTitle: string | null;
  message: string | null;
  locale?: Locale;
}): MailText {
  const w = mailWords(input.locale);
  const { t } = w;
  const count = input.courses.length;
  const first = input.courses[0];
  const what = input.pathTitle
    ? t('assigned.whatPath', { path: input.pathTitle })
    : count > 1
      ? t('assigned.whatCourses', { count })
      : t('assigned.whatCourse');
  return {
    subject: input.pathTitle
      ? t('assigned.subjectPath', { path: input.pathTitle })
      : count > 1
        ? t('assigned.subjectCourses', { count })
        : t('assigned.subjectCourse', { title: first ? w.title(first) : '' }),
    text: [
      ...w.greeting(input.name),
      input.assignedBy ? t('assigned.by', { by: input.assignedBy, what }) : t('assigned.byRule', { what }),
      '',
      ...courseLines(w, input.courses),
      ...(input.message
        ? [
            input.assignedBy ? t('assigned.messageFrom', { by: input.assignedBy }) : t('assigned.messageFromManager'),
            input.message,
            '',
          ]
        : []),
      t('myPageCourses', { url: portalUrl('/min-sida') }),
      ...w.signature,
    ].join('\n'),
  };
}

/** The course no longer has to be done; what the person already did stays theirs. */
export function withdrawnMail(input: {
  name: string;
  course: Pick<MailCourse, 'title' | 'slug' | 'translations'>;
  withdrawnBy: string;
  reason: string;
  locale?: Locale;
}): MailText {
  const w = mailWords(input.locale);
  const title = w.title(input.course);
  return {
    subject: w.t('withdrawn.subject', { title }),
    text: [
      ...w.greeting(input.name),
      w.t('withdrawn.text', { by: input.withdrawnBy, title }),
      '',
      w.t('withdrawn.reason'),
      input.reason,
      '',
      w.t('withdrawn.keep'),
      courseUrl(input.course.slug),
      ...w.signature,
    ].join('\n'),
  };
}

export function dueChangedMail(input: {
  name: string;
  course: MailCourse;
  changedBy: string;
  locale?: Locale;
}): MailText {
  const w = mailWords(input.locale);
  const { course } = input;
  const title = w.title(course);
  const due = course.dueAt ? w.day(course.dueAt) : null;
  return {
    subject: due ? w.t('dueChanged.subject', { title, due }) : w.t('dueChanged.subjectNoDue', { title }),
    text: [
      ...w.greeting(input.name),
      due
        ? w.t('dueChanged.text', { by: input.changedBy, title, due })
        : w.t('dueChanged.textNoDue', { by: input.changedBy, title }),
      courseUrl(course.slug),
      '',
      w.t('myPageCourses', { url: portalUrl('/min-sida') }),
      ...w.signature,
    ].join('\n'),
  };
}

export function reminderMail(input: {
  name: string;
  kind: 'before' | 'after';
  course: MailCourse & { dueAt: Date };
  locale?: Locale;
}): MailText {
  const w = mailWords(input.locale);
  const { course } = input;
  const values = { title: w.title(course), due: w.day(course.dueAt) };
  const before = input.kind === 'before';
  return {
    subject: before ? w.t('reminder.subjectBefore', values) : w.t('reminder.subjectAfter', values),
    text: [
      ...w.greeting(input.name),
      before ? w.t('reminder.textBefore', values) : w.t('reminder.textAfter', values),
      courseUrl(course.slug),
      '',
      before ? w.t('reminder.footBefore') : w.t('reminder.footAfter'),
      ...w.signature,
    ].join('\n'),
  };
}

export function manualReminderMail(input: {
  name: string;
  sentBy: string;
  courses: readonly MailCourse[];
  locale?: Locale;
}): MailText {
  const w = mailWords(input.locale);
  return {
    subject: w.t('manualReminder.subject'),
    text: [
      ...w.greeting(input.name),
      w.t('manualReminder.text', { by: input.sentBy, count: input.courses.length }),
      '',
      ...courseLines(w, input.courses),
      w.t('myPageCoursesOnly', { url: portalUrl('/min-sida') }),
      ...w.signature,
    ].join('\n'),
  };
}

export type DigestPerson = {
  id: string;
  name: string;
  unitName: string | null;
  courses: readonly (MailCourse & { dueAt: Date })[];
};

export function digestMail(input: {
  managerId: string;
  name: string;
  people: readonly DigestPerson[];
  locale?: Locale;
}): MailText {
  const w = mailWords(input.locale);
  const count = input.people.reduce((n, p) => n + p.courses.length, 0);
  return {
    subject: w.t('digest.subject', { count }),
    text: [
      ...w.greeting(input.name),
      w.t('digest.intro'),
      '',
      ...input.people.flatMap((p) => [
        `${p.name}${p.unitName ? ` (${p.unitName})` : ''}`,
        ...p.courses.map((c) =>
          w.t('digest.course', { title: w.title(c), due: w.day(c.dueAt), url: courseUrl(c.slug) }),
        ),
        '',
      ]),
      w.t('digest.team', { url: portalUrl('/chef?status=forsenad') }),
      '',
      w.t('digest.stop'),
      unsubscribeUrl(input.managerId),
      w.t('digest.again'),
      ...w.signature,
    ].join('\n'),
  };
}
