// Every mail about assignments, in plain Swedish, with absolute links to the courses (built from
// NEXTAUTH_URL) and, in the digest, a link that stops it.
import { formatDay } from '@/lib/dates';
import { portalUrl, unsubscribeUrl } from './unsubscribe';

export type MailText = { subject: string; text: string };
export type MailCourse = { title: string; slug: string; dueAt: Date | null };

const courseUrl = (slug: string) => portalUrl(`/kurser/${slug}`);
const signature = ['', 'Hälsningar', 'Jämställdhetsportalen'];
const firstName = (name: string) => name.split(/\s+/)[0] ?? name;

function courseLines(courses: readonly MailCourse[]): string[] {
  return courses.flatMap((c) => [
    `${c.title}${c.dueAt ? ` – klar senast ${formatDay(c.dueAt)}` : ''}`,
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
}): MailText {
  const many = input.courses.length > 1;
  const what = input.pathTitle ? `lärvägen ”${input.pathTitle}”` : many ? `${input.courses.length} kurser` : 'en kurs';
  const who = input.assignedBy
    ? `${input.assignedBy} har gett dig ${what}`
    : `Du har fått ${what}, som alla i din grupp ska gå`;
  return {
    subject: input.pathTitle
      ? `Du har fått lärvägen ${input.pathTitle}`
      : many
        ? `Du har fått ${input.courses.length} kurser`
        : `Du har fått kursen ${input.courses[0]?.title ?? ''}`,
    text: [
      `Hej ${firstName(input.name)}!`,
      '',
      `${who} i Jämställdhetsportalen:`,
      '',
      ...courseLines(input.courses),
      ...(input.message ? [`Meddelande från ${input.assignedBy ?? 'din chef'}:`, input.message, ''] : []),
      `Alla dina kurser och slutdatum finns på Min sida: ${portalUrl('/min-sida')}`,
      ...signature,
    ].join('\n'),
  };
}

/** The course no longer has to be done; what the person already did stays theirs. */
export function withdrawnMail(input: {
  name: string;
  course: Pick<MailCourse, 'title' | 'slug'>;
  withdrawnBy: string;
  reason: string;
}): MailText {
  return {
    subject: `Kursen ${input.course.title} är inte längre tilldelad dig`,
    text: [
      `Hej ${firstName(input.name)}!`,
      '',
      `${input.withdrawnBy} har återkallat kursen ”${input.course.title}”, så du behöver inte gå den längre.`,
      '',
      'Skäl:',
      input.reason,
      '',
      'Det du redan har gjort i kursen finns kvar, och du kan fortsätta på egen hand om du vill:',
      courseUrl(input.course.slug),
      ...signature,
    ].join('\n'),
  };
}

export function dueChangedMail(input: { name: string; course: MailCourse; changedBy: string }): MailText {
  const { course } = input;
  return {
    subject: course.dueAt
      ? `Nytt slutdatum för ${course.title}: ${formatDay(course.dueAt)}`
      : `Kursen ${course.title} har inget slutdatum längre`,
    text: [
      `Hej ${firstName(input.name)}!`,
      '',
      course.dueAt
        ? `${input.changedBy} har ändrat slutdatumet för kursen ”${course.title}”. Den ska nu vara klar senast ${formatDay(course.dueAt)}.`
        : `${input.changedBy} har tagit bort slutdatumet för kursen ”${course.title}”. Gå den när det passar dig.`,
      courseUrl(course.slug),
      '',
      `Alla dina kurser och slutdatum finns på Min sida: ${portalUrl('/min-sida')}`,
      ...signature,
    ].join('\n'),
  };
}

export function reminderMail(input: {
  name: string;
  kind: 'before' | 'after';
  course: MailCourse & { dueAt: Date };
}): MailText {
  const { course } = input;
  const due = formatDay(course.dueAt);
  const before = input.kind === 'before';
  return {
    subject: before ? `Påminnelse: ${course.title} ska vara klar senast ${due}` : `Försenad kurs: ${course.title}`,
    text: [
      `Hej ${firstName(input.name)}!`,
      '',
      before
        ? `Kursen ”${course.title}” ska vara klar senast ${due}. Du hittar den här:`
        : `Kursen ”${course.title}” skulle ha varit klar ${due}. Gå gärna igenom den så snart du kan:`,
      courseUrl(course.slug),
      '',
      before
        ? 'Om du redan är klar kan du strunta i det här meddelandet.'
        : 'Har du frågor om kursen eller slutdatumet, prata med din chef.',
      ...signature,
    ].join('\n'),
  };
}

export function manualReminderMail(input: { name: string; sentBy: string; courses: readonly MailCourse[] }): MailText {
  return {
    subject: 'Påminnelse om dina kurser i Jämställdhetsportalen',
    text: [
      `Hej ${firstName(input.name)}!`,
      '',
      `${input.sentBy} vill påminna dig om ${input.courses.length > 1 ? 'de här kurserna' : 'den här kursen'}:`,
      '',
      ...courseLines(input.courses),
      `Alla dina kurser finns på Min sida: ${portalUrl('/min-sida')}`,
      ...signature,
    ].join('\n'),
  };
}

export type DigestPerson = {
  id: string;
  name: string;
  unitName: string | null;
  courses: readonly (MailCourse & { dueAt: Date })[];
};

export function digestMail(input: { managerId: string; name: string; people: readonly DigestPerson[] }): MailText {
  const count = input.people.reduce((n, p) => n + p.courses.length, 0);
  return {
    subject: `Veckosammanfattning: ${count} ${count === 1 ? 'försenad kurs' : 'försenade kurser'} i dina enheter`,
    text: [
      `Hej ${firstName(input.name)}!`,
      '',
      'De här kurserna i dina enheter är inte klara fast slutdatumet har passerat:',
      '',
      ...input.people.flatMap((p) => [
        `${p.name}${p.unitName ? ` (${p.unitName})` : ''}`,
        ...p.courses.map((c) => `– ${c.title}, skulle vara klar ${formatDay(c.dueAt)}: ${courseUrl(c.slug)}`),
        '',
      ]),
      `Se hela teamet och skicka påminnelser: ${portalUrl('/chef?status=forsenad')}`,
      '',
      'Vill du inte längre få den här sammanfattningen? Stäng av den här:',
      unsubscribeUrl(input.managerId),
      'Du kan slå på den igen under Mitt team.',
      ...signature,
    ].join('\n'),
  };
}
